package vn.delegationdesk.exchange.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.exchange.PackageFiles;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * Keeps the foreign example of {@code docs/abroad.md} true: the file is what the writer writes for the example set, the
 * document shows it verbatim and describes every field. Regenerate with
 * {@code mvn test -Dtest=ForeignRateSetExampleTest -Dexchange.regenerateExamples=true} and review the diff.
 */
class ForeignRateSetExampleTest {
    private static final Path DOC = Path.of("docs/abroad.md");
    private static final Path EXAMPLE = Path.of("docs/examples/foreign-rate-set-example.json");
    private static final Currency USD = Currency.getInstance("USD");

    /** TEST DATA: no figure of a circular; no document number, so importing it adds a set and replaces none. */
    static ForeignRateSet example() {
        return new ForeignRateSet("", "Ví dụ định dạng (dữ liệu thử)", "", LocalDate.of(2026, 2, 14), null,
                "DỮ LIỆU THỬ: số liệu minh họa định dạng tệp, không phải số liệu của Phụ lục Thông tư 140/2025/TT-BTC.",
                List.of(CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"), new BigDecimal("45.50"),
                                "Dữ liệu thử", false),
                        new CountryRate("NHOM-1", "Nhóm 1 (dữ liệu thử)", List.of("LA", "KH"), USD, new BigDecimal("50.25"), null,
                                "Dữ liệu thử", false)));
    }

    @Test
    void theExampleIsExactlyWhatTheWriterWritesAndReadsBack() throws IOException {
        ForeignRateSetFileWriter writer = new ForeignRateSetFileWriter(PackageFiles.CLOCK);
        if (Boolean.getBoolean("exchange.regenerateExamples")) {
            writer.write(example(), EXAMPLE);
        }
        assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8)).as("regenerate with -Dexchange.regenerateExamples=true")
                .isEqualTo(new String(writer.toBytes(example()), StandardCharsets.UTF_8));
        assertThat(new ForeignRateSetFileReader().read(EXAMPLE)).isEqualTo(example());
    }

    @Test
    void theDocumentShowsTheExampleVerbatimAndDescribesEveryField() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        Set<String> names = new TreeSet<>();
        collect(PackageJson.MAPPER.readTree(Files.readAllBytes(EXAMPLE)), names);
        assertThat(names).allSatisfy(name -> assertThat(doc).contains("| `" + name + "` |"));
    }

    private static void collect(JsonNode node, Set<String> names) {
        List<String> here = new ArrayList<>();
        node.fieldNames().forEachRemaining(here::add);
        names.addAll(here);
        node.elements().forEachRemaining(child -> collect(child, names));
    }
}
