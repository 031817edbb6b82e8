package vn.delegationdesk.exchange.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The text policy on rate sets: a rate-set file whose texts it refuses is refused before its preview, with the path in
 * the file and the field's label; a set typed in the dialog is refused when saved. Nothing is stored either way.
 */
class RateSetTextPolicyTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dir;

    @Test
    void aFileWithAnEscapeInItsNameAndALoneSurrogateInABasisIsRefusedBeforeThePreview() throws IOException {
        BudgetService budget = RateSetFiles.freshStore();
        List<RateSet> before = budget.rateSets();
        ObjectNode tree = RateSetFiles.tree(RateSetFiles.completedTt12());
        RateSetFiles.body(tree).put("name", "Thông tư @@ESC@@12/2025");
        RateSetFiles.value(tree, 2).put("basis", "TT 40/2017 @@SUR@@");
        String text = PackageJson.PRETTY.writeValueAsString(tree).replace("@@ESC@@", "\\u001b").replace("@@SUR@@", "\\uDC00");
        Path file = RateSetFiles.write(dir, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        RateSetFileException refusal = catchThrowableOfType(RateSetFileException.class, () -> budget.previewRateSetImport(file));

        assertThat(refusal.fileName()).isEqualTo(file.getFileName().toString());
        String third = MESSAGES.get("enum.RateKey." + RateSetFiles.completedTt12().values().get(2).key().name());
        assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly(
                "$.rateSet.name: Tên: có ký tự điều khiển không in được (U+001B) ở vị trí 10",
                "$.rateSet.values[2].basis: Mức «" + third + "» – Căn cứ pháp lý: "
                        + "có ký tự hỏng (U+DC00, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 12");
        assertThat(budget.rateSets()).isEqualTo(before);
    }

    @Test
    void aSetTypedWithTooLongNotesIsRefusedWhenSaved() {
        BudgetService budget = RateSetFiles.freshStore();
        RateSet set = RateSetFiles.completedTt12();
        RateSet typed = new RateSet("", "Bộ định mức thử", set.issuer(), set.documentNumber(), set.kind(), set.effectiveFrom(),
                set.effectiveTo(), "Ghi chú ".repeat(501), set.values());

        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> budget.saveRateSet(typed));

        assertThat(refusal.errors()).extracting(e -> MESSAGES.get(e.messageKey(), e.args().toArray()))
                .containsExactly("Ghi chú: dài 4.007 ký tự, tối đa 4.000");
        assertThat(budget.rateSets()).noneMatch(s -> s.name().equals("Bộ định mức thử"));
    }
}
