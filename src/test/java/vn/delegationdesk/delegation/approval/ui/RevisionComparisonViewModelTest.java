package vn.delegationdesk.delegation.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.ui.RevisionComparisonViewModel.Row;
import vn.delegationdesk.delegation.approval.ui.RevisionComparisonViewModel.Side;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The comparison's rows as the dialog shows them, without a screen: values in words, both sides, the estimate. */
class RevisionComparisonViewModelTest {
    private final Messages messages = new Messages();
    private static final String CONFERENCE = "IV. Hội nghị trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, hoạt động"
            + " phát triển công nghiệp văn hóa tại tỉnh Đắk Lắk (khoảng 180 đại biểu, chiều 14/10/2025)";

    @Test
    void theSamePlanSaysSoAndTheEstimateLeavesOutGroupsEmptyOnBothSides() {
        Delegation plan = SampleDelegation.create();
        RevisionComparisonViewModel model = new RevisionComparisonViewModel(messages,
                new Side("Bản 1", plan, List.of(new EstimateGroup("I. Chi phí đi lại", 0), new EstimateGroup(CONFERENCE, 0),
                        new EstimateGroup("II. Phụ cấp lưu trú", 66_600_000)), 66_600_000),
                new Side("Bản 2", plan, List.of(new EstimateGroup("I. Chi phí đi lại", 0),
                        new EstimateGroup("II. Phụ cấp lưu trú", 66_600_000), new EstimateGroup("VI. Chi khác", 1_250_000)),
                        67_850_000));

        assertThat(model.planDifferences()).isZero();
        assertThat(model.summary()).isEqualTo("Kế hoạch hai bên giống nhau. Tổng dự toán: Bản 1 66.600.000 đồng; Bản 2"
                + " 67.850.000 đồng.");
        assertThat(model.rows()).extracting(Row::what, Row::left, Row::right, Row::heading).containsExactly(
                tuple("Kế hoạch", "", "", true),
                tuple("Kế hoạch hai bên giống nhau.", "", "", false),
                tuple("Dự toán kinh phí", "", "", true),
                tuple("II. Phụ cấp lưu trú", "66.600.000 đồng", "66.600.000 đồng", false),
                tuple("VI. Chi khác", "Không có", "1.250.000 đồng", false),
                tuple("Tổng dự toán", "66.600.000 đồng", "67.850.000 đồng", false));
        assertThat(RevisionComparisonViewModel.shortLabel(CONFERENCE)).endsWith(" …").hasSizeLessThanOrEqualTo(92)
                .startsWith("IV. Hội nghị trao đổi");
    }

    @Test
    void fieldsMembersAndPartsThatDifferWithTheOlderSideOnTheLeft() {
        Delegation older = SampleDelegation.create();
        List<Member> members = new ArrayList<>(older.members());
        Member added = members.get(0).toBuilder().id("m-new").fullName("Lê Văn Mới").build();
        members.add(added);
        Delegation newer = older.toBuilder().startDate(older.startDate().plusDays(1)).members(members)
                .legalBases(List.of()).build();

        RevisionComparisonViewModel model = new RevisionComparisonViewModel(messages,
                new Side("Bản 2", older, List.of(), 0), new Side("Hiện tại", newer, List.of(), 0));

        assertThat(model.title()).isEqualTo("So sánh Bản 2 với Hiện tại");
        assertThat(model.rows()).extracting(Row::what, Row::left, Row::right).contains(
                tuple("Ngày khởi hành", "14/10/2025", "15/10/2025"),
                tuple("Thành viên Lê Văn Mới", "Không có trong đoàn", "Có trong đoàn"),
                tuple(messages.get("ui.detail.field.legalBases"), "Trước khi sửa", "Đã sửa"),
                tuple("Tổng dự toán", "0 đồng", "0 đồng"));
        assertThat(LocalDate.of(2025, 10, 14)).isEqualTo(older.startDate());
    }
}
