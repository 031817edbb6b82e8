package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;

/**
 * The rules a settlement obeys before it is computed or stored, each problem a {@link ValidationError} at its path
 * ({@code outcomes[2].stays[0].to}) whose message names the field in Vietnamese (its first argument, a {@link Phrase}
 * "settlement.field.*"): certified dates outside the trip or a departure from a stop before the arrival at it, a
 * voucher dated after the settlement, negative amounts or amounts above {@link #MAX_AMOUNT}, totals that would not
 * fit ({@link Math#addExact}), a voucher number used twice by the same supplier, a room for more than two, and every
 * text within the text rules and its column's width ({@link SettlementLimits}). An empty list means valid.
 *
 * <p>Someone the settlement names who is no longer in the plan is not refused: an advance paid to a member deleted
 * since must be kept, so the calculator keeps them on the sheet, marked, with their whole advance to return, and warns
 * ({@code settlement.warning.memberGone}). Refusing would leave the clerk unable to save anything else.
 */
public final class SettlementValidator {
    /** The largest single amount accepted, in đồng (one thousand billion): far above any trip, far below overflow. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Delegation delegation;
    private final Settlement settlement;
    private final Map<String, Member> members = new HashMap<>();
    private final Set<String> places = new HashSet<>();
    private final List<ValidationError> errors = new ArrayList<>();
    private long total;
    private boolean overflow;

    private SettlementValidator(Delegation delegation, Settlement settlement) {
        this.delegation = delegation;
        this.settlement = settlement;
        delegation.members().forEach(m -> members.put(m.id(), m));
        delegation.legs().forEach(leg -> places.add(leg.place()));
    }

    public static List<ValidationError> validate(Delegation delegation, Settlement settlement) {
        SettlementValidator validator = new SettlementValidator(delegation, settlement);
        validator.advances();
        validator.outcomes();
        validator.lines();
        if (validator.overflow) {
            validator.errors.add(ValidationError.of("lines", "validation.settlement.totalOverflow",
                    Phrase.of("settlement.field.total")));
        }
        return validator.errors;
    }

    private void advances() {
        for (int i = 0; i < settlement.advances().size(); i++) {
            Advance advance = settlement.advances().get(i);
            String path = "advances[" + i + "]";
            amount(path + ".amount", Phrase.of("settlement.field.advanceAmount", i + 1), advance.amount());
            text(path + ".memberId", advance.memberId(), SettlementLimits.ADVANCE_MEMBER,
                    Phrase.of("settlement.field.advanceMember", i + 1));
            text(path + ".voucherNumber", advance.voucherNumber(), SettlementLimits.ADVANCE_VOUCHER,
                    Phrase.of("settlement.field.advanceVoucher", i + 1));
        }
    }

    private void outcomes() {
        Set<String> seen = new HashSet<>();
        LocalDate start = delegation.firstDate().orElse(null);
        LocalDate end = delegation.lastDate().orElse(null);
        for (int i = 0; i < settlement.outcomes().size(); i++) {
            MemberOutcome outcome = settlement.outcomes().get(i);
            String path = "outcomes[" + i + "]";
            String who = who(outcome.memberId());
            Phrase field = Phrase.of("settlement.field.outcome", who);
            text(path + ".memberId", outcome.memberId(), SettlementLimits.OUTCOME_MEMBER, field);
            text(path + ".replacementId", outcome.replacementId(), SettlementLimits.REPLACEMENT,
                    Phrase.of("settlement.field.replacement", who));
            if (!seen.add(outcome.memberId())) {
                errors.add(ValidationError.of(path + ".memberId", "validation.settlement.duplicateOutcome", field));
            }
            if (outcome.attendance() == Attendance.REPLACED) {
                Phrase replacement = Phrase.of("settlement.field.replacement", who);
                if (outcome.replacementId().isEmpty()) {
                    errors.add(ValidationError.of(path + ".replacementId", "validation.settlement.required", replacement));
                } else if (!members.containsKey(outcome.replacementId())) {
                    errors.add(ValidationError.of(path + ".replacementId", "validation.settlement.unknownReplacement",
                            replacement, outcome.replacementId()));
                }
            }
            for (int s = 0; s < outcome.stays().size(); s++) {
                stay(path + ".stays[" + s + "]", who, s + 1, outcome.stays().get(s), start, end);
            }
        }
    }

    private void stay(String path, String who, int number, CertifiedStay stay, LocalDate start, LocalDate end) {
        Phrase from = Phrase.of("settlement.field.stayFrom", who, number);
        Phrase to = Phrase.of("settlement.field.stayTo", who, number);
        Phrase place = Phrase.of("settlement.field.stayPlace", who, number);
        text(path + ".place", stay.place(), SettlementLimits.STAY_PLACE, place);
        if (!places.contains(stay.place())) {
            errors.add(ValidationError.of(path + ".place", "validation.settlement.stayNoLeg", place, stay.place()));
        }
        if (stay.to().isBefore(stay.from())) {
            errors.add(ValidationError.of(path + ".to", "validation.settlement.stayOrder", to, DAY.format(stay.from()),
                    DAY.format(stay.to())));
        }
        if (start == null || end == null) {
            errors.add(ValidationError.of(path + ".from", "validation.settlement.noTripDates", from));
            return;
        }
        outsideTrip(path + ".from", from, stay.from(), start, end);
        outsideTrip(path + ".to", to, stay.to(), start, end);
    }

    private void outsideTrip(String path, Phrase field, LocalDate date, LocalDate start, LocalDate end) {
        if (date.isBefore(start) || date.isAfter(end)) {
            errors.add(ValidationError.of(path, "validation.settlement.stayOutsideTrip", field, DAY.format(date),
                    DAY.format(start), DAY.format(end)));
        }
    }

    private void lines() {
        Map<String, Integer> vouchers = new HashMap<>();
        for (int i = 0; i < settlement.lines().size(); i++) {
            ActualLine line = settlement.lines().get(i);
            String path = "lines[" + i + "]";
            int number = i + 1;
            amount(path + ".cost", Phrase.of("settlement.field.lineCost", number), line.cost());
            text(path + ".estimateKey", line.estimateKey(), SettlementLimits.LINE_KEY,
                    Phrase.of("settlement.field.lineKey", number));
            text(path + ".content", line.content(), SettlementLimits.LINE_CONTENT,
                    Phrase.of("settlement.field.lineContent", number));
            text(path + ".stop", line.stop(), SettlementLimits.LINE_STOP, Phrase.of("settlement.field.lineStop", number));
            if (line.entitledFare() != null) {
                amount(path + ".entitledFare", Phrase.of("settlement.field.lineFare", number), line.entitledFare());
            }
            lineMembers(path, number, line);
            if (line.kind() == ExpenseKind.ROOM) {
                if (line.nights() < 1) {
                    errors.add(ValidationError.of(path + ".nights", "validation.settlement.nights",
                            Phrase.of("settlement.field.lineNights", number), line.nights()));
                }
                if (!places.contains(line.stop())) {
                    errors.add(ValidationError.of(path + ".stop", "validation.settlement.stayNoLeg",
                            Phrase.of("settlement.field.lineStop", number), line.stop()));
                }
            }
            for (int v = 0; v < line.vouchers().size(); v++) {
                voucher(path + ".vouchers[" + v + "]", number, v + 1, line.vouchers().get(v), vouchers);
            }
        }
    }

    private void lineMembers(String path, int number, ActualLine line) {
        Phrase field = Phrase.of("settlement.field.lineMembers", number);
        if (line.kind() != ExpenseKind.DIRECT && line.memberIds().isEmpty()) {
            errors.add(ValidationError.of(path + ".memberIds", "validation.settlement.required", field));
        }
        if (line.kind() == ExpenseKind.ROOM && line.memberIds().size() > 2) {
            errors.add(ValidationError.of(path + ".memberIds", "validation.settlement.roomTooMany", field,
                    line.memberIds().size()));
        }
        for (int m = 0; m < line.memberIds().size(); m++) {
            String id = line.memberIds().get(m);
            text(path + ".memberIds[" + m + "]", id, SettlementLimits.LINE_MEMBER, field);
        }
    }

    private void voucher(String path, int line, int number, Voucher voucher, Map<String, Integer> seen) {
        amount(path + ".amount", Phrase.of("settlement.field.voucherAmount", line, number), voucher.amount());
        if (voucher.date().isAfter(settlement.settlementDate())) {
            errors.add(ValidationError.of(path + ".date", "validation.settlement.voucherAfterSettlement",
                    Phrase.of("settlement.field.voucherDate", line, number), DAY.format(voucher.date()),
                    DAY.format(settlement.settlementDate())));
        }
        Phrase numberField = Phrase.of("settlement.field.voucherNumber", line, number);
        text(path + ".number", voucher.number(), SettlementLimits.VOUCHER_NUMBER, numberField);
        text(path + ".supplier", voucher.supplier(), SettlementLimits.VOUCHER_SUPPLIER,
                Phrase.of("settlement.field.voucherSupplier", line, number));
        if (voucher.number().isEmpty()) {
            errors.add(ValidationError.of(path + ".number", "validation.settlement.required", numberField));
            return;
        }
        String key = voucher.supplier().toLowerCase(Locale.ROOT) + "\u0000" + voucher.number().toLowerCase(Locale.ROOT);
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            errors.add(ValidationError.of(path + ".number", "validation.settlement.duplicateVoucher", numberField,
                    voucher.number(), voucher.supplier(), first));
        }
    }

    private void amount(String path, Phrase field, long amount) {
        if (amount < 0) {
            errors.add(ValidationError.of(path, "validation.settlement.negative", field, amount));
        } else if (amount > MAX_AMOUNT) {
            errors.add(ValidationError.of(path, "validation.settlement.tooLarge", field, amount, MAX_AMOUNT));
        }
        try {
            total = Math.addExact(total, Math.abs(amount));
        } catch (ArithmeticException e) {
            overflow = true;
        }
    }

    /** The text rules and the column's width ({@link SettlementLimits}), each problem named by its field. */
    private void text(String path, String value, TextLimit limit, Phrase field) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", field, new Phrase(problem.messageKey(), problem.args())));
        }
    }

    /** The member's name for the field labels, or the id of someone no longer in the plan. */
    private String who(String memberId) {
        Member member = members.get(memberId);
        return member == null ? memberId : member.fullName();
    }

}
