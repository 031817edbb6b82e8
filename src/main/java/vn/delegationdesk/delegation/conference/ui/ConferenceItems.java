package vn.delegationdesk.delegation.conference.ui;

/** Display-ready pieces of the conference editor. */
public final class ConferenceItems {
    private ConferenceItems() {
    }

    /** A conference in the list: its title (or "(Hội nghị chưa có tên)") and "Thứ Ba, 14/10/2025 – Buổi chiều". */
    public record Row(String id, String title, String when) {
    }

    /** One agenda point as the table shows and edits it; {@code duration} is the minutes as typed ("30"), or empty. */
    public record AgendaRow(int index, String number, String content, String presenter, String duration) {
    }
}
