package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One calendar day of the programme with its activities in order. */
public record ProgrammeDay(LocalDate date, List<Activity> activities) {
    public ProgrammeDay {
        Objects.requireNonNull(date, "date");
        activities = List.copyOf(activities);
    }

    public List<Activity> activitiesIn(HalfDay halfDay) {
        return activities.stream().filter(a -> a.halfDay() == halfDay).toList();
    }
}
