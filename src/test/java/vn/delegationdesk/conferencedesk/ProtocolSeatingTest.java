package vn.delegationdesk.conferencedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Protocol seating: the head table filled from the centre, the chair's right (the hall's left, the lower seat number)
 * before its left, the even table's chair at the middle-right seat as seen from the hall, the hall's rows front to back,
 * declined delegates never seated, the problems named in Vietnamese, and moving a delegate by hand.
 */
class ProtocolSeatingTest {
    private final Messages messages = new Messages();

    static Delegate delegate(String id, String name, int precedence, DelegateStatus status) {
        return new Delegate(id, "c1", name, "", "", DelegateGroup.LEADERS, precedence, "", true, status, null, "", false);
    }

    static Delegate ranked(int precedence) {
        return delegate("d" + precedence, "Đại biểu " + precedence, precedence, DelegateStatus.CONFIRMED);
    }

    private static List<Delegate> ranked(int from, int to) {
        List<Delegate> list = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            list.add(ranked(p));
        }
        return list;
    }

    private static String at(SeatingPlan plan, Seat seat) {
        return plan.occupant(seat).map(Delegate::id).orElse("");
    }

    @Test
    void aHeadTableOfFiveSeatsPrecedenceOneAtTheCentreTwoOnTheChairsRightThreeOnItsLeftFourAndFiveOutside() {
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(5, 1, 10), ranked(1, 5));

        // Seats numbered left to right as seen from the hall: the chair's right is the hall's left.
        assertThat(plan.seatOf("d1")).hasValue(Seat.head(3, HallKind.THEATRE));
        assertThat(plan.seatOf("d1").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 3");
        assertThat(plan.seatOf("d2").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 2");
        assertThat(plan.seatOf("d3").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 4");
        assertThat(plan.seatOf("d4").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 1");
        assertThat(plan.seatOf("d5").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 5");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unseated()).isEmpty();
    }

    @Test
    void anEvenHeadTableOfSixPutsTheChairAtTheMiddleRightSeatAsSeenFromTheHallAndTheSecondBesideOnTheChairsRight() {
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(6, 1, 10), ranked(1, 6));

        List<String> fromTheHall = plan.layout().headTable().stream().map(seat -> at(plan, seat)).toList();
        assertThat(fromTheHall).containsExactly("d6", "d4", "d2", "d1", "d3", "d5");
        assertThat(plan.seatOf("d1").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 4");
    }

    @Test
    void hallRowsFillFromTheFrontEachFromItsCentreOutAndTheUnrankedComeAfterTheRankedByName() {
        List<Delegate> delegates = new ArrayList<>(ranked(1, 4));
        delegates.add(delegate("u1", "Trần Văn Bình", 0, DelegateStatus.INVITED));
        delegates.add(delegate("u2", "Lê Thị An", 0, DelegateStatus.CONFIRMED));
        delegates.add(delegate("x", "Phạm Văn Vắng", 5, DelegateStatus.DECLINED));
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.tables(1, 2, 4), delegates);

        assertThat(plan.seatOf("d1").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 1");
        // Four seats at a table: centre 3, then 2 (the chair's side), 4, 1.
        assertThat(plan.seatOf("d2").orElseThrow().label()).isEqualTo("Bàn 1, ghế 3");
        assertThat(plan.seatOf("d3").orElseThrow().label()).isEqualTo("Bàn 1, ghế 2");
        assertThat(plan.seatOf("d4").orElseThrow().label()).isEqualTo("Bàn 1, ghế 4");
        // "An" sorts before "Bình": Vietnamese names by the given name.
        assertThat(plan.seatOf("u2").orElseThrow().label()).isEqualTo("Bàn 1, ghế 1");
        assertThat(plan.seatOf("u1").orElseThrow().label()).isEqualTo("Bàn 2, ghế 3");
        assertThat(plan.seatOf("x")).isEmpty();
        assertThat(plan.delegates()).extracting(Delegate::id).doesNotContain("x");
        assertThat(plan.unseated()).isEmpty();
    }

    @Test
    void oneHundredEightyDelegatesInAHeadTableOfFiveAndTenRowsOfTwentyEveryoneOnceInPrecedenceOrderFrontToBack() {
        List<Delegate> delegates = ranked(1, 180);
        java.util.Collections.shuffle(delegates, new java.util.Random(18));
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(5, 10, 20), delegates);

        assertThat(plan.occupants()).hasSize(180);
        assertThat(new HashSet<>(plan.occupants().values())).hasSize(180);
        assertThat(plan.unseated()).isEmpty();
        assertThat(plan.problems()).isEmpty();
        for (int p = 1; p <= 5; p++) {
            assertThat(plan.seatOf("d" + p).orElseThrow().atHeadTable()).as("precedence %d at the head table", p).isTrue();
        }
        // Row r holds precedences 5 + 20(r-1) + 1 ... 5 + 20r: every one of a row ranks before everyone behind it.
        for (Map.Entry<Seat, String> entry : plan.occupants().entrySet()) {
            Seat seat = entry.getKey();
            int precedence = Integer.parseInt(entry.getValue().substring(1));
            if (!seat.atHeadTable()) {
                assertThat(precedence).as(seat.label()).isBetween(5 + 20 * (seat.row() - 1) + 1, 5 + 20 * seat.row());
            }
        }
        assertThat(plan.seatOf("d6").orElseThrow().label()).isEqualTo("Hàng 1, ghế 11");
        assertThat(plan.seatOf("d7").orElseThrow().label()).isEqualTo("Hàng 1, ghế 10");
        assertThat(plan.seatOf("d8").orElseThrow().label()).isEqualTo("Hàng 1, ghế 12");
        // 175 in the hall: eight full rows and fifteen of row 9, whose centre-out order ends 5, 17, 4, 18.
        assertThat(plan.seatOf("d180").orElseThrow().label()).isEqualTo("Hàng 9, ghế 18");
        assertThat(plan.layout().row(10)).allMatch(seat -> plan.occupant(seat).isEmpty());
    }

    @Test
    void moreDelegatesThanSeatsNamesTheHallsCapacityTheListAndWhoIsLeftWithoutASeat() {
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(6, 8, 18), ranked(1, 180));

        assertThat(plan.occupants()).hasSize(150);
        assertThat(plan.unseated()).hasSize(30).first().extracting(Delegate::id).isEqualTo("d151");
        assertThat(messages.describe(plan.problems().get(0))).isEqualTo("delegates: Hội trường có 150 chỗ, danh sách có 180 "
                + "đại biểu dự: 30 người chưa có chỗ (những người xếp cuối theo thứ tự ưu tiên); hãy thêm hàng ghế hoặc bớt "
                + "đại biểu");
    }

    @Test
    void theHeadTableIsForRankedDelegatesOnlyTheUnrankedFillTheHallFromItsFrontCentre() {
        List<Delegate> list = new ArrayList<>(List.of(ranked(1), ranked(2)));
        for (int i = 1; i <= 4; i++) {
            list.add(delegate("u" + i, "Khách " + i, 0, DelegateStatus.CONFIRMED));
        }
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(5, 2, 3), list);

        assertThat(plan.layout().headTable()).extracting(seat -> at(plan, seat)).containsExactly("", "d2", "d1", "", "");
        assertThat(List.of(new Seat(1, 2, HallKind.THEATRE), new Seat(1, 1, HallKind.THEATRE), new Seat(1, 3, HallKind.THEATRE),
                new Seat(2, 2, HallKind.THEATRE))).extracting(seat -> at(plan, seat)).containsExactly("u1", "u2", "u3", "u4");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void unrankedDelegatesBeyondTheHallWaitEvenWithTheHeadTableEmptyAndTheProblemSaysWhy() {
        List<Delegate> list = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            list.add(delegate("u" + i, "Khách " + i, 0, DelegateStatus.CONFIRMED));
        }
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(3, 2, 3), list);

        assertThat(plan.occupants()).hasSize(6);
        assertThat(plan.unseated()).hasSize(2);
        assertThat(messages.describe(plan.problems().get(0))).isEqualTo("delegates: Bàn chủ tọa chỉ dành cho đại biểu có thứ "
                + "tự ưu tiên; hội trường có 6 ghế cho 8 đại biểu còn lại: 2 người chưa có chỗ; hãy thêm hàng ghế hoặc đặt thứ "
                + "tự ưu tiên");
    }

    @Test
    void twoDelegatesWithTheSamePrecedenceAreNamedAndSeatedByName() {
        List<Delegate> delegates = List.of(ranked(1), delegate("b", "Nguyễn Văn Bình", 2, DelegateStatus.CONFIRMED),
                delegate("a", "Trần Thị An", 2, DelegateStatus.CONFIRMED));
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(3, 1, 5), delegates);

        assertThat(plan.problems()).extracting(messages::describe).containsExactly("delegates: Thứ tự ưu tiên 2 được đặt cho 2 "
                + "đại biểu (Trần Thị An, Nguyễn Văn Bình); hãy sửa để mỗi người một thứ tự");
        assertThat(plan.seatOf("a").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 1");
        assertThat(plan.seatOf("b").orElseThrow().label()).isEqualTo("Bàn chủ tọa, ghế 3");
    }

    @Test
    void aLayoutOutOfRangeIsRefusedNamingEachFieldInVietnamese() {
        HallLayout layout = HallLayout.theatre(0, 51, 20);
        assertThat(layout.validate()).extracting(messages::describe).containsExactly(
                "hall.headSeats: Sơ đồ hội trường – Số ghế bàn chủ tọa: phải là số nguyên từ 1 đến 40; đang nhập 0",
                "hall.rows: Sơ đồ hội trường – Số hàng ghế: phải là số nguyên từ 1 đến 50; đang nhập 51");
        assertThat(HallLayout.tables(5, 12, 61).validate()).extracting(messages::describe).containsExactly(
                "hall.seatsPerRow: Sơ đồ hội trường – Số ghế mỗi bàn: phải là số nguyên từ 1 đến 60; đang nhập 61");
        assertThat(HallLayout.theatre(40, 50, 60).validate()).isEmpty();
        assertThat(HallLayout.theatre(40, 50, 60).capacity()).isEqualTo(3040);
        assertThatThrownBy(() -> ProtocolSeating.assign(layout, List.of(ranked(1))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void movingADelegateToATakenSeatSwapsThemAndUnseatingLeavesTheSeatEmpty() {
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(3, 1, 3), ranked(1, 5));
        Seat chair = Seat.head(2, HallKind.THEATRE);
        Seat front = new Seat(1, 2, HallKind.THEATRE);
        assertThat(at(plan, chair)).isEqualTo("d1");
        assertThat(at(plan, front)).isEqualTo("d4");

        SeatingPlan swapped = plan.move("d4", chair);
        assertThat(at(swapped, chair)).isEqualTo("d4");
        assertThat(at(swapped, front)).isEqualTo("d1");
        assertThat(at(plan, chair)).as("the plan it came from is unchanged").isEqualTo("d1");

        SeatingPlan unseated = swapped.unseat("d1");
        assertThat(unseated.occupant(front)).isEmpty();
        assertThat(unseated.unseated()).extracting(Delegate::id).containsExactly("d1");
        Seat empty = new Seat(1, 3, HallKind.THEATRE);
        assertThat(unseated.move("d1", empty).seatOf("d1")).hasValue(empty);
        assertThat(unseated.move("d1", empty).unseated()).isEmpty();

        // Someone without a seat moved to a taken one: its occupant is left without a seat.
        Seat fifth = new Seat(1, 1, HallKind.THEATRE);
        assertThat(at(unseated, fifth)).isEqualTo("d5");
        SeatingPlan back = unseated.move("d1", fifth);
        assertThat(at(back, fifth)).isEqualTo("d1");
        assertThat(back.unseated()).extracting(Delegate::id).containsExactly("d5");
        Set<String> ids = new HashSet<>(back.occupants().values());
        assertThat(ids).hasSize(back.occupants().size());
        assertThatThrownBy(() -> plan.move("d1", new Seat(2, 1, HallKind.THEATRE))).isInstanceOf(IllegalArgumentException.class);
    }
}
