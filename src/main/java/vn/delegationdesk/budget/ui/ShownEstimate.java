package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.rates.ui.RateSetTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * The estimate as the tab shows it, written the Vietnamese way: its rows with the figures as "66.600.000", what to
 * check, the total and the amount in words, the rate sets in force, and the selected line, found again by its key
 * whenever the rows are rebuilt. Also keeps the estimate without the user's edits of computed lines, whose values an
 * edited cell is compared with. Computing is pure and takes well under a millisecond, so it runs on every change.
 */
final class ShownEstimate {
    private final Messages messages;
    private final RateSetTexts rateSets;

    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    /** The estimate without any edit of generated lines: the "giá trị tính" an edited cell is compared with. */
    private Estimate computed;
    private final ObservableList<EstimateRow> rows = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<EstimateRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper rateInfo = new ReadOnlyStringWrapper(this, "rateInfo", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper totalInWords = new ReadOnlyStringWrapper(this, "totalInWords", "");
    private final ReadOnlyObjectWrapper<EstimateRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private String selectedKey;

    ShownEstimate(Messages messages, RateSetTexts rateSets) {
        this.messages = messages;
        this.rateSets = rateSets;
    }

    ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The estimate without the user's edits of computed lines; null while there is none. */
    Estimate computed() {
        return computed;
    }

    ObservableList<EstimateRow> rows() {
        return rowsView;
    }

    ObservableList<String> warnings() {
        return warningsView;
    }

    ReadOnlyStringProperty rateInfoProperty() {
        return rateInfo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyStringProperty totalInWordsProperty() {
        return totalInWords.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EstimateRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Selects {@code row} (null: none) and keeps its key, to find the line again in rebuilt rows. */
    void select(EstimateRow row) {
        selectedKey = row == null ? null : row.key();
        selected.set(row);
    }

    /** The selected line is not looked for again when the rows are rebuilt (another delegation is opening). */
    void forgetSelected() {
        selectedKey = null;
    }

    /** The shown row with {@code key}, or null. */
    EstimateRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** Nothing to show: no plan. */
    void clear() {
        estimate.set(null);
        computed = null;
        rows.clear();
        warnings.clear();
        total.set("");
        totalInWords.set("");
        rateInfo.set("");
        select(null);
    }

    /**
     * Computes the estimate of {@code plan} with {@code worksheet} and shows it; false, and the estimate shown stays,
     * when a figure is too large to add up.
     */
    boolean show(Delegation plan, EstimateWorksheet worksheet, List<RateSet> sets) {
        Estimate next;
        try {
            next = EstimateCalculator.compute(plan, worksheet, sets);
            computed = worksheet.overrides().isEmpty() ? next : EstimateCalculator.compute(plan, worksheet.regenerated(), sets);
            next.total();
        } catch (ArithmeticException e) {
            return false;
        }
        estimate.set(next);
        List<EstimateRow> built = rows(next);
        if (!built.equals(rows)) {
            rows.setAll(built);
        }
        List<String> texts = next.warnings().stream().map(w -> messages.get(w.messageKey(), w.args().toArray())).toList();
        if (!texts.equals(warnings)) {
            warnings.setAll(texts);
        }
        total.set(VietnameseNumbers.format(next.total()));
        totalInWords.set(next.totalInWords());
        rateInfo.set(rates(next));
        return true;
    }

    /** The selected line again, found by its key in the rows shown now. */
    void reselect() {
        selected.set(selectedKey == null ? null : row(selectedKey));
    }

    /** "Đã sửa; giá trị tính: 300.000" for a field the user changed, else null. */
    String editedHint(EstimateRow row, LineField field) {
        if (row == null || !row.edited(field)) {
            return null;
        }
        String value = row.computed().get(field);
        return messages.get("ui.estimate.edited.hint", value.isEmpty() ? messages.get("ui.estimate.edited.empty") : value);
    }

    private List<EstimateRow> rows(Estimate e) {
        List<EstimateRow> built = new ArrayList<>();
        for (EstimateSection section : e.sections()) {
            built.add(EstimateRow.section(section.key(), section.numeral(), section.title(),
                    VietnameseNumbers.format(section.subtotal())));
            int n = 0;
            for (BudgetLine line : section.lines()) {
                n++;
                built.add(new EstimateRow(EstimateRow.Kind.LINE, line.key(), section.key(), Integer.toString(n),
                        section.numeral() + "." + n, line.content(), line.unit(), VietnameseNumbers.format(line.quantity()),
                        VietnameseNumbers.format(line.times()), VietnameseNumbers.format(line.unitPrice()),
                        line.priced() ? VietnameseNumbers.format(line.amount()) : "", line.basis(), line.origin(),
                        !line.priced() && line.quantity() * line.times() > 0, computedValues(line)));
            }
        }
        return built;
    }

    private Map<LineField, String> computedValues(BudgetLine line) {
        if (line.editedFields().isEmpty() || computed == null) {
            return Map.of();
        }
        BudgetLine plan = computed.line(line.key()).orElse(null);
        Map<LineField, String> values = new EnumMap<>(LineField.class);
        for (LineField field : line.editedFields()) {
            values.put(field, plan == null ? "" : switch (field) {
                case CONTENT -> plan.content();
                case UNIT -> plan.unit();
                case QUANTITY -> VietnameseNumbers.format(plan.quantity());
                case TIMES -> VietnameseNumbers.format(plan.times());
                case UNIT_PRICE -> VietnameseNumbers.format(plan.unitPrice());
                case BASIS -> plan.basis();
            });
        }
        return values;
    }

    /** The national set in force (or that there is none) and, on a line of its own, the local one. */
    private String rates(Estimate e) {
        RateSet national = e.rates().national();
        RateSet local = e.rates().local();
        String text = national == null ? messages.get("ui.estimate.rates.none") : rateSets.full(national);
        return local == null ? text : text + "\n" + messages.get("ui.estimate.rates.local", rateSets.full(local));
    }
}
