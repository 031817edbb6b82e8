package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.ui.DelegateListViewModel.Row;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The delegate list of seed 000's Đắk Lắk conference as the window shows it: rows with every cell's text, warnings for
 * a duplicate and a shared precedence, the delegation's members added in one action, the list saved and read back the
 * same, problems named in Vietnamese, and the sign-in sheet and seating plan written to the chosen file.
 */
class DelegateListViewModelTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private final Messages messages = new Messages();
    private final AtomicInteger next = new AtomicInteger();
    private final MemoryDelegateRepository repository = new MemoryDelegateRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("lan")),
            Clock.fixed(Instant.parse("2025-10-15T01:47:12Z"), ZoneOffset.UTC), () -> "dl-" + next.incrementAndGet());
    private final DeskDocuments documents = new ConferenceDeskDocuments(
            new ConferenceDocumentService(PdfDocumentWriter::new, messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Delegation delegation = SampleDelegation.create().withId(7L);

    private DelegateListViewModel open() {
        return new DelegateListViewModel(service, documents, dialogs, messages, new DirectTaskRunner(), delegation, DAK_LAK);
    }

    private static void type(DelegateListViewModel vm, String name, String title, String body, DelegateGroup group, String rank) {
        vm.fullNameProperty().set(name);
        vm.titleProperty().set(title);
        vm.bodyProperty().set(body);
        vm.groupProperty().set(group);
        vm.precedenceProperty().set(rank);
        vm.statusProperty().set(DelegateStatus.CONFIRMED);
    }

    private static DelegateListViewModel withThree(DelegateListViewModel vm) {
        type(vm, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Đắk Lắk", DelegateGroup.LEADERS, "1");
        assertThat(vm.add()).isTrue();
        type(vm, "Trần Thị Bình", "Giám đốc Sở", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", DelegateGroup.HOSTS, "2");
        assertThat(vm.add()).isTrue();
        type(vm, "Lê Hoàng Cường", "Tổng Giám đốc", "Công ty Cổ phần Du lịch Tây Nguyên", DelegateGroup.BUSINESSES, "");
        assertThat(vm.add()).isTrue();
        return vm;
    }

    @Test
    void aListOpenedBeforeTheDeskCheckedPeopleInAndSavedLaterKeepsTheCheckInsAndTheWalkIn() {
        DelegateListViewModel first = withThree(open());
        assertThat(first.save()).isTrue();
        DelegateListViewModel list = open();
        Delegate an = list.delegates().get(0);

        assertThat(service.checkIn(an.id())).isPresent();
        service.walkIn(7L, DAK_LAK, "Đỗ Minh Khánh", "Phóng viên", "Báo Đắk Lắk", DelegateGroup.PRESS, false, "");
        list.select(1);
        list.titleProperty().set("Giám đốc Sở Văn hóa, Thể thao và Du lịch");
        assertThat(list.editSelected()).isTrue();
        assertThat(list.save()).isTrue();

        assertThat(list.rows()).extracting(Row::fullName, Row::title, Row::status, Row::checkedInAt).containsExactly(
                tuple("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "Đã đến", "08:47:12 15/10/2025"),
                tuple("Trần Thị Bình", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Xác nhận dự", ""),
                tuple("Lê Hoàng Cường", "Tổng Giám đốc", "Xác nhận dự", ""),
                tuple("Đỗ Minh Khánh", "Phóng viên", "Đã đến", "08:47:12 15/10/2025"));
        assertThat(list.noticeProperty().get()).isEqualTo("Đã lưu 4 đại biểu; giữ 1 lượt điểm danh và 1 người thêm ở bàn điểm "
                + "danh trong lúc danh sách đang mở");
        assertThat(open().rows()).as("as stored").isEqualTo(list.rows());
    }

    @Test
    void threeDelegatesAddedShowEveryCellWithoutWarningsAndTheCounts() {
        DelegateListViewModel vm = withThree(open());

        assertThat(vm.rows()).containsExactly(
                new Row(1, "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Đắk Lắk", "Lãnh đạo", "1", "Xác nhận dự", ""),
                new Row(2, "Trần Thị Bình", "Giám đốc Sở", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Đơn vị nơi đến", "2",
                        "Xác nhận dự", ""),
                new Row(3, "Lê Hoàng Cường", "Tổng Giám đốc", "Công ty Cổ phần Du lịch Tây Nguyên", "Doanh nghiệp", "",
                        "Xác nhận dự", ""));
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.countsProperty().get()).isEqualTo("Tổng 3 đại biểu: 3 được mời, 3 xác nhận dự, 0 báo vắng, 0 đã đến");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.windowTitle()).startsWith("Đại biểu hội nghị – Hội nghị trao đổi");
    }

    @Test
    void aDuplicateNameAndBodyAndASharedPrecedenceAreWarnedByRowNumber() {
        DelegateListViewModel vm = withThree(open());
        type(vm, "NGUYỄN VĂN AN", "Phó Chủ tịch", "UBND tinh Dak Lak", DelegateGroup.LEADERS, "0");
        vm.add();

        assertThat(vm.warnings()).containsExactly(
                "Đại biểu 1, 4 trùng họ tên và cơ quan: Nguyễn Văn An – UBND tỉnh Đắk Lắk");

        vm.select(2);
        assertThat(vm.fullNameProperty().get()).isEqualTo("Lê Hoàng Cường");
        vm.precedenceProperty().set("2");
        assertThat(vm.editSelected()).isTrue();

        assertThat(vm.rows().get(2).precedence()).isEqualTo("2");
        assertThat(vm.warnings()).containsExactly(
                "Đại biểu 1, 4 trùng họ tên và cơ quan: Nguyễn Văn An – UBND tỉnh Đắk Lắk",
                "Thứ tự lễ tân 2 trùng ở đại biểu 2, 3: Trần Thị Bình; Lê Hoàng Cường");

        vm.select(3);
        assertThat(vm.removeSelected()).isTrue();
        assertThat(vm.rows()).extracting(Row::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường");
        assertThat(vm.warnings()).containsExactly("Thứ tự lễ tân 2 trùng ở đại biểu 2, 3: Trần Thị Bình; Lê Hoàng Cường");
    }

    @Test
    void theDelegationsMembersAreAddedInOneActionOnceOnly() {
        DelegateListViewModel vm = withThree(open());
        List<Member> members = delegation.members();
        assertThat(members).isNotEmpty();

        assertThat(vm.addDelegationMembers()).isTrue();

        assertThat(vm.rows()).hasSize(3 + members.size());
        assertThat(vm.rows().subList(3, vm.rows().size())).extracting(Row::fullName, Row::group)
                .containsExactlyElementsOf(members.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.fullName(),
                        "Thành viên đoàn")).toList());
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã thêm " + members.size() + " thành viên đoàn");
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.addDelegationMembers();
        assertThat(vm.rows()).hasSize(3 + members.size());
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã thêm 0 thành viên đoàn");
    }

    @Test
    void savedThenReopenedShowsTheSameRows() {
        DelegateListViewModel vm = withThree(open());
        assertThat(vm.save()).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã lưu danh sách 3 đại biểu");
        service.checkIn("dl-1");

        DelegateListViewModel reopened = open();

        assertThat(reopened.rows()).extracting(Row::number, Row::fullName, Row::body, Row::precedence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Nguyễn Văn An", "UBND tỉnh Đắk Lắk", "1"),
                org.assertj.core.groups.Tuple.tuple(2, "Trần Thị Bình", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "2"),
                org.assertj.core.groups.Tuple.tuple(3, "Lê Hoàng Cường", "Công ty Cổ phần Du lịch Tây Nguyên", ""));
        // Checked in at 08:47:12 Vietnam time.
        assertThat(reopened.rows().get(0).status()).isEqualTo("Đã đến");
        assertThat(reopened.rows().get(0).checkedInAt()).isEqualTo("08:47:12 15/10/2025");
        assertThat(reopened.dirtyProperty().get()).isFalse();
    }

    @Test
    void problemsAreNamedInVietnameseAndNothingIsStored() {
        DelegateListViewModel vm = withThree(open());
        type(vm, "Phạm Thu Dung", "Phóng viên", "Báo Nhân Dân", DelegateGroup.PRESS, "một");
        assertThat(vm.add()).isFalse();
        assertThat(vm.problems()).containsExactly(
                "Thứ tự ưu tiên: phải là số nguyên từ 0 trở lên (0 là không xếp thứ tự); đang nhập “một”");
        type(vm, "  ", "Phóng viên", "Báo Nhân Dân", DelegateGroup.PRESS, "");
        assertThat(vm.add()).isTrue();

        assertThat(vm.save()).isFalse();

        assertThat(vm.problems()).containsExactly("Đại biểu 4 – Họ và tên: chưa nhập");
        assertThat(vm.noticeProperty().get()).isEqualTo("Chưa lưu được danh sách đại biểu");
        assertThat(service.delegates(7L, DAK_LAK)).isEmpty();

    }

    @Test
    void theSignInSheetIsWrittenToTheChosenFileWithEachNameOnce(@TempDir Path folder) throws IOException {
        DelegateListViewModel vm = withThree(open());
        vm.addDelegationMembers();
        Path chosen = folder.resolve("ky-ten.pdf");
        dialogs.chooseFile(chosen);

        vm.exportSignInSheet();

        assertThat(dialogs.shown("error")).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã ghi " + chosen);
        String text = String.join(" ", PdfPages.text(Files.readAllBytes(chosen))).replaceAll("\\s+", " ");
        assertThat(text).contains("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ");
        for (Delegate d : vm.delegates()) {
            assertThat(occurrences(text, d.fullName())).as(d.fullName()).isEqualTo(1);
        }
    }

    @Test
    void theSeatingWindowOpensOnTheListAsSavedWithTheChairAtTheCentre() {
        DelegateListViewModel vm = withThree(open());

        SeatingViewModel seating = vm.openSeating().orElseThrow();

        assertThat(vm.dirtyProperty().get()).as("saved first").isFalse();
        assertThat(service.delegates(7L, DAK_LAK)).hasSize(3);
        assertThat(seating.windowTitle()).isEqualTo("Sơ đồ chỗ ngồi – " + vm.conference().title());
        assertThat(seating.boxName(Seat.head(3, HallKind.THEATRE))).isEqualTo("Nguyễn Văn An");
        assertThat(seating.boxName(Seat.head(2, HallKind.THEATRE))).isEqualTo("Trần Thị Bình");
        assertThat(seating.boxName(Seat.head(4, HallKind.THEATRE))).as("the head table is for the ranked only").isEmpty();
        assertThat(seating.plan().occupant(new Seat(1, 11, HallKind.THEATRE)).map(Delegate::fullName)).contains("Lê Hoàng Cường");
    }

    @Test
    void theNameCardsHoldTheRankedDelegatesAndTheInvitationsOnePageEach(@TempDir Path folder) throws IOException {
        DelegateListViewModel vm = withThree(open());
        Path cards = folder.resolve("bien-ten.pdf");
        Path invitations = folder.resolve("giay-moi.pdf");
        dialogs.chooseFile(cards);
        dialogs.chooseFile(invitations);

        vm.exportNameCards();
        vm.exportInvitations();

        assertThat(dialogs.shown("error")).isEmpty();
        String cardText = String.join(" ", PdfPages.text(Files.readAllBytes(cards))).replaceAll("\\s+", " ");
        assertThat(cardText).contains("Nguyễn Văn An", "Trần Thị Bình").doesNotContain("Lê Hoàng Cường");
        List<String> pages = PdfPages.text(Files.readAllBytes(invitations));
        assertThat(pages).hasSize(3);
        assertThat(pages.get(2).replaceAll("\\s+", " ")).contains("Lê Hoàng Cường");
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã ghi " + invitations);
    }

    @Test
    void theBadgesOfEveryoneNotDeclinedAreWrittenUnderTheirFileName(@TempDir Path folder) throws IOException {
        DelegateListViewModel vm = withThree(open());
        vm.select(2);
        vm.statusProperty().set(DelegateStatus.DECLINED);
        assertThat(vm.editSelected()).isTrue();
        Path chosen = folder.resolve("the-dai-bieu.pdf");
        dialogs.chooseFile(chosen);

        vm.exportBadges();

        assertThat(dialogs.shown("error")).isEmpty();
        assertThat(dialogs.shown("save")).singleElement().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("The-dai-bieu_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf");
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã ghi " + chosen);
        List<String> pages = PdfPages.text(Files.readAllBytes(chosen));
        assertThat(pages).hasSize(1);
        String text = pages.get(0).replaceAll("\\s+", " ");
        assertThat(occurrences(text, "Nguyễn Văn An")).isEqualTo(1);
        assertThat(occurrences(text, "Trần Thị Bình")).isEqualTo(1);
        assertThat(text).contains("HỘI NGHỊ TRAO ĐỔI", "LÃNH ĐẠO", "ĐƠN VỊ NƠI ĐẾN").doesNotContain("Lê Hoàng Cường");
    }

    private static int occurrences(String text, String name) {
        Matcher matcher = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
