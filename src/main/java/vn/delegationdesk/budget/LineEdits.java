package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * What typing into one field of an estimate line does to the worksheet:
 * <ul>
 * <li>Số lượng, Số ngày/lần and Đơn giá take whole numbers, not negative, written the Vietnamese way
 * ("2.450.000"); anything else is refused, naming the field and the line.</li>
 * <li>On a computed line the text becomes the user's value of that field; the plan's own value, or nothing,
 * gives the field back to the plan.</li>
 * <li>On an added line the field takes the text; its quantity and times may not be left empty, its price may (not
 * known yet).</li>
 * <li>A figure so large that the line or the total no longer adds up is refused rather than shown wrong.</li>
 * </ul>
 * A refusal is a message key with its arguments (the field named by its column's title), resolved in Vietnamese
 * by the i18n layer; the worksheet is then left as it was.
 */
public final class LineEdits {
    private static final String MANUAL_KEY_PREFIX = "manual.";
    private static final String PRICE_EXAMPLE = "2.450.000";
    private static final String COUNT_EXAMPLE = "37";

    private final Delegation plan;
    private final List<RateSet> rateSets;
    private final Estimate computed;

    /**
     * @param plan     the plan the estimate is computed from; null while there is none (sizes are then not checked)
     * @param rateSets the rate sets the estimate is computed with
     * @param computed the estimate of the same plan without any edit of computed lines, whose values an edit is
     *                 compared with; null while there is none
     */
    public LineEdits(Delegation plan, List<RateSet> rateSets, Estimate computed) {
        this.plan = plan;
        this.rateSets = List.copyOf(rateSets);
        this.computed = computed;
    }

    /** The line typed into: its key, how messages name it ("II.1"), and whether the user added it. */
    public record Line(String key, String label, boolean manual) {
    }

    /** Why a typed value was not taken, as a message key with its arguments. */
    public record Refusal(String messageKey, List<Object> args) {
        public Refusal {
            args = List.copyOf(args);
        }

        static Refusal of(String messageKey, Object... args) {
            return new Refusal(messageKey, List.of(args));
        }
    }

    /** The worksheet after the edit (the same one when nothing changes), or the refusal and no worksheet. */
    public record Outcome(EstimateWorksheet worksheet, Refusal refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** {@code typed} (null reads as empty, blanks around it are dropped) in {@code field} of {@code line}. */
    public Outcome edit(EstimateWorksheet current, Line line, LineField field, String typed) {
        String text = typed == null ? "" : typed.strip();
        Long number = null;
        if (isNumber(field) && !text.isEmpty()) {
            OptionalLong parsed = VietnameseNumbers.parseWhole(text);
            if (parsed.isEmpty()) {
                return refused(notANumber(line, field, text));
            }
            number = parsed.getAsLong();
        } else if (!isNumber(field)) {
            Refusal badText = textProblem(line, field, text);
            if (badText != null) {
                return refused(badText);
            }
        }
        EstimateWorksheet next;
        if (line.manual()) {
            if (text.isEmpty() && (field == LineField.QUANTITY || field == LineField.TIMES)) {
                return refused(notANumber(line, field, text));
            }
            next = editManual(current, line, field, text, number);
        } else {
            next = current.withOverride(line.key(), editComputed(current.override(line.key()), line.key(), field, text, number));
        }
        if (next.equals(current)) {
            return new Outcome(current, null);
        }
        if (!addsUp(next)) {
            return refused(Refusal.of("ui.estimate.error.tooLarge", line.label()));
        }
        return new Outcome(next, null);
    }

    private static Outcome refused(Refusal refusal) {
        return new Outcome(null, refusal);
    }

    private static boolean isNumber(LineField field) {
        return field == LineField.QUANTITY || field == LineField.TIMES || field == LineField.UNIT_PRICE;
    }

    /**
     * A pasted text the store's text policy refuses (a direction override, a control character, too long) is refused
     * here, in the cell, rather than at the save where the user would no longer see which cell it was.
     */
    private static Refusal textProblem(Line line, LineField field, String text) {
        TextLimit limit = switch (field) {
            case CONTENT -> EstimateWorksheetValidator.CONTENT;
            case UNIT -> EstimateWorksheetValidator.UNIT;
            default -> EstimateWorksheetValidator.BASIS;
        };
        List<ValidationError> problems = TextRules.check("", text, limit);
        if (problems.isEmpty()) {
            return null;
        }
        ValidationError problem = problems.get(0);
        return Refusal.of("ui.estimate.error.text", fieldName(field), line.label(), new Phrase(problem.messageKey(), problem.args()));
    }

    private static Refusal notANumber(Line line, LineField field, String text) {
        String example = field == LineField.UNIT_PRICE ? PRICE_EXAMPLE : COUNT_EXAMPLE;
        return Refusal.of("ui.estimate.error.number", fieldName(field), line.label(), example, text);
    }

    /** The field as its column is titled ("Số lượng"). */
    private static Phrase fieldName(LineField field) {
        return Phrase.of(switch (field) {
            case CONTENT -> "ui.estimate.column.content";
            case UNIT -> "ui.estimate.column.unit";
            case QUANTITY -> "ui.estimate.column.quantity";
            case TIMES -> "ui.estimate.column.times";
            case UNIT_PRICE -> "ui.estimate.column.unitPrice";
            case BASIS -> "ui.estimate.column.basis";
        });
    }

    /** The edit of one field of a computed line; the plan's own value (or an empty text) drops the edit. */
    private LineOverride editComputed(LineOverride edit, String key, LineField field, String text, Long number) {
        BudgetLine planned = computed == null ? null : computed.line(key).orElse(null);
        return switch (field) {
            case CONTENT -> edit.withContent(textOrNull(text, planned == null ? null : planned.content()));
            case UNIT -> edit.withUnit(textOrNull(text, planned == null ? null : planned.unit()));
            case BASIS -> edit.withBasis(textOrNull(text, planned == null ? null : planned.basis()));
            case QUANTITY -> edit.withQuantity(numberOrNull(number, planned == null ? null : planned.quantity()));
            case TIMES -> edit.withTimes(numberOrNull(number, planned == null ? null : planned.times()));
            case UNIT_PRICE -> edit.withUnitPrice(numberOrNull(number, planned == null ? null : planned.unitPrice()));
        };
    }

    private static String textOrNull(String text, String planned) {
        return text.isEmpty() || text.equals(planned) ? null : text;
    }

    private static Long numberOrNull(Long number, Long planned) {
        return number == null || number.equals(planned) ? null : number;
    }

    private static EstimateWorksheet editManual(EstimateWorksheet current, Line line, LineField field, String text,
            Long number) {
        String id = line.key().substring(MANUAL_KEY_PREFIX.length());
        List<ManualLine> lines = new ArrayList<>();
        for (ManualLine m : current.manualLines()) {
            if (!m.id().equals(id)) {
                lines.add(m);
                continue;
            }
            lines.add(switch (field) {
                case CONTENT -> new ManualLine(m.id(), m.sectionKey(), text, m.unit(), m.quantity(), m.times(), m.unitPrice(),
                        m.basis());
                case UNIT -> new ManualLine(m.id(), m.sectionKey(), m.content(), text, m.quantity(), m.times(), m.unitPrice(),
                        m.basis());
                case QUANTITY -> new ManualLine(m.id(), m.sectionKey(), m.content(), m.unit(), number, m.times(), m.unitPrice(),
                        m.basis());
                case TIMES -> new ManualLine(m.id(), m.sectionKey(), m.content(), m.unit(), m.quantity(), number, m.unitPrice(),
                        m.basis());
                case UNIT_PRICE -> new ManualLine(m.id(), m.sectionKey(), m.content(), m.unit(), m.quantity(), m.times(), number,
                        m.basis());
                case BASIS -> new ManualLine(m.id(), m.sectionKey(), m.content(), m.unit(), m.quantity(), m.times(),
                        m.unitPrice(), text);
            });
        }
        return current.withManualLines(lines);
    }

    /** Whether every line and the total of the estimate with {@code next} still fit; always so without a plan. */
    private boolean addsUp(EstimateWorksheet next) {
        if (plan == null) {
            return true;
        }
        try {
            EstimateCalculator.compute(plan, next, rateSets).total();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
