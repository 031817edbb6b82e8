package vn.delegationdesk.delegation.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeCalendarTest {
    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static final List<Leg> LEGS_WITH_A_GAP = List.of(
            new Leg("tỉnh Đắk Lắk", "Buôn Ma Thuột", oct(14), oct(15), ""),
            new Leg("tỉnh Lâm Đồng", "Bình Thuận", oct(18), oct(19), ""));

    private static ProgrammeDay day(LocalDate date) {
        return new ProgrammeDay(date, List.of(new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Di chuyển", "", "",
                TransportMode.CAR, null, "")));
    }

    @Test
    void datesAreTheLegDatesWithoutTheGapPlusProgrammeDaysOutsideThem() {
        assertThat(ProgrammeCalendar.dates(LEGS_WITH_A_GAP, List.of())).containsExactly(oct(14), oct(15), oct(18), oct(19));
        assertThat(ProgrammeCalendar.dates(LEGS_WITH_A_GAP, List.of(day(oct(16)), day(oct(14)), day(oct(21)))))
                .containsExactly(oct(14), oct(15), oct(16), oct(18), oct(19), oct(21));
    }

    @Test
    void everyDateHasItsFourSessionsInOrder() {
        List<Slot> slots = ProgrammeCalendar.slots(List.of(LEGS_WITH_A_GAP.get(0)), List.of());
        assertThat(slots).hasSize(8);
        assertThat(slots.subList(0, 4)).extracting(Slot::halfDay)
                .containsExactly(HalfDay.ALL_DAY, HalfDay.MORNING, HalfDay.AFTERNOON, HalfDay.EVENING);
        assertThat(slots).isSorted();
    }

    @Test
    void activitiesOnADateOutsideEveryLegAreFlagged() {
        List<ProgrammeDay> days = List.of(day(oct(14)), day(oct(16)));
        assertThat(ProgrammeCalendar.outsideLegs(LEGS_WITH_A_GAP, days))
                .containsExactly(new ActivityRef(oct(16), HalfDay.MORNING, 0));
        assertThat(ProgrammeCalendar.legOn(LEGS_WITH_A_GAP, oct(19))).map(Leg::place).contains("tỉnh Lâm Đồng");
        assertThat(ProgrammeCalendar.insideLegs(LEGS_WITH_A_GAP, oct(17))).isFalse();
    }
}
