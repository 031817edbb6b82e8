package vn.delegationdesk.settlement.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.ComparedLine;
import vn.delegationdesk.settlement.ComparedSection;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.Disallowance;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.ExpenseKind;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.SettlementWarning;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.ui.SettlementRows.AdvanceRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.ComparisonRow;
import vn.delegationdesk.settlement.ui.SettlementRows.LineRow;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Outcome;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementRows.StayRow;
import vn.delegationdesk.settlement.ui.SettlementRows.VoucherRow;

/**
 * What the settlement page shows of a computed settlement: the rows of its tables as Vietnamese text, amounts as
 * "1.200.000", dates as "14/10/2025", and the choices its lists offer. Rebuilt on every edit; knows no control.
 */
final class SettlementShown {
    private final Messages messages;
    private final ObservableList<AdvanceRow> advances = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<StayRow> stays = FXCollections.observableArrayList();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<VoucherRow> vouchers = FXCollections.observableArrayList();
    private final ObservableList<SheetRow> sheet = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> disallowed = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<Choice> recipientChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> memberChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> placeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> estimateChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheetWords = new ReadOnlyStringWrapper(this, "sheetWords", "");
    private final ReadOnlyStringWrapper comparisonTotal = new ReadOnlyStringWrapper(this, "comparisonTotal", "");
    private final ReadOnlyStringWrapper comparisonWords = new ReadOnlyStringWrapper(this, "comparisonWords", "");
    private Map<String, String> names = Map.of();

    SettlementShown(Messages messages) {
        this.messages = messages;
    }

    void clear() {
        for (ObservableList<?> list : List.of(advances, members, stays, lines, vouchers, sheet, warnings, disallowed, problems,
                comparison, recipientChoices, memberChoices, placeChoices, estimateChoices)) {
            list.clear();
        }
        sheetWords.set("");
        comparisonTotal.set("");
        comparisonWords.set("");
        names = Map.of();
    }

    void show(SettlementReview review, List<String> found) {
        Settlement s = review.settlement();
        Delegation plan = review.delegation();
        Map<String, String> known = new HashMap<>();
        review.sheet().members().forEach(m -> known.put(m.memberId(), m.fullName().isEmpty() ? m.memberId() : m.fullName()));
        plan.members().forEach(m -> known.put(m.id(), m.fullName()));
        names = known;
        showChoices(review);
        List<AdvanceRow> advanceRows = new ArrayList<>();
        for (int i = 0; i < s.advances().size(); i++) {
            Advance a = s.advances().get(i);
            advanceRows.add(new AdvanceRow(i, a.toMember() ? name(a.memberId()) : messages.get("ui.settlement.advance.delegation"),
                    VietnameseDates.format(a.date()), a.voucherNumber(), VietnameseNumbers.format(a.amount())));
        }
        setIfChanged(advances, advanceRows);
        List<MemberRow> memberRows = new ArrayList<>();
        for (MemberSettlement m : review.sheet().members()) {
            Optional<MemberOutcome> outcome = s.outcome(m.memberId());
            memberRows.add(new MemberRow(m.memberId(), name(m.memberId()), !m.inDelegation(), attendance(outcome),
                    outcome.map(o -> o.stays().isEmpty() ? "" : messages.get("ui.settlement.member.stays", o.stays().size(), m.days()))
                            .orElse("")));
        }
        setIfChanged(members, memberRows);
        List<LineRow> lineRows = new ArrayList<>();
        for (int i = 0; i < s.lines().size(); i++) {
            ActualLine l = s.lines().get(i);
            lineRows.add(new LineRow(i, label(l.kind()), l.content(), estimateLabel(l.estimateKey()),
                    String.join(", ", l.memberIds().stream().map(this::name).toList()), l.stop(),
                    l.kind() == ExpenseKind.ROOM ? Integer.toString(l.nights()) : "",
                    l.flightClass() == null ? "" : l.flightClass().label(), VietnameseNumbers.format(l.entitledFare()),
                    VietnameseNumbers.format(l.cost()), Integer.toString(l.vouchers().size())));
        }
        setIfChanged(lines, lineRows);
        showSheet(review);
        setIfChanged(warnings, review.sheet().warnings().stream().map(this::warning).toList());
        setIfChanged(disallowed, review.sheet().disallowances().stream().map(this::disallowance).toList());
        setIfChanged(problems, found);
        showComparison(review.comparison());
    }

