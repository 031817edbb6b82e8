package vn.delegationdesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;

/** Quick entry of a network's sessions: a date, Enter, the next date offered. */
class QuickSessionsViewModelTest {

    @Test
    void threeEnterPressesAddThreeSessionsOnConsecutiveDates() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        QuickSessionsViewModel quick = f.plans.quick();
        quick.taskProperty().set(editor.tasks().get(0));
        quick.stepProperty().set("1");
        quick.dateProperty().set("03/11/2025");

        assertThat(quick.enter()).isTrue();
        assertThat(quick.dateProperty().get()).isEqualTo("04/11/2025");
        quick.titleProperty().set("Phiên họp Mạng lưới Đông Nam Á");
        assertThat(quick.enter()).isTrue();
        assertThat(quick.enter()).isTrue();

        List<PlanActivity> added = editor.build(new java.util.ArrayList<>()).activities().subList(24, 27);
        assertThat(added).extracting(PlanActivity::date).containsExactly(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4),
                LocalDate.of(2025, 11, 5));
        // The task already has 22 sessions: the new ones are numbered after them.
        assertThat(added).extracting(PlanActivity::title).containsExactly("Phiên họp trực tuyến lần 23",
                "Phiên họp Mạng lưới Đông Nam Á", "Phiên họp trực tuyến lần 25");
        assertThat(added).allMatch(a -> a.kind() == ActivityKind.ONLINE_SESSION && a.taskId().equals("k-1")
                && a.place().equals("Trực tuyến"));
        assertThat(added).extracting(PlanActivity::id).containsExactly("a-23", "a-24", "a-25");
        assertThat(quick.lines()).containsExactly("1. 03/11/2025 – Phiên họp trực tuyến lần 23",
                "2. 04/11/2025 – Phiên họp Mạng lưới Đông Nam Á", "3. 05/11/2025 – Phiên họp trực tuyến lần 25");
        assertThat(quick.addedProperty().get()).isEqualTo("Đã thêm 3 phiên; bấm «Lưu» để ghi vào kế hoạch.");
        assertThat(quick.dateProperty().get()).isEqualTo("06/11/2025");
        assertThat(editor.dirtyProperty().get()).isTrue();

        assertThat(editor.save()).isTrue();
        Plan stored = f.service.find(f.networkId).orElseThrow();
        assertThat(stored.activities()).hasSize(27);
        assertThat(quick.taskProperty().get().id()).isEqualTo("k-1");
        assertThat(quick.addedProperty().get()).isEmpty();
    }

    @Test
    void weeklyByDefaultAndABadDateIsNamed() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        QuickSessionsViewModel quick = f.plans.quick();
        quick.dateProperty().set("10/01/2025");

        assertThat(quick.enter()).isFalse();
        assertThat(quick.errorProperty().get()).isEqualTo("Nhiệm vụ: hãy chọn nhiệm vụ mà các phiên họp thực hiện");

        quick.taskProperty().set(editor.tasks().get(0));
        assertThat(quick.enter()).isTrue();
        assertThat(quick.dateProperty().get()).isEqualTo("17/01/2025");

        quick.dateProperty().set("32/01/2025");
        assertThat(quick.enter()).isFalse();
        assertThat(quick.errorProperty().get()).startsWith("Ngày phiên họp: «32/01/2025» không phải ngày hợp lệ");
        assertThat(quick.countProperty().get()).isEqualTo(1);
    }
}
