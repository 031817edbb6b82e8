package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * Something done that carries out a task: a delegation of the app ({@code delegationId}; its dates and members come
 * from the delegation) or an event with its date, place or link, units, participants and quantity (1 session, 12
 * pages, 3 clips). {@code delegationId} is null for an event, and for a delegation that was deleted since it was linked.
 *
 * @param id stable within the plan ("a-12"), so that a report and a return file name the same activity
 * @param taskId the id of the task it carries out
 */
public record PlanActivity(String id, String taskId, ActivityKind kind, String title, LocalDate date, String place,
        String units, int participants, long quantity, Long delegationId, String result) {
    public PlanActivity {
        id = Texts.clean(id);
        taskId = Texts.clean(taskId);
        Objects.requireNonNull(kind, "kind");
        title = Texts.clean(title);
        place = Texts.clean(place);
        units = Texts.clean(units);
        result = Texts.clean(result);
    }

    /** An event (not a delegation) of one occurrence. */
    public static PlanActivity event(String id, String taskId, ActivityKind kind, String title, LocalDate date, String place) {
        return new PlanActivity(id, taskId, kind, title, date, place, "", 0, 1, null, "");
    }

    /** A delegation of the app carrying out {@code taskId}. */
    public static PlanActivity delegation(String id, String taskId, long delegationId, String title) {
        return new PlanActivity(id, taskId, ActivityKind.DELEGATION, title, null, "", "", 0, 1, delegationId, "");
    }

    public boolean isDelegation() {
        return kind == ActivityKind.DELEGATION;
    }
}