    /** The stays of {@code memberId} and the vouchers of the line {@code lineIndex}, as selected. */
    void showSelected(Settlement s, String memberId, int lineIndex) {
        List<StayRow> stayRows = new ArrayList<>();
        List<VoucherRow> voucherRows = new ArrayList<>();
        if (s != null) {
            List<CertifiedStay> certified = s.outcome(memberId).map(MemberOutcome::stays).orElse(List.of());
            for (int i = 0; i < certified.size(); i++) {
                CertifiedStay c = certified.get(i);
                stayRows.add(new StayRow(i, c.place(), VietnameseDates.format(c.from()), VietnameseDates.format(c.to())));
            }
            if (lineIndex >= 0 && lineIndex < s.lines().size()) {
                List<Voucher> held = s.lines().get(lineIndex).vouchers();
                for (int i = 0; i < held.size(); i++) {
                    Voucher v = held.get(i);
                    voucherRows.add(new VoucherRow(i, label(v.kind()), v.number(), VietnameseDates.format(v.date()), v.supplier(),
                            VietnameseNumbers.format(v.amount())));
                }
            }
        }
        setIfChanged(stays, stayRows);
        setIfChanged(vouchers, voucherRows);
    }

    private void showChoices(SettlementReview review) {
        List<Choice> members = new ArrayList<>();
        for (Member m : review.delegation().members()) {
            members.add(new Choice(m.id(), m.fullName()));
        }
        for (MemberSettlement m : review.sheet().members()) {
            if (!m.inDelegation()) {
                members.add(new Choice(m.memberId(), messages.get("ui.settlement.member.gone", name(m.memberId()))));
            }
        }
        List<Choice> recipients = new ArrayList<>();
        recipients.add(new Choice("", messages.get("ui.settlement.advance.delegation")));
        recipients.addAll(members);
        setIfChanged(recipientChoices, recipients);
        List<Choice> anyone = new ArrayList<>();
        anyone.add(new Choice("", messages.get("ui.settlement.member.none")));
        anyone.addAll(members);
        setIfChanged(memberChoices, anyone);
        List<Choice> places = new ArrayList<>();
        for (Leg leg : review.delegation().legs()) {
            if (places.stream().noneMatch(p -> p.id().equals(leg.place()))) {
                places.add(new Choice(leg.place(), leg.place()));
            }
        }
        setIfChanged(placeChoices, places);
        List<Choice> estimateLines = new ArrayList<>();
        estimateLines.add(new Choice("", messages.get("ui.settlement.line.unplanned")));
        if (review.estimate() != null) {
            for (EstimateSection section : review.estimate().sections()) {
                for (BudgetLine line : section.lines()) {
                    estimateLines.add(new Choice(line.key(), section.numeral() + ". " + line.content()));
                }
            }
        }
        setIfChanged(estimateChoices, estimateLines);
    }

    private void showSheet(SettlementReview review) {
        List<SheetRow> rows = new ArrayList<>();
        for (MemberSettlement m : review.sheet().members()) {
            String name = name(m.memberId());
            if (!m.inDelegation()) {
                name = messages.get("ui.settlement.member.gone", name);
            } else if (m.attendance() != Attendance.WENT) {
                name = messages.get("ui.settlement.member.notTravelled", name);
            }
            rows.add(new SheetRow(name, Long.toString(m.days()), money(m.tickets()), money(m.vehicles()), money(m.perDiem()),
                    money(m.lodging()), money(m.total()), money(m.advanced()), money(m.toReturn()), money(m.toReceive()), false));
        }
        SettlementTotals t = review.sheet().totals();
        rows.add(new SheetRow(messages.get("ui.settlement.sheet.totals"), "", money(t.tickets()), money(t.vehicles()), money(t.perDiem()),
                money(t.lodging()), money(t.total()), money(t.advanced()), money(t.toReturn()), money(t.toReceive()), true));
        setIfChanged(sheet, rows);
        sheetWords.set(messages.get("ui.settlement.sheet.words", AmountInWords.of(t.total())));
    }

    private void showComparison(EstimateComparison c) {
        List<ComparisonRow> rows = new ArrayList<>();
        if (c != null) {
            for (ComparedSection section : c.sections()) {
                rows.add(row(section.numeral() + ". " + section.title(), section.estimated(), section.actual(), section.difference(),
                        section.percent(), true));
                for (ComparedLine line : section.lines()) {
                    rows.add(row(line.content(), line.estimated() == null ? null : line.estimated(), line.actual(), line.difference(),
                            line.percent(), false));
                }
            }
            if (!c.unplanned().isEmpty()) {
                rows.add(row(messages.get("ui.settlement.comparison.unplanned"), 0L, unplannedTotal(c.unplanned()),
                        unplannedTotal(c.unplanned()), Optional.empty(), true));
                for (ComparedLine line : c.unplanned()) {
                    rows.add(row(line.content(), null, line.actual(), line.difference(), Optional.empty(), false));
                }
            }
            rows.add(row(messages.get("ui.settlement.comparison.total"), c.estimated(), c.actual(), c.difference(), c.percent(), true));
            comparisonTotal.set(messages.get("ui.settlement.comparison.summary", money(c.estimated()), money(c.actual()),
                    signed(c.difference()), c.percent().map(this::percent).orElse("–")));
            comparisonWords.set(messages.get("ui.settlement.comparison.words", AmountInWords.of(c.estimated()),
                    AmountInWords.of(c.actual())));
        } else {
            comparisonTotal.set("");
            comparisonWords.set("");
        }
        setIfChanged(comparison, rows);
    }

