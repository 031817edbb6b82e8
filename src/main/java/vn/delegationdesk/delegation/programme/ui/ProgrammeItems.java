package vn.delegationdesk.delegation.programme.ui;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.Slot;

/** Display-ready pieces of the programme editor, every text already in Vietnamese. */
public final class ProgrammeItems {
    private ProgrammeItems() {
    }

    /**
     * A date of the calendar: "Thứ Ba, 14/10/2025", the place of its leg ("tỉnh Đắk Lắk") or, outside every
     * leg, {@code outsideLegs} with the warning text; its four sessions in order.
     */
    public record Day(LocalDate date, String header, String place, boolean outsideLegs, String warning,
            List<Session> sessions) {
        public Day {
            sessions = List.copyOf(sessions);
        }

        public boolean isEmpty() {
            return sessions.stream().allMatch(s -> s.rows().isEmpty());
        }
    }

    /** A session of a day ("Buổi sáng") with its activities in order; {@code addText} names the add button. */
    public record Session(Slot slot, String label, String addText, List<Row> rows) {
        public Session {
            rows = List.copyOf(rows);
        }
    }

    /**
     * An activity as a row: its kind ("Khảo sát thực tế"), what happens, detail lines (place, host, transport,
     * notes); {@code flagged} when its date is outside every leg, {@code flagText} then says why.
     */
    public record Row(ActivityRef ref, String kind, String description, List<String> details, boolean conference,
            boolean flagged, String flagText, String accessibleText) {
        public Row {
            details = List.copyOf(details);
        }
    }

    /** A place an activity can be moved to: "Thứ Tư, 15/10/2025 – Buổi chiều". */
    public record Target(Slot slot, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
