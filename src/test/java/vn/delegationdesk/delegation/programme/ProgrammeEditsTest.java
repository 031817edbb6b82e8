package vn.delegationdesk.delegation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeEditsTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final LocalDate D15 = LocalDate.of(2025, 10, 15);
    private static final LocalDate D16 = LocalDate.of(2025, 10, 16);
    private static final LocalDate D20 = LocalDate.of(2025, 10, 20);

    private static Activity act(HalfDay halfDay, String text) {
        return new Activity(halfDay, ActivityKind.FIELD_VISIT, text, "", "", null, null, "");
    }

    private final List<ProgrammeDay> programme = List.of(
            new ProgrammeDay(D14, List.of(act(HalfDay.MORNING, "bay"),
                    new Activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE, "", "", "", null, "hn-1", ""),
                    act(HalfDay.EVENING, "tối 1"), act(HalfDay.EVENING, "tối 2"), act(HalfDay.EVENING, "tối 3"))),
            new ProgrammeDay(D16, List.of(act(HalfDay.ALL_DAY, "cả ngày"))));

    private static List<String> texts(List<ProgrammeDay> days, LocalDate date, HalfDay halfDay) {
        return days.stream().filter(d -> d.date().equals(date)).flatMap(d -> d.activitiesIn(halfDay).stream())
                .map(Activity::description).toList();
    }

    @Test
    void addCreatesTheDayInDateOrderAndAppendsToTheSession() {
        List<ProgrammeDay> once = ProgrammeEdits.add(programme, D15, act(HalfDay.AFTERNOON, "mới"));
        assertThat(once).extracting(ProgrammeDay::date).containsExactly(D14, D15, D16);
        List<ProgrammeDay> twice = ProgrammeEdits.add(once, D14, act(HalfDay.MORNING, "sáng 2"));
        assertThat(texts(twice, D14, HalfDay.MORNING)).containsExactly("bay", "sáng 2");
        assertThat(twice.get(0).activities()).extracting(Activity::description)
                .containsExactly("bay", "sáng 2", "", "tối 1", "tối 2", "tối 3");
        assertThat(ProgrammeEdits.lastIn(twice, new Slot(D14, HalfDay.MORNING)))
                .isEqualTo(new ActivityRef(D14, HalfDay.MORNING, 1));
        assertThat(programme.get(0).activities()).hasSize(5);
    }

    @Test
    void moveUpAndDownReorderWithinTheSessionOnly() {
        ActivityRef second = new ActivityRef(D14, HalfDay.EVENING, 1);
        assertThat(texts(ProgrammeEdits.moveUp(programme, second), D14, HalfDay.EVENING))
                .containsExactly("tối 2", "tối 1", "tối 3");
        assertThat(texts(ProgrammeEdits.moveDown(programme, second), D14, HalfDay.EVENING))
                .containsExactly("tối 1", "tối 3", "tối 2");
        assertThat(ProgrammeEdits.moveUp(programme, new ActivityRef(D14, HalfDay.EVENING, 0))).isEqualTo(programme);
        assertThat(ProgrammeEdits.moveDown(programme, new ActivityRef(D14, HalfDay.EVENING, 2))).isEqualTo(programme);
    }

    @Test
    void moveToAppendsToTheTargetSessionAndKeepsTheConferenceLink() {
        List<ProgrammeDay> moved = ProgrammeEdits.moveTo(programme, new ActivityRef(D14, HalfDay.AFTERNOON, 0),
                new Slot(D16, HalfDay.ALL_DAY));
        assertThat(texts(moved, D14, HalfDay.AFTERNOON)).isEmpty();
        List<Activity> target = moved.get(1).activitiesIn(HalfDay.ALL_DAY);
        assertThat(target).extracting(Activity::description).containsExactly("cả ngày", "");
        assertThat(target.get(1).conferenceId()).isEqualTo("hn-1");
        assertThat(target.get(1).halfDay()).isEqualTo(HalfDay.ALL_DAY);
    }

    @Test
    void aDayLeftEmptyIsDroppedSoUndoingAnAddGivesTheProgrammeBack() {
        List<ProgrammeDay> added = ProgrammeEdits.add(programme, D20, act(HalfDay.MORNING, "ngoài chặng"));
        assertThat(ProgrammeEdits.remove(added, new ActivityRef(D20, HalfDay.MORNING, 0))).isEqualTo(programme);
        List<ProgrammeDay> emptied = ProgrammeEdits.remove(programme, new ActivityRef(D16, HalfDay.ALL_DAY, 0));
        assertThat(emptied).extracting(ProgrammeDay::date).containsExactly(D14);
    }

    @Test
    void replaceKeepsThePositionOrMovesToTheEndOfAnotherSession() {
        ActivityRef first = new ActivityRef(D14, HalfDay.EVENING, 0);
        assertThat(texts(ProgrammeEdits.replace(programme, first, act(HalfDay.EVENING, "sửa")), D14, HalfDay.EVENING))
                .containsExactly("sửa", "tối 2", "tối 3");
        List<ProgrammeDay> other = ProgrammeEdits.replace(programme, first, act(HalfDay.MORNING, "sửa"));
        assertThat(texts(other, D14, HalfDay.MORNING)).containsExactly("bay", "sửa");
        assertThatThrownBy(() -> ProgrammeEdits.remove(programme, new ActivityRef(D15, HalfDay.MORNING, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheActivityOfAConference() {
        assertThat(ProgrammeEdits.findConference(programme, "hn-1")).contains(new ActivityRef(D14, HalfDay.AFTERNOON, 0));
        assertThat(ProgrammeEdits.findConference(programme, "khac")).isEmpty();
    }
}
