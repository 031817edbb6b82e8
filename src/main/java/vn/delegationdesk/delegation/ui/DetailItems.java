package vn.delegationdesk.delegation.ui;

import java.util.List;
import vn.delegationdesk.platform.ui.SortableText;

/** Display-ready pieces of a delegation's detail, all text already formatted in Vietnamese. */
public final class DetailItems {
    private DetailItems() {
    }

    /** A labelled entry of the overview ({@code key} is its label's bundle key); {@code lines} are shown one below the other. */
    public record Field(String key, String label, List<String> lines) {
        public Field {
            lines = List.copyOf(lines);
        }
    }

    /** A composition group with its seats filled against planned ("12/12 người"). */
    public record Group(String name, String description, String seats, boolean complete, List<QuotaRow> quotas) {
        public Group {
            quotas = List.copyOf(quotas);
        }
    }

    /** A sending unit's seats in a group ("3/3"); {@code complete} when filled equals planned. */
    public record QuotaRow(String unit, String seats, boolean complete) {
    }

    /** One row of the members table. */
    public record MemberRow(
            SortableText index,
            SortableText fullName,
            String role,
            String position,
            String sendingUnit,
            String group,
            String gender,
            SortableText dateOfBirth,
            String phone) {
    }

    /** One day of the programme: "Thứ Ba, 14/10/2025", the place it is spent in, and its activities. */
    public record ProgrammeDay(String header, String place, List<Activity> activities) {
        public ProgrammeDay {
            activities = List.copyOf(activities);
        }
    }

    /** "Buổi sáng", "Di chuyển", what happens, and extra lines (place, host, transport, notes). */
    public record Activity(String halfDay, String kind, String text, List<String> details) {
        public Activity {
            details = List.copyOf(details);
        }
    }

    public record Conference(
            String title,
            String when,
            String venue,
            String standard,
            String delegates,
            String coOrganiser,
            List<AgendaRow> agenda) {
        public Conference {
            agenda = List.copyOf(agenda);
        }
    }

    /** A numbered agenda point ("1."), its content, presenter line and duration, either may be empty. */
    public record AgendaRow(String number, String content, String presenter, String duration) {
    }

    public record Responsibility(
            String unit, String role, boolean lead, List<String> duties, String due, String status) {
        public Responsibility {
            duties = List.copyOf(duties);
        }
    }
}
