package vn.delegationdesk.exchange.rates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.exchange.PackageFiles;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;

/** The TT 12/2025 set as the finance office completes it, its file, and fresh stores to import it into. */
final class RateSetFiles {
    static final RateSetFileWriter WRITER = new RateSetFileWriter(PackageFiles.CLOCK);
    static final String FILE_NAME = "Dinh-muc_TT-12-2025.json";
    /** The lodging cap the office typed from the circular. */
    static final RateValue TYPED_CAP = new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 1_500_000L,
            "Điều 7 khoản 2 TT 12/2025", true);

    private RateSetFiles() {
    }

    /** A store with the built-in sets, reading and writing files in the real format. */
    static BudgetService freshStore() {
        return new BudgetService(new InMemoryRateSetRepository(), new InMemoryWorksheetRepository(), new RateSetExchange(WRITER));
    }

    /** TT 12/2025 with the typed cap in place of the empty one. */
    static RateSet completedTt12() {
        RateSet tt12 = BuiltInRateSets.all().stream().filter(s -> s.id().equals(BuiltInRateSets.TT12_ID)).findFirst()
                .orElseThrow();
        List<RateValue> values = new ArrayList<>(tt12.values());
        values.replaceAll(v -> v.key() == TYPED_CAP.key() ? TYPED_CAP : v);
        return tt12.withValues(values);
    }

    static ObjectNode tree(RateSet set) {
        try {
            return (ObjectNode) PackageJson.MAPPER.readTree(WRITER.toBytes(set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode body(ObjectNode tree) {
        return (ObjectNode) tree.get("rateSet");
    }

    static ObjectNode value(ObjectNode tree, int index) {
        return (ObjectNode) body(tree).get("values").get(index);
    }

    static Path write(Path dir, ObjectNode tree) {
        try {
            return write(dir, PackageJson.PRETTY.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, byte[] bytes) {
        try {
            return Files.write(dir.resolve(FILE_NAME), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
