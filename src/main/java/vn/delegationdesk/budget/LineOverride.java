package vn.delegationdesk.budget;

import java.util.EnumSet;
import java.util.Set;

/**
 * The user's changes to one generated line; a null field keeps the computed value, so a line whose
 * quantity was never touched still follows the plan. {@code removed} hides the line.
 */
public record LineOverride(String content, String unit, Long quantity, Long times, Long unitPrice, String basis,
        boolean removed) {
    public static final LineOverride NONE = new LineOverride(null, null, null, null, null, null, false);

    public LineOverride {
        requireNotNegative(quantity);
        requireNotNegative(times);
        requireNotNegative(unitPrice);
    }

    private static void requireNotNegative(Long value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException("negative " + value);
        }
    }

    public boolean isEmpty() {
        return edited().isEmpty() && !removed;
    }

    public Set<LineField> edited() {
        Set<LineField> fields = EnumSet.noneOf(LineField.class);
        if (content != null) {
            fields.add(LineField.CONTENT);
        }
        if (unit != null) {
            fields.add(LineField.UNIT);
        }
        if (quantity != null) {
            fields.add(LineField.QUANTITY);
        }
        if (times != null) {
            fields.add(LineField.TIMES);
        }
        if (unitPrice != null) {
            fields.add(LineField.UNIT_PRICE);
        }
        if (basis != null) {
            fields.add(LineField.BASIS);
        }
        return fields;
    }

    public LineOverride withContent(String value) {
        return new LineOverride(value, unit, quantity, times, unitPrice, basis, removed);
    }

    public LineOverride withUnit(String value) {
        return new LineOverride(content, value, quantity, times, unitPrice, basis, removed);
    }

    public LineOverride withQuantity(Long value) {
        return new LineOverride(content, unit, value, times, unitPrice, basis, removed);
    }

    public LineOverride withTimes(Long value) {
        return new LineOverride(content, unit, quantity, value, unitPrice, basis, removed);
    }

    public LineOverride withUnitPrice(Long value) {
        return new LineOverride(content, unit, quantity, times, value, basis, removed);
    }

    public LineOverride withBasis(String value) {
        return new LineOverride(content, unit, quantity, times, unitPrice, value, removed);
    }

    public LineOverride withRemoved(boolean value) {
        return new LineOverride(content, unit, quantity, times, unitPrice, basis, value);
    }
}
