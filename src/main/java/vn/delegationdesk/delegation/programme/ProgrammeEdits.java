package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Edits of a programme (a list of {@link ProgrammeDay}), each returning a new list and leaving its input alone.
 *
 * <p>Rules every edit keeps:
 * <ul>
 *   <li>days are sorted by date, one day per date;</li>
 *   <li>a day's activities are grouped by session in {@link ProgrammeCalendar#SESSIONS} order; inside a
 *   session the list order is the user's order (a stable sort, so a day already grouped keeps its order);</li>
 *   <li>an activity keeps its conference link ({@code conferenceId}) wherever it goes;</li>
 *   <li>a day left with no activity is dropped, whether or not it lies inside a leg. The calendar shows every leg
 *   date anyway, so nothing vanishes from the editor; a day outside the legs stops being shown; and adding an
 *   activity then deleting it gives back the programme exactly as it was.</li>
 * </ul>
 * An {@link ActivityRef} that points at nothing is an error of the caller ({@link IllegalArgumentException}).
 */
public final class ProgrammeEdits {
    private ProgrammeEdits() {
    }

    public static Optional<Activity> find(List<ProgrammeDay> days, ActivityRef ref) {
        return days.stream().filter(d -> d.date().equals(ref.date())).findFirst()
                .map(d -> d.activitiesIn(ref.halfDay()))
                .filter(session -> ref.position() < session.size())
                .map(session -> session.get(ref.position()));
    }

    /** The place of the first activity linked to conference {@code conferenceId}. */
    public static Optional<ActivityRef> findConference(List<ProgrammeDay> days, String conferenceId) {
        for (ProgrammeDay day : days) {
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                List<Activity> session = day.activitiesIn(halfDay);
                for (int i = 0; i < session.size(); i++) {
                    if (conferenceId.equals(session.get(i).conferenceId())) {
                        return Optional.of(new ActivityRef(day.date(), halfDay, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The place the last activity of a session has (where {@link #add} and {@link #moveTo} put an activity). */
    public static ActivityRef lastIn(List<ProgrammeDay> days, Slot slot) {
        int count = days.stream().filter(d -> d.date().equals(slot.date())).findFirst()
                .map(d -> d.activitiesIn(slot.halfDay()).size()).orElse(0);
        if (count == 0) {
            throw new IllegalArgumentException("no activity in " + slot);
        }
        return new ActivityRef(slot.date(), slot.halfDay(), count - 1);
    }

    /** Appends {@code activity} to the end of its session ({@code activity.halfDay()}) on {@code date}. */
    public static List<ProgrammeDay> add(List<ProgrammeDay> days, LocalDate date, Activity activity) {
        List<ProgrammeDay> result = new ArrayList<>();
        boolean added = false;
        for (ProgrammeDay day : days) {
            if (day.date().equals(date)) {
                List<Activity> activities = new ArrayList<>(day.activities());
                activities.add(activity);
                result.add(day(date, activities));
                added = true;
            } else {
                result.add(day);
            }
        }
        if (!added) {
            result.add(day(date, List.of(activity)));
        }
        result.sort(Comparator.comparing(ProgrammeDay::date));
        return List.copyOf(result);
    }

    /**
     * Puts {@code activity} in place of the one at {@code ref}. In the same session it keeps its position; given
     * another session it goes to the end of that session on the same date.
     */
    public static List<ProgrammeDay> replace(List<ProgrammeDay> days, ActivityRef ref, Activity activity) {
        requireExists(days, ref);
        if (activity.halfDay() != ref.halfDay()) {
            return add(remove(days, ref), ref.date(), activity);
        }
        return mapSession(days, ref, session -> session.set(ref.position(), activity));
    }

    /** Removes the activity at {@code ref}; its day goes too when nothing is left in it. */
    public static List<ProgrammeDay> remove(List<ProgrammeDay> days, ActivityRef ref) {
        requireExists(days, ref);
        return mapSession(days, ref, session -> session.remove(ref.position()));
    }

    /** One place earlier in its session; the first one stays where it is. */
    public static List<ProgrammeDay> moveUp(List<ProgrammeDay> days, ActivityRef ref) {
        requireExists(days, ref);
        if (ref.position() == 0) {
            return List.copyOf(days);
        }
        return mapSession(days, ref, session -> session.add(ref.position() - 1, session.remove(ref.position())));
    }

    /** One place later in its session; the last one stays where it is. */
    public static List<ProgrammeDay> moveDown(List<ProgrammeDay> days, ActivityRef ref) {
        requireExists(days, ref);
        return mapSession(days, ref, session -> {
            if (ref.position() < session.size() - 1) {
                session.add(ref.position() + 1, session.remove(ref.position()));
            }
        });
    }

    /**
     * Moves the activity at {@code ref} to the end of session {@code target} (same or another day), its
     * session changed to the target's and everything else, the conference link included, kept.
     */
    public static List<ProgrammeDay> moveTo(List<ProgrammeDay> days, ActivityRef ref, Slot target) {
        Activity activity = requireExists(days, ref);
        return add(remove(days, ref), target.date(), inSession(activity, target.halfDay()));
    }

    /** The same activity in another session, its clock times kept (the user sees and corrects them there). */
    public static Activity inSession(Activity a, HalfDay halfDay) {
        return new Activity(halfDay, a.kind(), a.description(), a.place(), a.host(), a.transport(), a.conferenceId(),
                a.notes(), a.startTime(), a.endTime());
    }

    private static Activity requireExists(List<ProgrammeDay> days, ActivityRef ref) {
        return find(days, ref).orElseThrow(() -> new IllegalArgumentException("no activity at " + ref));
    }

    private interface SessionEdit {
        void apply(List<Activity> session);
    }

    /** Applies {@code edit} to the session of {@code ref} (a mutable copy) and rebuilds that day. */
    private static List<ProgrammeDay> mapSession(List<ProgrammeDay> days, ActivityRef ref, SessionEdit edit) {
        List<ProgrammeDay> result = new ArrayList<>();
        for (ProgrammeDay day : days) {
            if (!day.date().equals(ref.date())) {
                result.add(day);
                continue;
            }
            List<Activity> activities = new ArrayList<>();
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                List<Activity> session = new ArrayList<>(day.activitiesIn(halfDay));
                if (halfDay == ref.halfDay()) {
                    edit.apply(session);
                }
                activities.addAll(session);
            }
            if (!activities.isEmpty()) {
                result.add(new ProgrammeDay(day.date(), activities));
            }
        }
        return List.copyOf(result);
    }

    /** A day with its activities grouped by session, keeping the order inside each session. */
    private static ProgrammeDay day(LocalDate date, List<Activity> activities) {
        List<Activity> grouped = new ArrayList<>(activities);
        grouped.sort(Comparator.comparingInt(a -> ProgrammeCalendar.SESSIONS.indexOf(a.halfDay())));
        return new ProgrammeDay(date, grouped);
    }
}
