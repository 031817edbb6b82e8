package vn.delegationdesk.delegation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/** The built-in sample (seed 000) as the list and the detail show it. */
class SampleDelegationViewTest {
    private final Messages messages = new Messages();

    @Test
    void createdFromTheEmptyStoreFoundByLakAndOpened() {
        InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
        RecordingDialogService dialogs = new RecordingDialogService();
        DelegationListViewModel list = new DelegationListViewModel(new DelegationService(repository), new DirectTaskRunner(),
                dialogs, messages, SampleDelegation::create);
        list.load();
        assertThat(list.isEmptyStore()).isTrue();

        list.createSample();
        list.searchTextProperty().set("lak");

        assertThat(dialogs.shown()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.dates().text()).isEqualTo("14/10/2025 – 19/10/2025");
            assertThat(row.places()).isEqualTo("tỉnh Đắk Lắk, tỉnh Lâm Đồng");
            assertThat(row.members().text()).isEqualTo("37/37");
            assertThat(row.status()).isEqualTo("Dự thảo (mẫu)");
        });
        assertThat(list.openedDelegationProperty().get().members()).hasSize(37);
    }

    @Test
    void detailReadsLikeThePlan() {
        DelegationDetailViewModel detail = new DelegationDetailViewModel(messages);
        Delegation sample = SampleDelegation.create();
        detail.delegationProperty().set(sample);

        assertThat(field(detail, "ui.detail.field.legalBases").get(0)).isEqualTo("Nghị quyết số 09-NQ/TU ngày 22/02/2022 của "
                + "Thành ủy Hà Nội về phát triển công nghiệp văn hoá trên địa bàn Thủ đô giai đoạn 2021-2025, định hướng đến năm "
                + "2030, tầm nhìn đến 2045");
        assertThat(field(detail, "ui.detail.field.legs")).containsExactly("Nơi xuất phát: Hà Nội",
                "Từ ngày 14/10/2025 đến 16/10/2025: tỉnh Đắk Lắk (Buôn Ma Thuột)",
                "Từ ngày 17/10/2025 đến 19/10/2025: tỉnh Lâm Đồng (Bình Thuận)");
        assertThat(field(detail, "ui.detail.field.document")).containsExactly("Số: …/KH-SVHTT");
        assertThat(field(detail, "ui.detail.field.plannedSize")).containsExactly("37 người");
        assertThat(field(detail, "ui.detail.field.transport")).containsExactly("Máy bay, Ô tô");
        assertThat(field(detail, "ui.detail.field.signer")).containsExactly("GIÁM ĐỐC", "Bạch Liên Hương");

        assertThat(detail.compositionSummaryProperty().get()).isEqualTo("Đã có 37/37 thành viên theo kế hoạch");
        assertThat(detail.groups()).extracting(DetailItems.Group::seats)
                .containsExactly("1/1 người", "12/12 người", "14/14 người", "10/10 người");
        assertThat(detail.groups()).allMatch(DetailItems.Group::complete);
        assertThat(detail.members()).hasSize(37);
        assertThat(detail.members().get(0).role()).isEqualTo("Trưởng đoàn");

        assertThat(detail.programme()).extracting(DetailItems.ProgrammeDay::header).containsExactly("Thứ Ba, 14/10/2025",
                "Thứ Tư, 15/10/2025", "Thứ Năm, 16/10/2025", "Thứ Sáu, 17/10/2025", "Thứ Bảy, 18/10/2025",
                "Chủ nhật, 19/10/2025");
        DetailItems.Activity departure = detail.programme().get(0).activities().get(0);
        assertThat(departure.halfDay()).isEqualTo("Buổi sáng");
        assertThat(departure.kind()).isEqualTo("Di chuyển");
        assertThat(departure.details()).contains("Phương tiện: Máy bay");

        DetailItems.Conference daklak = detail.conferences().get(0);
        assertThat(daklak.when()).isEqualTo("Thứ Ba, 14/10/2025 – Buổi chiều");
        assertThat(daklak.delegates()).isEqualTo("Số lượng: khoảng 180 đại biểu");
        assertThat(daklak.agenda()).hasSize(5);
        assertThat(detail.conferences().get(1).when()).isEqualTo("Thứ Sáu, 17/10/2025 – Buổi sáng");

        assertThat(detail.responsibilities()).extracting(DetailItems.Responsibility::role)
                .containsExactly("Chủ trì", "Phối hợp", "Phối hợp", "Phối hợp");
    }

    private static List<String> field(DelegationDetailViewModel detail, String key) {
        return detail.overview().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().lines();
    }
}
