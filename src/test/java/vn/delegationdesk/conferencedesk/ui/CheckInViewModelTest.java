package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.QrPayload;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The registration desk without a window: a typed QR payload checks in, a partial name without marks finds the delegate,
 * a walk-in is added, the counts change, a QR code of another conference is refused with its message, a delegate already
 * checked in is told with the time, and a new desk over the same store shows the same attendance.
 */
class CheckInViewModelTest {
    private static final long ID = 7L;
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final String LAM_DONG = SampleDelegation.CONFERENCE_LAM_DONG;
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 08:12:40 in Hà Nội. */
    private static final Instant NOW = Instant.parse("2025-10-15T01:12:40.5Z");
    private final AtomicInteger next = new AtomicInteger();
    private final MemoryDelegateRepository repository = new MemoryDelegateRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("lan")),
            Clock.fixed(NOW, HANOI), () -> "walk-" + next.incrementAndGet());
    private final Messages messages = new Messages();

    @BeforeEach
    void storeTheLists() {
        List<Delegate> list = new ArrayList<>(DeskSamples.four(DAK_LAK, "dl-"));
        list.addAll(DeskSamples.generated(DAK_LAK, 40));
        service.save(ID, DAK_LAK, list);
        service.save(ID, LAM_DONG, DeskSamples.four(LAM_DONG, "ld-"));
    }

    private CheckInViewModel desk() {
        CheckInViewModel vm = new CheckInViewModel(service, ID, DAK_LAK, "Hội nghị tại Đắk Lắk", new DirectTaskRunner(), messages,
                HANOI);
        vm.load();
        return vm;
    }

    @Test
    void aTypedQrPayloadChecksTheDelegateInAndTheCountChanges() {
        CheckInViewModel vm = desk();
        assertThat(vm.title()).isEqualTo("Bàn điểm danh – Hội nghị tại Đắk Lắk");
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 1/44");
        assertThat(vm.groupLines()).contains("Lãnh đạo: 1/8", "Đơn vị nơi đến: 0/8");

        vm.queryProperty().set(new QrPayload(DAK_LAK, "dl-2").format());
        assertThat(vm.matches()).as("a payload is not a name").isEmpty();
        vm.submit();

        assertThat(vm.messageProperty().get()).isEqualTo("Đã điểm danh: Trần Thị Bình lúc 08:12");
        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.queryProperty().get()).as("the box is ready for the next scan").isEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 2/44");
        assertThat(vm.groupLines()).contains("Đơn vị nơi đến: 1/8");
        assertThat(repository.list(ID, DAK_LAK)).filteredOn(d -> d.id().equals("dl-2")).singleElement()
                .satisfies(d -> assertThat(d.checkedInAt()).isEqualTo(Instant.parse("2025-10-15T01:12:40Z")));

        vm.queryProperty().set("  " + new QrPayload(DAK_LAK, "dl-2").format() + " ");
        vm.submit();
        assertThat(vm.messageProperty().get()).isEqualTo("Trần Thị Bình đã điểm danh lúc 08:12");
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 2/44");
    }

    @Test
    void aPartialUnmarkedNameFindsTheDelegateAndEnterChecksThemIn() {
        CheckInViewModel vm = desk();

        vm.queryProperty().set("thu dung");
        assertThat(vm.matches()).extracting(vm::describe).containsExactly("Phạm Thu Dung – Phóng viên, Báo Nhân Dân");
        vm.submit();

        assertThat(vm.messageProperty().get()).isEqualTo("Đã điểm danh: Phạm Thu Dung lúc 08:12");
        assertThat(vm.groupLines()).contains("Báo chí: 1/7");

        vm.queryProperty().set("pham thu");
        assertThat(vm.matches()).extracting(vm::describe)
                .contains("Phạm Thu Dung – Phóng viên, Báo Nhân Dân (đã điểm danh lúc 08:12)");
    }

    @Test
    void severalMatchesAskForAChoiceAndTheButtonChecksTheSelectedIn() {
        CheckInViewModel vm = desk();

        vm.queryProperty().set("nguyen");
        int found = vm.matches().size();
        assertThat(found).isGreaterThan(1);
        vm.submit();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Có " + found + " đại biểu khớp; hãy chọn một người trong danh sách rồi bấm Điểm danh");
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 1/44");

        Delegate chosen = vm.matches().stream().filter(d -> !d.attended()).findFirst().orElseThrow();
        vm.selectedProperty().set(chosen);
        vm.checkInSelected();
        assertThat(vm.messageProperty().get()).isEqualTo("Đã điểm danh: " + chosen.fullName() + " lúc 08:12");
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 2/44");

        vm.queryProperty().set("Nguyễn Văn An");
        vm.selectedProperty().set(vm.matches().get(0));
        vm.checkInSelected();
        assertThat(vm.messageProperty().get()).as("checked in in the list already").isEqualTo("Nguyễn Văn An đã điểm danh lúc 08:30");

        vm.queryProperty().set("zzz");
        vm.submit();
        assertThat(vm.messageProperty().get()).isEqualTo("Không tìm thấy đại biểu nào khớp với “zzz”");
    }

    @Test
    void aWalkInIsAddedCheckedInAndCounted() {
        CheckInViewModel vm = desk();

        vm.addWalkIn("Đỗ Minh Khánh", "Phóng viên", "Đài Phát thanh - Truyền hình Đắk Lắk", DelegateGroup.PRESS, false);

        assertThat(vm.messageProperty().get()).isEqualTo("Đã thêm và điểm danh khách đến trực tiếp: Đỗ Minh Khánh lúc 08:12");
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 2/44");
        assertThat(vm.groupLines()).contains("Báo chí: 1/7 (khách đến trực tiếp: 1)");
        assertThat(vm.countsProperty().get().total().attendedOffPayroll()).isEqualTo(1);
        vm.queryProperty().set("do minh kh");
        assertThat(vm.matches()).extracting(Delegate::id).containsExactly("walk-1");

        vm.addWalkIn("  ", "", "", DelegateGroup.OTHER, true);
        assertThat(vm.messageProperty().get()).isEqualTo("Khách đến trực tiếp – Họ và tên: chưa nhập");
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 2/44");
    }

    @Test
    void aQrCodeOfAnotherConferenceOfTheDelegationIsRefusedNamingItsTitleAndDate() {
        List<Conference> conferences = SampleDelegation.create().conferences();
        Conference lamDong = conferences.stream().filter(c -> c.id().equals(LAM_DONG)).findFirst().orElseThrow();
        CheckInViewModel vm = new CheckInViewModel(service, ID, conferences, DAK_LAK, "Hội nghị tại Đắk Lắk",
                new DirectTaskRunner(), messages, HANOI);
        vm.load();

        vm.queryProperty().set("DD1|" + LAM_DONG + "|ld-2");
        vm.submit();

        assertThat(lamDong.title()).startsWith("Hội nghị trao đổi").endsWith("tại tỉnh Lâm Đồng");
        assertThat(vm.messageProperty().get()).isEqualTo("Mã QR này của hội nghị khác: \"" + lamDong.title()
                + "\" (17/10/2025); hãy kiểm tra giấy mời");
        assertThat(vm.messageProperty().get()).doesNotContain(LAM_DONG);
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 1/44");
    }

    @Test
    void aQrCodeOfAnotherConferenceIsRefusedWithTheMessage() {
        CheckInViewModel vm = desk();

        vm.queryProperty().set("DD1|" + LAM_DONG + "|ld-2");
        vm.submit();

        assertThat(vm.messageProperty().get()).isEqualTo(
                "Mã QR của hội nghị khác: mã hội nghị " + LAM_DONG + " (DD1|" + LAM_DONG + "|ld-2); hãy kiểm tra giấy mời");
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 1/44");
        assertThat(repository.list(ID, LAM_DONG)).filteredOn(d -> d.id().equals("ld-2")).singleElement()
                .satisfies(d -> assertThat(d.attended()).isFalse());

        vm.queryProperty().set("DD1|" + DAK_LAK + "|nobody");
        vm.submit();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Mã QR không có trong danh sách đại biểu của hội nghị này: DD1|" + DAK_LAK + "|nobody");
    }

    @Test
    void aNewDeskOverTheSameStoreShowsTheSameAttendance() {
        CheckInViewModel vm = desk();
        vm.queryProperty().set(new QrPayload(DAK_LAK, "dl-2").format());
        vm.submit();
        vm.addWalkIn("Đỗ Minh Khánh", "Phóng viên", "Đài Phát thanh - Truyền hình Đắk Lắk", DelegateGroup.PRESS, false);
        assertThat(vm.totalProperty().get()).isEqualTo("Đã đến 3/44");

        CheckInViewModel restarted = desk();

        assertThat(restarted.totalProperty().get()).isEqualTo("Đã đến 3/44");
        assertThat(restarted.groupLines()).isEqualTo(vm.groupLines());
        restarted.queryProperty().set("tran thi binh");
        assertThat(restarted.matches()).extracting(restarted::describe)
                .containsExactly("Trần Thị Bình – Giám đốc Sở, Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk (đã điểm danh lúc 08:12)");
    }
}