    private ComparisonRow row(String label, Long estimated, long actual, long difference, Optional<BigDecimal> percent,
            boolean heading) {
        Outcome outcome = difference > 0 ? Outcome.OVERRUN : difference < 0 ? Outcome.SAVING : Outcome.EVEN;
        return new ComparisonRow(label, estimated == null ? messages.get("ui.settlement.comparison.noPrice") : money(estimated),
                money(actual), signed(difference), percent.map(this::percent).orElse(""), outcome, heading);
    }

    private String percent(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString().replace('.', ',') + " %";
    }

    private static String signed(long value) {
        return (value > 0 ? "+" : "") + VietnameseNumbers.format(value);
    }

    private static String money(long value) {
        return VietnameseNumbers.format(value);
    }

    private String warning(SettlementWarning w) {
        return messages.get(w.messageKey(), w.args().toArray());
    }

    private String disallowance(Disallowance d) {
        return messages.get("ui.settlement.disallowed", d.lineIndex() + 1, d.content(), VietnameseNumbers.format(d.amount()),
                messages.get(d.ruleKey(), d.args().toArray()));
    }

    private String attendance(Optional<MemberOutcome> outcome) {
        if (outcome.isEmpty()) {
            return messages.get("ui.settlement.attendance.WENT");
        }
        MemberOutcome o = outcome.get();
        return o.attendance() == Attendance.REPLACED && !o.replacementId().isEmpty()
                ? messages.get("ui.settlement.attendance.replacedBy", name(o.replacementId())) : label(o.attendance());
    }

    private String estimateLabel(String key) {
        if (key.isEmpty()) {
            return messages.get("ui.settlement.line.unplanned");
        }
        return estimateChoices.stream().filter(c -> c.id().equals(key)).map(Choice::label).findFirst().orElse(key);
    }

    String name(String memberId) {
        return names.getOrDefault(memberId, memberId);
    }

    String label(Enum<?> value) {
        if (value instanceof FlightClass flown) {
            return flown.label();
        }
        String key = value instanceof Attendance a ? switch (a) {
            case WENT -> "ui.settlement.attendance.WENT";
            case WITHDREW -> "ui.settlement.attendance.WITHDREW";
            case REPLACED -> "ui.settlement.attendance.REPLACED";
        } : value instanceof ExpenseKind k ? switch (k) {
            case TICKET -> "ui.settlement.kind.TICKET";
            case VEHICLE -> "ui.settlement.kind.VEHICLE";
            case ROOM -> "ui.settlement.kind.ROOM";
            case DIRECT -> "ui.settlement.kind.DIRECT";
        } : value instanceof VoucherKind v ? switch (v) {
            case TICKET -> "ui.settlement.voucher.TICKET";
            case BOARDING_PASS -> "ui.settlement.voucher.BOARDING_PASS";
            case INVOICE -> "ui.settlement.voucher.INVOICE";
            case CONTRACT -> "ui.settlement.voucher.CONTRACT";
            case RECEIPT -> "ui.settlement.voucher.RECEIPT";
        } : null;
        return key == null ? String.valueOf(value) : messages.get(key);
    }

    /** Replaces a list's items only when they changed, so that a table keeps its selection while nothing moved. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    ObservableList<AdvanceRow> advances() {
        return advances;
    }

    ObservableList<MemberRow> members() {
        return members;
    }

    ObservableList<StayRow> stays() {
        return stays;
    }

    ObservableList<LineRow> lines() {
        return lines;
    }

    ObservableList<VoucherRow> vouchers() {
        return vouchers;
    }

    ObservableList<SheetRow> sheet() {
        return sheet;
    }

    ObservableList<String> warnings() {
        return warnings;
    }

    ObservableList<String> disallowed() {
        return disallowed;
    }

    ObservableList<String> problems() {
        return problems;
    }

    ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    ObservableList<Choice> recipientChoices() {
        return recipientChoices;
    }

    ObservableList<Choice> memberChoices() {
        return memberChoices;
    }

    ObservableList<Choice> placeChoices() {
        return placeChoices;
    }

    ObservableList<Choice> estimateChoices() {
        return estimateChoices;
    }

    ReadOnlyStringProperty sheetWordsProperty() {
        return sheetWords.getReadOnlyProperty();
    }

    ReadOnlyStringProperty comparisonTotalProperty() {
        return comparisonTotal.getReadOnlyProperty();
    }

    ReadOnlyStringProperty comparisonWordsProperty() {
        return comparisonWords.getReadOnlyProperty();
    }

    private static long unplannedTotal(List<ComparedLine> lines) {
        long sum = 0;
        for (ComparedLine line : lines) {
            sum = Math.addExact(sum, line.actual());
        }
        return sum;
    }
}
