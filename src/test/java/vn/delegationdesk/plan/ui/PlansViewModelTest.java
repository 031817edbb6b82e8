package vn.delegationdesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.platform.ui.DialogService.UnsavedChoice;

/** The plans' list and the whole-plan editor: what the clerk sees, what is stored and what is refused. */
class PlansViewModelTest {

    @Test
    void theListShowsNumberTitleBodyPeriodAndCounts() {
        PlanUiFixture f = new PlanUiFixture();
        f.plans.load();

        assertThat(f.plans.rows()).hasSize(1);
        PlansViewModel.PlanRow row = f.plans.rows().get(0);
        assertThat(row.number()).isEqualTo("/KH-SVHTT");
        assertThat(row.title()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        assertThat(row.body()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
        assertThat(row.period()).isEqualTo("01/01/2025 – 31/12/2025");
        assertThat(row.tasks()).isEqualTo(2);
        assertThat(row.activities()).isEqualTo(24);
    }

    @Test
    void choosingAPlanOpensItWithItsTasksInNumberingOrder() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();

        assertThat(editor.presentProperty().get()).isTrue();
        assertThat(editor.headingProperty().get()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        assertThat(editor.taskForm().rows()).extracting(PlanTaskForm.Row::number).containsExactly("1", "2.1");
        assertThat(editor.taskForm().rows().get(0).coordinating()).isEqualTo("Bảo tàng Hà Nội; Văn phòng Sở");
        assertThat(editor.taskForm().rows().get(0).targets()).isEqualTo("Phiên họp online; Tọa đàm, workshop");
        assertThat(editor.taskForm().rows().get(1).due()).isEqualTo("15/10/2025");
        assertThat(editor.ruleForm().rows()).containsExactly(
                "Báo cáo 6 tháng, trước ngày 20/6 hằng kỳ, gửi về UBND Thành phố",
                "Báo cáo năm, trước ngày 30/11 hằng kỳ, gửi về UBND Thành phố");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.saveUnavailableProperty().get()).isEqualTo("Chưa có thay đổi nào để lưu");
    }

    @Test
    void aRefusedSaveNamesTheRowAndTheFieldAndStoresNothing() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.targetForm().select(0);
        editor.targetForm().minProperty().set("9");
        editor.targetForm().maxProperty().set("3");
        assertThat(editor.targetForm().put(0)).isTrue();
        editor.taskForm().select(1);
        editor.taskForm().dueProperty().set("15/01/2026");
        assertThat(editor.taskForm().put(1)).isTrue();
        editor.titleProperty().set("Kế hoạch đã sửa");

        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.save()).isFalse();

        assertThat(editor.problems()).contains("Chỉ tiêu «Phiên họp online»: mức tối thiểu 9 lớn hơn mức tối đa 3");
        assertThat(editor.problems()).anyMatch(p -> p.startsWith("Nhiệm vụ 2.1") && p.contains("15/01/2026")
                && p.contains("nằm ngoài thời gian của kế hoạch"));
        Plan stored = f.service.find(f.networkId).orElseThrow();
        assertThat(stored.title()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        assertThat(stored.targets().get(0).min()).isEqualTo(20);
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void aMoneyTargetIsShownGroupedByThousandsAndKeepsItsValueWhenPutBack() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.targetForm().select(0);
        editor.targetForm().minProperty().set("15.000.000.000");
        editor.targetForm().maxProperty().set("15000000000");
        assertThat(editor.targetForm().put(0)).isTrue();

        editor.targetForm().select(0);
        assertThat(editor.targetForm().minProperty().get()).isEqualTo("15.000.000.000");
        assertThat(editor.targetForm().rows().get(0).max()).isEqualTo("15.000.000.000");
        assertThat(editor.save()).isTrue();
        assertThat(f.service.find(f.networkId).orElseThrow().targets().get(0).min()).isEqualTo(15_000_000_000L);
    }

    @Test
    void aDateThatIsNotOneIsNamedWithItsField() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.periodToProperty().set("31/13/2025");

        assertThat(editor.save()).isFalse();

        assertThat(editor.problems()).first().asString().startsWith("đến ngày: «31/13/2025» không phải ngày hợp lệ");
        assertThat(f.service.find(f.networkId).orElseThrow().periodTo()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
    }

    @Test
    void aValidSaveStoresTheWholePlanAndTheListFollows() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.titleProperty().set("Kế hoạch tham gia Mạng lưới các thành phố sáng tạo năm 2025");
        editor.taskForm().numberProperty().set("3");
        editor.taskForm().contentProperty().set("Kết nối, hình thành Mạng lưới các thành phố sáng tạo của Việt Nam");
        editor.taskForm().leadProperty().set("Phòng Quản lý Di sản văn hóa");
        editor.taskForm().coordinatingProperty().set("Văn phòng Sở");
        editor.taskForm().dueProperty().set("30/11/2025");
        assertThat(editor.taskForm().put(-1)).isTrue();

