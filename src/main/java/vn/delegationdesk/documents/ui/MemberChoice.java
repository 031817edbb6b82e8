package vn.delegationdesk.documents.ui;

/** Whose travel orders: every member ({@code memberId} null, "Tất cả thành viên") or one. */
public record MemberChoice(String memberId, String label) {
    public boolean everyone() {
        return memberId == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
