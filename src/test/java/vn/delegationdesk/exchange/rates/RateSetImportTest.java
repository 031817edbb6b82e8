package vn.delegationdesk.exchange.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetChange;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.RateValueChange;
import vn.delegationdesk.sample.SampleDelegation;

/** One office exports its completed TT 12/2025 set, another previews and imports it. */
class RateSetImportTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIntoAFreshStoreKeepsEveryValueAndTheEstimateUsesTheTypedCap() throws IOException {
        BudgetService office = RateSetFiles.freshStore();
        RateSet completed = office.saveRateSet(RateSetFiles.completedTt12());
        Path file = dir.resolve(RateSetFiles.FILE_NAME);
        office.exportRateSet(completed.id(), file);

        BudgetService colleague = RateSetFiles.freshStore();
        RateSetChange preview = colleague.previewRateSetImport(file);

        assertThat(preview.fileName()).isEqualTo(RateSetFiles.FILE_NAME);
        assertThat(preview.match()).isEqualTo(RateSetChange.Match.NAME);
        assertThat(preview.stored().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(preview.fields()).isEmpty();
        assertThat(preview.values()).containsExactly(new RateValueChange(RateKey.LODGING_INVOICE_SHARED_OTHER,
                new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, null, "TT 40/2017 Đ7, sửa đổi bởi TT 12/2025, 2 người/phòng",
                        false), RateSetFiles.TYPED_CAP));

        RateSet stored = colleague.importRateSet(preview);

        assertThat(stored.id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(stored.valuesByKey()).isEqualTo(completed.valuesByKey());
        assertThat(stored).isEqualTo(completed);
        Estimate estimate = colleague.estimate(SampleDelegation.create(), EstimateWorksheet.EMPTY);
        assertThat(estimate.sections().stream().map(EstimateSection::lines).flatMap(List::stream)
                .filter(line -> line.key().startsWith("lodging.") && line.key().endsWith(".shared")))
                .isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.unitPrice()).isEqualTo(1_500_000L);
                    assertThat(line.basis()).contains("Điều 7 khoản 2 TT 12/2025");
                });
    }

    @Test
    void theSameFileAgainChangesNothing() throws IOException {
        BudgetService office = RateSetFiles.freshStore();
        RateSet completed = office.saveRateSet(RateSetFiles.completedTt12());
        Path file = dir.resolve(RateSetFiles.FILE_NAME);
        office.exportRateSet(completed.id(), file);

        RateSetChange preview = office.previewRateSetImport(file);

        assertThat(preview.identical()).isTrue();
        assertThat(preview.values()).isEmpty();
    }

    @Test
    void aChangedFileListsExactlyTheChangedValueWithOldAndNewAmounts() throws IOException {
        BudgetService office = RateSetFiles.freshStore();
        office.saveRateSet(RateSetFiles.completedTt12());
        var tree = RateSetFiles.tree(RateSetFiles.completedTt12());
        RateSetFiles.value(tree, 0).put("amount", 320_000);
        Path file = RateSetFiles.write(dir, tree);

        RateSetChange preview = office.previewRateSetImport(file);

        assertThat(preview.values()).extracting(RateValueChange::key, c -> c.before().amount(), c -> c.after().amount(),
                RateValueChange::kind).containsExactly(tuple(RateKey.PER_DIEM, 300_000L, 320_000L, RateValueChange.Kind.CHANGED));
        assertThat(office.rateSets()).filteredOn(s -> s.id().equals(BuiltInRateSets.TT12_ID))
                .singleElement().extracting(s -> s.value(RateKey.PER_DIEM).orElseThrow().amount()).isEqualTo(300_000L);
    }

    @Test
    void aValueOnlyInTheStoredSetIsListedAndDroppedOnReplace() throws IOException {
        BudgetService office = RateSetFiles.freshStore();
        var tree = RateSetFiles.tree(RateSetFiles.completedTt12());
        ((ArrayNode) RateSetFiles.body(tree).get("values")).remove(0);
        Path file = RateSetFiles.write(dir, tree);

        RateSetChange preview = office.previewRateSetImport(file);
        RateSet stored = office.importRateSet(preview);

        assertThat(preview.values()).extracting(RateValueChange::key, RateValueChange::kind).containsExactly(
                tuple(RateKey.PER_DIEM, RateValueChange.Kind.REMOVED),
                tuple(RateKey.LODGING_INVOICE_SHARED_OTHER, RateValueChange.Kind.CHANGED));
        assertThat(stored.value(RateKey.PER_DIEM)).isEmpty();
    }

    @Test
    void aRenamedSetIsFoundByItsDocumentAndASetOfAnotherDocumentIsAdded() throws IOException {
        BudgetService office = RateSetFiles.freshStore();
        var renamed = RateSetFiles.tree(RateSetFiles.completedTt12());
        RateSetFiles.body(renamed).put("name", "TT 12/2025 (Phòng Tài chính)");
        RateSetChange byDocument = office.previewRateSetImport(RateSetFiles.write(dir, renamed));
        assertThat(byDocument.match()).isEqualTo(RateSetChange.Match.DOCUMENT);
        assertThat(byDocument.fields()).containsExactly(RateSetChange.Field.NAME);

        var other = RateSetFiles.tree(RateSetFiles.completedTt12());
        RateSetFiles.body(other).put("name", "Nghị quyết 20/2025/NQ-HĐND Lâm Đồng").put("documentNumber", "20/2025/NQ-HĐND")
                .put("issuer", "HĐND tỉnh Lâm Đồng").put("kind", "LOCAL");
        RateSetChange added = office.previewRateSetImport(RateSetFiles.write(dir, other));
        RateSet stored = office.importRateSet(added);

        assertThat(added.replaces()).isFalse();
        assertThat(added.values()).allMatch(c -> c.kind() == RateValueChange.Kind.ADDED);
        assertThat(office.rateSets()).hasSize(4).contains(stored);
    }

    @Test
    void theWriterWritesTheDocumentedOrderAndReadsBackEqual() throws IOException {
        Path file = dir.resolve("out.json");
        RateSetFiles.WRITER.write(RateSetFiles.completedTt12(), file);
        String text = Files.readString(file);

        assertThat(text).startsWith("{\n  \"format\": \"delegation-desk/rate-set\",\n  \"formatVersion\": 1,\n")
                .contains("\"basis\": \"Điều 7 khoản 2 TT 12/2025\"").endsWith("}\n");
        RateSet completed = RateSetFiles.completedTt12();
        assertThat(new RateSetFileReader().read(file)).isEqualTo(new RateSet("", completed.name(), completed.issuer(),
                completed.documentNumber(), completed.kind(), completed.effectiveFrom(), completed.effectiveTo(),
                completed.notes(), completed.values()));
    }
}
