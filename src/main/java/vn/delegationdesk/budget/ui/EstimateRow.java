package vn.delegationdesk.budget.ui;

import java.util.Map;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.LineOrigin;

/**
 * One row of the estimate table as shown: a section ("I", its title and subtotal) or a line with its figures
 * already written the Vietnamese way ("66.600.000"). {@code label} names the line in messages ("II.1");
 * {@code computed} holds, for each field the user changed, the value the plan gives.
 */
public record EstimateRow(Kind kind, String key, String sectionKey, String number, String label, String content,
        String unit, String quantity, String times, String unitPrice, String amount, String basis, LineOrigin origin,
        boolean missingPrice, Map<LineField, String> computed) {
    /** Whether a row is a section heading or one of its lines. */
    public enum Kind { SECTION, LINE }

    public EstimateRow {
        computed = Map.copyOf(computed);
    }

    static EstimateRow section(String key, String numeral, String title, String subtotal) {
        return new EstimateRow(Kind.SECTION, key, key, numeral, numeral, title, "", "", "", "", subtotal, "", null, false,
                Map.of());
    }

    public boolean isSection() {
        return kind == Kind.SECTION;
    }

    public boolean isManual() {
        return origin == LineOrigin.MANUAL;
    }

    public boolean isEdited() {
        return origin == LineOrigin.EDITED;
    }

    /** True when the user changed {@code field} of this generated line. */
    public boolean edited(LineField field) {
        return computed.containsKey(field);
    }

    /** The text of a field, as shown and as edited. */
    public String text(LineField field) {
        return switch (field) {
            case CONTENT -> content;
            case UNIT -> unit;
            case QUANTITY -> quantity;
            case TIMES -> times;
            case UNIT_PRICE -> unitPrice;
            case BASIS -> basis;
        };
    }
}
