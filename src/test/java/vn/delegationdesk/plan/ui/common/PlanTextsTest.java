package vn.delegationdesk.plan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.sample.SamplePlan;

class PlanTextsTest {
    @Test
    void aTaskIsChosenByItsNumberAndTheFirstLineOfItsContent() {
        PlanTask first = SamplePlan.create().tasks().get(0);
        String heading = PlanTexts.taskHeading(first);

        assertThat(heading).startsWith("1. Tham dự các Hội nghị, diễn đàn Mạng lưới").doesNotContain("\n");
        assertThat(heading.length()).isLessThanOrEqualTo(PlanTexts.HEADING_MAX + 4);
        assertThat(PlanTexts.taskHeading(PlanTask.of("k", "2.1", "Biên soạn chuyên đề:\n- Nội dung", "Phòng", List.of(), null,
                null, List.of()))).isEqualTo("2.1. Biên soạn chuyên đề");
    }
}
