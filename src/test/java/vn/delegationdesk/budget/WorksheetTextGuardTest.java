package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestServices;

/** The service refuses a worksheet whose texts break the text policy, whichever way it came, and keeps the stored one. */
class WorksheetTextGuardTest {
    private final BudgetService budget = TestServices.budget();

    @Test
    void aWorksheetWithAControlCharacterIsRefusedNamingTheLineAndNothingIsStored() {
        EstimateWorksheet good = EstimateWorksheet.EMPTY.withManualLines(List.of(
                new ManualLine("a", "OTHER", "Quà tặng", "phần", 2, 1, 300_000L, "")));
        budget.saveWorksheet(7, good);
        EstimateWorksheet bad = good.withManualLines(List.of(
                new ManualLine("a", "OTHER", "Quà\u0007 tặng", "phần", 2, 1, 300_000L, "")));

        assertThatThrownBy(() -> budget.saveWorksheet(7, bad)).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(new Messages().describeAll(refused.errors())).containsExactly(
                        "manualLines[0].content: Nội dung: có ký tự điều khiển không in được (U+0007) ở vị trí 4"));
        assertThat(budget.worksheet(7L)).isEqualTo(good);
    }
}
