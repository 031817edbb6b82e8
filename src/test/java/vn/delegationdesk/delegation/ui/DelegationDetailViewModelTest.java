package vn.delegationdesk.delegation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestDelegations;

class DelegationDetailViewModelTest {
    private final DelegationDetailViewModel model = new DelegationDetailViewModel(new Messages());

    @BeforeEach
    void openTheReferenceDelegation() {
        model.delegationProperty().set(TestDelegations.daklakLamDong().withId(7L));
    }

    private List<String> field(String key) {
        return model.overview().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().lines();
    }

    @Test
    void headerShowsTitleDatesPlacesAndStatus() {
        assertThat(model.presentProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo(TestDelegations.TITLE);
        assertThat(model.subtitleProperty().get())
                .isEqualTo("14/10/2025 – 19/10/2025 · tỉnh Đắk Lắk, tỉnh Lâm Đồng · Dự thảo (mẫu)");
    }

    @Test
    void overviewHasEveryPartOfThePlanInOrder() {
        assertThat(model.overview()).extracting(DetailItems.Field::label).containsExactly(
                "Tên kế hoạch", "Cơ quan ban hành", "Số, ký hiệu", "Địa danh, ngày tháng", "Căn cứ", "Mục đích, yêu cầu",
                "Nội dung trao đổi kinh nghiệm", "Thời gian, địa điểm", "Số lượng dự kiến", "Phương tiện", "Kinh phí",
                "Nơi nhận", "Người ký", "Trạng thái");
        assertThat(field("ui.detail.field.issuingBody"))
                .containsExactly("Sở Văn hóa và Thể thao thành phố Hà Nội", "UBND thành phố Hà Nội");
        assertThat(field("ui.detail.field.document")).containsExactly("Số: …/KH-SVHTT");
        assertThat(field("ui.detail.field.placeDate")).containsExactly("Hà Nội, ngày … tháng … năm …");
        assertThat(field("ui.detail.field.plannedSize")).containsExactly("37 người");
        assertThat(field("ui.detail.field.transport")).containsExactly("Máy bay, Ô tô");
        assertThat(field("ui.detail.field.signer")).containsExactly("GIÁM ĐỐC", "Bạch Liên Hương");
        assertThat(field("ui.detail.field.status")).containsExactly("Dự thảo",
                "Đoàn mẫu: dữ liệu minh họa, họ tên và thông tin thành viên là giả định.");
        assertThat(field("ui.detail.field.recipients")).startsWith("– Ban Giám đốc Sở;");
        assertThat(field("ui.detail.field.purposes").get(0)).startsWith("1. Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU");
    }

    @Test
    void legalBasesReadAsInTheDocument() {
        assertThat(field("ui.detail.field.legalBases")).hasSize(4).first().isEqualTo(
                "Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về phát triển công nghiệp văn hóa trên địa bàn "
                        + "Thủ đô giai đoạn 2021-2025, định hướng đến năm 2030, tầm nhìn đến năm 2045");
        assertThat(field("ui.detail.field.legalBases").get(3))
                .isEqualTo("Kế hoạch số 628/KH-SVHTT ngày 30/08/2024 của Sở Văn hóa và Thể thao về triển khai thi hành Luật Thủ đô");
    }

    @Test
    void legsGiveDatesPlaceAndCity() {
        assertThat(field("ui.detail.field.legs")).containsExactly(
                "Nơi xuất phát: Hà Nội",
                "Từ ngày 14/10/2025 đến 16/10/2025: tỉnh Đắk Lắk (Buôn Ma Thuột)",
                "Từ ngày 17/10/2025 đến 19/10/2025: tỉnh Lâm Đồng (Bình Thuận)");
    }

    @Test
    void aNumberedDatedPlanSignedOnBehalf() {
        Delegation simple = TestDelegations.simple("Đoàn Huế", DelegationStatus.APPROVED, "thành phố Huế",
                LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3), 2, 1);
        model.delegationProperty().set(simple);
        assertThat(field("ui.detail.field.document")).containsExactly("Số: 45/KH-SVHTT");
        assertThat(field("ui.detail.field.placeDate")).containsExactly("Hà Nội, ngày 05 tháng 02 năm 2025");
        assertThat(field("ui.detail.field.signer")).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình");
        assertThat(field("ui.detail.field.legs")).containsExactly("Nơi xuất phát: Hà Nội", "Ngày 03/11/2025: thành phố Huế");
        assertThat(field("ui.detail.field.legalBases")).containsExactly("—");
        assertThat(model.unassignedProperty().get()).isEqualTo("Chưa xếp vào nhóm thành phần: 1 người");
    }

    @Test
    void anUndatedDocumentWithoutPlaceShowsADash() {
        Delegation d = TestDelegations.daklakLamDong();
        model.delegationProperty().set(d.toBuilder()
                .document(new DocumentInfo("", "", "", null)).sample(false).build());
        assertThat(field("ui.detail.field.document")).containsExactly("Số: …/SVHTT");
        assertThat(field("ui.detail.field.placeDate")).containsExactly("—");
        assertThat(field("ui.detail.field.status")).containsExactly("Dự thảo");
    }

