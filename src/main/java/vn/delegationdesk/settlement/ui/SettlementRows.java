package vn.delegationdesk.settlement.ui;

/** What the settlement page's tables show, as text ready to display; built by the view model. */
public final class SettlementRows {
    private SettlementRows() {
    }

    /** A member, "Cả đoàn" (blank id), a place, an estimate line or nothing to choose in a list. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** "Nguyễn Văn An", "14/10/2025", "PC-0101", "5.000.000". */
    public record AdvanceRow(int index, String recipient, String date, String voucher, String amount) {
    }

    /** A member of the plan or named by the settlement; {@code gone} when no longer in the plan. */
    public record MemberRow(String memberId, String name, boolean gone, String attendance, String stays) {
    }

    public record StayRow(int index, String place, String from, String to) {
    }

    public record LineRow(int index, String kind, String content, String estimateLine, String members, String stop, String nights,
            String flightClass, String entitledFare, String cost, String vouchers) {
    }

    public record VoucherRow(int index, String kind, String number, String date, String supplier, String amount) {
    }

    /** A row of the Bảng kê (a member's or the "Cộng" row), columns as printed. */
    public record SheetRow(String name, String days, String tickets, String vehicles, String perDiem, String lodging,
            String total, String advanced, String toReturn, String toReceive, boolean totals) {
    }

    /** How a line of the estimate against actual fared. */
    public enum Outcome {
        SAVING,
        OVERRUN,
        EVEN
    }

    /** A section heading, a line, an unplanned cost or the total of the estimate against actual. */
    public record ComparisonRow(String label, String estimated, String actual, String difference, String percent,
            Outcome outcome, boolean heading) {
    }

    /**
     * A closing of the books as frozen: "Lần 1", who closed and when, who reopened and when ("" while in force), and its
     * figures: the "Cộng" of column 5, the advances, to return, still to receive, and all that was paid.
     */
    public record ClosingRow(String number, String closed, String reopened, String total, String advanced, String toReturn,
            String toReceive, String paid) {
    }
}