        assertThat(editor.save()).isTrue();

        Plan stored = f.service.find(f.networkId).orElseThrow();
        assertThat(stored.title()).isEqualTo("Kế hoạch tham gia Mạng lưới các thành phố sáng tạo năm 2025");
        assertThat(stored.tasks()).extracting(t -> t.number()).containsExactly("1", "2.1", "3");
        assertThat(stored.task("k-3").orElseThrow().coordinatingUnits()).containsExactly("Văn phòng Sở");
        assertThat(f.plans.rows().get(0).tasks()).isEqualTo(3);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.saveStateProperty().get()).isEqualTo("Đã lưu");
    }

    @Test
    void anewPlanIsCreatedThroughTheServiceAndChosenInTheList() {
        PlanUiFixture f = new PlanUiFixture();
        f.plans.load();
        f.plans.createNew();
        PlanEditorViewModel editor = f.plans.editor();
        editor.titleProperty().set("Kế hoạch thực hiện Kết luận số 84-KL/TW");
        editor.bodyNameProperty().set("UBND TỈNH CAO BẰNG");
        editor.ruleForm().frequencyProperty().set(vn.delegationdesk.plan.ReportFrequency.ANNUAL);
        editor.ruleForm().dateProperty().set("30/11");
        editor.ruleForm().recipientProperty().set("UBND tỉnh");
        assertThat(editor.ruleForm().add()).isTrue();

        assertThat(editor.save()).isTrue();

        assertThat(f.plans.rows()).extracting(PlansViewModel.PlanRow::title)
                .contains("Kế hoạch thực hiện Kết luận số 84-KL/TW");
        assertThat(f.plans.rows().get(f.plans.selectedProperty().get()).title()).isEqualTo("Kế hoạch thực hiện Kết luận số 84-KL/TW");
        assertThat(f.service.list()).hasSize(2);
    }

    @Test
    void leavingWithUnsavedChangesAsksAndCancelKeepsThem() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.titleProperty().set("Đang sửa");
        f.dialogs.answerUnsaved(UnsavedChoice.CANCEL);

        f.plans.createNew();

        assertThat(f.dialogs.shown()).anyMatch(s -> s.title().equals("Kế hoạch chưa lưu"));
        assertThat(editor.titleProperty().get()).isEqualTo("Đang sửa");
        assertThat(editor.baseline().id()).isEqualTo(f.networkId);

        f.dialogs.answerUnsaved(UnsavedChoice.DISCARD);
        f.plans.createNew();
        assertThat(editor.baseline()).isNull();
        assertThat(editor.titleProperty().get()).isEmpty();
        assertThat(f.service.find(f.networkId).orElseThrow().title()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
    }

    @Test
    void withoutTheOrganiserRoleTheWriteButtonsAreGreyedWithTheReason() {
        PlanUiFixture f = new PlanUiFixture(Set.of(Role.FINANCE));
        PlanEditorViewModel editor = f.openNetwork();
        editor.titleProperty().set("Sửa khi không có quyền");

        String refusal = editor.writeRefusalProperty().get();
        assertThat(refusal).contains("Lưu kế hoạch, chương trình").contains("chuyen_vien");
        assertThat(editor.saveUnavailableProperty().get()).isEqualTo(refusal);
        assertThat(f.plans.createUnavailableProperty().get()).isEqualTo(refusal);
        assertThat(editor.save()).isFalse();
        assertThat(f.service.find(f.networkId).orElseThrow().title()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
    }

    @Test
    void aLinkToADeletedDelegationSaysSo() {
        PlanUiFixture f = new PlanUiFixture();
        PlanEditorViewModel editor = f.openNetwork();
        editor.loadChoices();
        editor.activityForm().linkDelegation(new vn.delegationdesk.delegation.DelegationSummary(77, "Đoàn học tập tại Huế", null,
                null, java.util.List.of(), 0, 0, vn.delegationdesk.delegation.DelegationStatus.DRAFT, false), editor.tasks().get(0));

        PlanActivityForm.Row row = editor.activityForm().rows().get(editor.activityForm().rows().size() - 1);
        assertThat(row.kind()).isEqualTo("Đoàn công tác");
        assertThat(row.title()).isEqualTo("Đoàn học tập tại Huế (đoàn đã bị xóa)");
        assertThat(row.task()).isEqualTo("1");
    }
}
