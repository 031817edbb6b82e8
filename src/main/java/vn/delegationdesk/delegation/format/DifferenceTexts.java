package vn.delegationdesk.delegation.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * A value of a {@link vn.delegationdesk.delegation.DelegationDiff} in words, as the save-conflict dialog and the revision
 * comparison show it: dates in Vietnamese, enums by their label, "có"/"không", decimals with a comma, lists joined by
 * "; ", and an empty value said as such.
 */
public final class DifferenceTexts {
    private final Messages messages;
    private final EnumLabels enums;

    public DifferenceTexts(Messages messages) {
        this.messages = messages;
        this.enums = new EnumLabels(messages);
    }

    /** {@code value} in words; "(để trống)" when it is empty. */
    public String value(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof LocalDate date) {
            text = VietnameseDates.format(date);
        } else if (value instanceof Enum<?> constant) {
            text = enums.label(constant);
        } else if (value instanceof Boolean yes) {
            text = messages.get(yes ? "ui.version.yes" : "ui.version.no");
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString().replace('.', ',');
        } else if (value instanceof Collection<?> items) {
            text = String.join("; ", items.stream().map(this::value).toList());
        } else {
            text = String.valueOf(value);
        }
        return text.isBlank() ? messages.get("ui.version.blank") : text;
    }
}