    @Test
    void compositionShowsEachGroupAndUnitFilledAgainstPlanned() {
        assertThat(model.compositionSummaryProperty().get()).isEqualTo("Đã có 37/37 thành viên theo kế hoạch");
        assertThat(model.unassignedProperty().get()).isEmpty();
        assertThat(model.groups()).extracting(DetailItems.Group::name, DetailItems.Group::seats).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lãnh đạo đoàn", "1/1 người"),
                org.assertj.core.groups.Tuple.tuple("Đại diện các phòng khối quản lý nhà nước thuộc Sở", "12/12 người"),
                org.assertj.core.groups.Tuple.tuple("Đại diện 14 đơn vị sự nghiệp thuộc Sở", "14/14 người"),
                org.assertj.core.groups.Tuple.tuple(
                        "Đại diện 10 phường, xã có mô hình hoạt động công nghiệp văn hóa phát triển", "10/10 người"));
        DetailItems.QuotaRow first = model.groups().get(1).quotas().get(0);
        assertThat(first).isEqualTo(new DetailItems.QuotaRow("Phòng Tổ chức - Pháp chế", "3/3", true));
        assertThat(model.groups().get(2).quotas()).hasSize(14).allMatch(DetailItems.QuotaRow::complete);
    }

    @Test
    void membersTableRows() {
        assertThat(model.members()).hasSize(37);
        DetailItems.MemberRow head = model.members().get(0);
        assertThat(head.index().text()).isEqualTo("1");
        assertThat(head.role()).isEqualTo("Trưởng đoàn");
        assertThat(head.group()).isEqualTo("Lãnh đạo đoàn");
        assertThat(head.sendingUnit()).isEqualTo("Ban Giám đốc Sở");
        assertThat(head.gender()).isEqualTo("Nam");
        assertThat(head.dateOfBirth().text()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(model.members()).extracting(DetailItems.MemberRow::role).contains("Thư ký", "Thành viên");
        assertThat(model.members().get(36).index().compareTo(model.members().get(8).index())).isPositive();
    }

    @Test
    void programmeDaysHaveVietnameseWeekdaysSessionsAndKinds() {
        assertThat(model.programme()).extracting(DetailItems.ProgrammeDay::header).containsExactly(
                "Thứ Ba, 14/10/2025", "Thứ Tư, 15/10/2025", "Thứ Năm, 16/10/2025", "Thứ Sáu, 17/10/2025",
                "Thứ Bảy, 18/10/2025", "Chủ nhật, 19/10/2025");
        DetailItems.ProgrammeDay first = model.programme().get(0);
        assertThat(first.place()).isEqualTo("tỉnh Đắk Lắk");
        assertThat(first.activities()).extracting(DetailItems.Activity::halfDay)
                .containsExactly("Buổi sáng", "Buổi chiều", "Buổi tối");
        assertThat(first.activities()).extracting(DetailItems.Activity::kind)
                .containsExactly("Di chuyển", "Hội nghị", "Khảo sát thực tế");
        assertThat(first.activities().get(0).text())
                .isEqualTo("Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk");
        assertThat(first.activities().get(0).details()).containsExactly("Phương tiện: Máy bay");
        assertThat(first.activities().get(1).text()).startsWith("Hội nghị trao đổi, học tập kinh nghiệm thực tế");
        assertThat(model.programme().get(1).activities().get(0).halfDay()).isEqualTo("Cả ngày");
        assertThat(model.programme().get(5).place()).isEqualTo("tỉnh Lâm Đồng");
    }

    @Test
    void conferencesWithWhenWhereAndOrderedAgenda() {
        assertThat(model.conferences()).hasSize(2);
        DetailItems.Conference daklak = model.conferences().get(0);
        assertThat(daklak.when()).isEqualTo("Thứ Ba, 14/10/2025 – Buổi chiều");
        assertThat(daklak.venue()).isEqualTo("Địa điểm: Khách sạn tại tỉnh Đắk Lắk");
        assertThat(daklak.standard()).isEqualTo("Tiêu chuẩn: Khách sạn 3 sao trở lên");
        assertThat(daklak.delegates()).isEqualTo("Số lượng: khoảng 180 đại biểu");
        assertThat(daklak.coOrganiser()).isEqualTo("Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk");
        assertThat(daklak.agenda()).extracting(DetailItems.AgendaRow::number).containsExactly("1.", "2.", "3.", "4.");
        assertThat(daklak.agenda().get(0).presenter()).isEqualTo("Trình bày: Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk");
        assertThat(daklak.agenda().get(0).duration()).isEqualTo("40 phút");
        assertThat(daklak.agenda().get(1).presenter()).isEmpty();
        assertThat(daklak.agenda().get(3).duration()).isEmpty();
        assertThat(model.conferences().get(1).when()).isEqualTo("Thứ Sáu, 17/10/2025 – Buổi sáng");
    }

    @Test
    void responsibilitiesNameRoleDutiesDueDateAndStatus() {
        assertThat(model.responsibilities()).hasSize(4);
        DetailItems.Responsibility lead = model.responsibilities().get(0);
        assertThat(lead.unit()).isEqualTo("Phòng Tổ chức - Pháp chế");
        assertThat(lead.role()).isEqualTo("Chủ trì");
        assertThat(lead.lead()).isTrue();
        assertThat(lead.due()).isEqualTo("Hạn: 10/10/2025");
        assertThat(lead.status()).isEqualTo("Đang thực hiện");
        assertThat(lead.duties()).hasSize(4);
        DetailItems.Responsibility office = model.responsibilities().get(1);
        assertThat(office.role()).isEqualTo("Phối hợp");
        assertThat(office.due()).isEmpty();
        assertThat(office.status()).isEqualTo("Chưa thực hiện");
    }

    @Test
    void clearingTheDelegationEmptiesEverySection() {
        model.delegationProperty().set(null);
        assertThat(model.presentProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.overview()).isEmpty();
        assertThat(model.members()).isEmpty();
        assertThat(model.programme()).isEmpty();
        assertThat(model.conferences()).isEmpty();
        assertThat(model.responsibilities()).isEmpty();
        assertThat(model.groups()).isEmpty();
    }
}
