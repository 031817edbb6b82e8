package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.MemorySeatingRepository;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The seating window's model over seed 000's Đắk Lắk conference: arranged by protocol (precedence 1 at the head table's
 * centre), a move to a taken seat swaps, unseating, the hall's sizes checked by field, a saved plan reopened the same,
 * a delegate removed from the list losing the seat, and the kept plan printed.
 */
class SeatingViewModelTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final Seat HEAD_1 = Seat.head(1, HallKind.THEATRE);
    private static final Seat HEAD_2 = Seat.head(2, HallKind.THEATRE);
    private static final Seat HEAD_3 = Seat.head(3, HallKind.THEATRE);
    private static final Seat ROW_1_CENTRE = new Seat(1, 3, HallKind.THEATRE);
    private final Messages messages = new Messages();
    private final MemoryDelegateRepository delegates = new MemoryDelegateRepository();
    private final MemorySeatingRepository seating = new MemorySeatingRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(delegates, seating,
            new RoleGate(() -> User.everyRole("lan")), Clock.systemUTC());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Delegation delegation = SampleDelegation.create().withId(7L);
    private final List<Delegate> four = DeskSamples.four(DAK_LAK, "dl-");

    private SeatingViewModel open() {
        return open(service);
    }

    private SeatingViewModel open(ConferenceDeskService desk) {
        return new SeatingViewModel(desk.seating(), new ConferenceDeskDocuments(new ConferenceDocumentService(PdfDocumentWriter::new,
                messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults()), dialogs, messages, new DirectTaskRunner(),
                delegation, DAK_LAK);
    }

    /** Four named delegates (one declined) and a small hall: three at the head table, two rows of four. */
    private SeatingViewModel arranged() {
        delegates.saveAll(7L, DAK_LAK, four);
        SeatingViewModel vm = open();
        vm.headSeatsProperty().set("3");
        vm.hallRowsProperty().set("2");
        vm.seatsPerRowProperty().set("4");
        assertThat(vm.arrange()).isTrue();
        return vm;
    }

    @Test
    void withoutAKeptPlanTheListIsArrangedInTheDefaultHallNotYetSaved() {
        List<Delegate> many = new ArrayList<>(four);
        many.addAll(DeskSamples.generated(DAK_LAK, 176));
        delegates.saveAll(7L, DAK_LAK, many);

        SeatingViewModel vm = open();

        assertThat(vm.plan().occupant(HEAD_3).map(Delegate::fullName)).as("precedence 1 at the centre of five").contains(
                "Nguyễn Văn An");
        assertThat(vm.plan().occupant(HEAD_2).map(Delegate::fullName)).contains("Trần Thị Bình");
        assertThat(vm.countsProperty().get()).isEqualTo("Đã xếp 179/179 đại biểu; hội trường 205 chỗ");
        assertThat(vm.headSeatsProperty().get()).isEqualTo("5");
        assertThat(vm.hallRowsProperty().get()).isEqualTo("10");
        assertThat(vm.seatsPerRowProperty().get()).isEqualTo("20");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get()).startsWith("Chưa có sơ đồ nào được lưu");
        assertThat(vm.seats()).hasSize(205);
        assertThat(vm.unseated()).isEmpty();
    }

    @Test
    void arrangingPutsPrecedenceOneAtTheHeadTablesCentreAndNamesTheSeat() {
        SeatingViewModel vm = arranged();

        assertThat(vm.boxName(HEAD_2)).isEqualTo("Nguyễn Văn An");
        assertThat(vm.boxName(HEAD_1)).isEqualTo("Trần Thị Bình");
        assertThat(vm.boxName(HEAD_3)).as("the head table is for the ranked only").isEmpty();
        assertThat(vm.plan().occupant(ROW_1_CENTRE).map(Delegate::fullName)).contains("Phạm Thu Dung");
        assertThat(vm.boxName(new Seat(1, 2, HallKind.THEATRE))).isEmpty();
        assertThat(vm.tooltip(HEAD_2)).isEqualTo("Bàn chủ tọa, ghế 2\nNguyễn Văn An\nPhó Chủ tịch UBND tỉnh, UBND tỉnh Đắk Lắk");
        assertThat(vm.tooltip(new Seat(2, 4, HallKind.THEATRE))).isEqualTo("Hàng 2, ghế 4: ghế trống");
        assertThat(vm.countsProperty().get()).as("the declined delegate is not seated").isEqualTo(
                "Đã xếp 3/3 đại biểu; hội trường 11 chỗ");
        assertThat(vm.seats()).hasSize(11);
    }

    @Test
    void aLongNameIsShortenedInItsBoxAndInFullInTheTooltip() {
        List<Delegate> list = new ArrayList<>();
        String[] ranked = {"Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Thị Đào"};
        for (int i = 0; i < ranked.length; i++) {
            list.add(DeskSamples.delegate("r" + i, DAK_LAK, ranked[i], "UBND tỉnh", DelegateGroup.LEADERS, i + 2));
        }
        list.add(DeskSamples.delegate("long", DAK_LAK, "Nguyễn Thị Thanh Hương", "UBND tỉnh", DelegateGroup.HOSTS, 0));
        list.add(DeskSamples.delegate("head", DAK_LAK, "Nguyễn Thị Thanh Hương", "UBND tỉnh", DelegateGroup.LEADERS, 1));
        delegates.saveAll(7L, DAK_LAK, list);
        SeatingViewModel vm = open();
        Seat inHall = vm.plan().seatOf("long").orElseThrow();

        assertThat(inHall.atHeadTable()).isFalse();
        assertThat(vm.boxName(inHall)).isEqualTo("N.T.T. Hương");
        assertThat(vm.tooltip(inHall)).contains("Nguyễn Thị Thanh Hương");
        assertThat(vm.boxName(HEAD_3)).as("the head table's wider box holds it in two lines").isEqualTo("Nguyễn Thị Thanh Hương");
    }

    @Test
    void aMoveToATakenSeatSwapsAndToAFreeSeatLeavesTheOldOneEmpty() {
        SeatingViewModel vm = arranged();

        assertThat(vm.move("dl-4", HEAD_2)).isTrue();

        assertThat(vm.boxName(HEAD_2)).isEqualTo("Phạm Thu Dung");
        assertThat(vm.plan().occupant(ROW_1_CENTRE).map(Delegate::fullName)).contains("Nguyễn Văn An");
        assertThat(vm.noticeProperty().get()).isEqualTo("Phạm Thu Dung và Nguyễn Văn An đã đổi chỗ cho nhau");
        assertThat(vm.selectedTextProperty().get()).isEqualTo("Đang chọn: Phạm Thu Dung – Bàn chủ tọa, ghế 2");
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.select("dl-1");
        vm.targetProperty().set(new Seat(1, 2, HallKind.THEATRE));
        assertThat(vm.moveSelected()).isTrue();
        assertThat(vm.plan().occupant(new Seat(1, 2, HallKind.THEATRE)).map(Delegate::fullName)).contains("Nguyễn Văn An");
        assertThat(vm.plan().occupant(ROW_1_CENTRE)).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Nguyễn Văn An đã được xếp vào Hàng 1, ghế 2");
    }

    @Test
    void unseatingPutsTheDelegateInTheListWithoutASeatAndBack() {
        SeatingViewModel vm = arranged();

        vm.select("dl-2");
        assertThat(vm.unseatSelected()).isTrue();

        assertThat(vm.boxName(HEAD_1)).isEmpty();
        assertThat(vm.unseated()).extracting(vm::unseatedLine).containsExactly(
                "Trần Thị Bình – Giám đốc Sở, Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk");
        assertThat(vm.selectedTextProperty().get()).isEqualTo("Đang chọn: Trần Thị Bình – chưa có chỗ ngồi");
        assertThat(vm.countsProperty().get()).isEqualTo("Đã xếp 2/3 đại biểu; hội trường 11 chỗ");

        assertThat(vm.move("dl-2", HEAD_2)).as("onto the chair's seat from the list").isTrue();
        assertThat(vm.boxName(HEAD_2)).isEqualTo("Trần Thị Bình");
        assertThat(vm.unseated()).extracting(Delegate::fullName).containsExactly("Nguyễn Văn An");
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Trần Thị Bình đã được xếp vào Bàn chủ tọa, ghế 2; Nguyễn Văn An chuyển sang danh sách chưa có chỗ");
    }

    @Test
    void aSavedPlanReopensWithTheSameSeats() {
        SeatingViewModel vm = arranged();
        vm.move("dl-4", HEAD_2);
        assertThat(vm.save()).isTrue();
        assertThat(vm.noticeProperty().get()).isEqualTo("Đã lưu sơ đồ: 3 đại biểu có chỗ, 0 chưa có chỗ");
        assertThat(vm.dirtyProperty().get()).isFalse();

        SeatingViewModel reopened = open();

        assertThat(reopened.plan().occupants()).isEqualTo(vm.plan().occupants());
        assertThat(reopened.boxName(HEAD_2)).isEqualTo("Phạm Thu Dung");
        assertThat(reopened.headSeatsProperty().get()).isEqualTo("3");
        assertThat(reopened.hallRowsProperty().get()).isEqualTo("2");
        assertThat(reopened.seatsPerRowProperty().get()).isEqualTo("4");
        assertThat(reopened.dirtyProperty().get()).isFalse();
        assertThat(reopened.noticeProperty().get()).isEmpty();
    }

    @Test
    void aDelegateRemovedFromTheListLosesTheSeatAndANewOneWaitsWithoutOne() {
        SeatingViewModel vm = arranged();
        assertThat(vm.save()).isTrue();
        delegates.saveAll(7L, DAK_LAK, List.of(four.get(1), four.get(3), DeskSamples.delegate("dl-5", DAK_LAK, "Võ Văn Hải",
                "UBND tỉnh Đắk Lắk", DelegateGroup.HOSTS, 0)));

        SeatingViewModel reopened = open();

        assertThat(reopened.boxName(HEAD_2)).as("Nguyễn Văn An left the list").isEmpty();
        assertThat(reopened.boxName(HEAD_1)).isEqualTo("Trần Thị Bình");
        assertThat(reopened.unseated()).extracting(Delegate::fullName).containsExactly("Võ Văn Hải");
        assertThat(reopened.noticeProperty().get()).isEqualTo("1 đại biểu trong danh sách chưa có chỗ (mới thêm hoặc đã bỏ chỗ):"
                + " kéo vào ghế trống, hoặc bấm “Xếp tự động theo thứ tự ưu tiên”");

        assertThat(reopened.arrange()).isTrue();
        assertThat(reopened.boxName(HEAD_2)).isEqualTo("Trần Thị Bình");
        assertThat(reopened.unseated()).isEmpty();
    }

    @Test
    void aHallSizeOutOfRangeOrNotANumberIsNamedByItsField() {
        SeatingViewModel vm = arranged();
        vm.headSeatsProperty().set("0");
        vm.hallRowsProperty().set("mười");

        assertThat(vm.arrange()).isFalse();
        assertThat(vm.problems()).containsExactly("Sơ đồ hội trường – Số hàng ghế: phải là số nguyên; đang nhập “mười”");

        vm.hallRowsProperty().set("2");
        vm.hallKindProperty().set(HallKind.TABLES);
        vm.seatsPerRowProperty().set("61");
        assertThat(vm.arrange()).isFalse();
        assertThat(vm.problems()).containsExactly(
                "Sơ đồ hội trường – Số ghế bàn chủ tọa: phải là số nguyên từ 1 đến 40; đang nhập 0",
                "Sơ đồ hội trường – Số ghế mỗi bàn: phải là số nguyên từ 1 đến 60; đang nhập 61");
        assertThat(vm.boxName(HEAD_2)).as("the plan on screen unchanged").isEqualTo("Nguyễn Văn An");
    }

    @Test
    void savingNeedsTheOrganisersRole() {
        delegates.saveAll(7L, DAK_LAK, four);
        ConferenceDeskService readOnly = new ConferenceDeskService(delegates, seating,
                new RoleGate(() -> new User("hoa", java.util.Set.of(Role.FINANCE))), Clock.systemUTC());
        SeatingViewModel vm = open(readOnly);

        assertThat(vm.save()).isFalse();
        assertThat(vm.problems()).singleElement().asString().startsWith("Lưu sơ đồ chỗ ngồi hội nghị: cần vai trò");
        assertThat(seating.find(7L, DAK_LAK)).isEmpty();
    }

    @Test
    void printingSavesFirstAndWritesTheKeptPlan(@TempDir Path folder) throws IOException {
        SeatingViewModel vm = arranged();
        vm.move("dl-4", HEAD_2);
        Path chosen = folder.resolve("so-do.pdf");
        dialogs.chooseFile(chosen);

        vm.print();

        assertThat(vm.dirtyProperty().get()).as("saved first").isFalse();
        String first = PdfPages.text(Files.readAllBytes(chosen)).get(0).replaceAll("\\s+", " ");
        assertThat(first).contains("SƠ ĐỒ BỐ TRÍ CHỖ NGỒI", "BÀN CHỦ TỌA");
        assertThat(first).containsSubsequence("Trần Thị Bình", "Phạm Thu Dung", "Nguyễn Văn An");
    }
}
