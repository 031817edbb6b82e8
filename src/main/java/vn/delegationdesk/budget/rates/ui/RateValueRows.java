package vn.delegationdesk.budget.rates.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * The values of the rate set in the form, one row per {@link RateKey} in the regulation's order. A typed amount is
 * taken when it is a whole number of đồng (nothing: not known yet) and refused with the reason otherwise; a basis
 * and "verified" are taken as they come. Every change the user makes runs {@code changed}.
 */
final class RateValueRows {
    private final Messages messages;
    private final BudgetLabels labels;
    private final Runnable changed;
    private final ObservableList<RateValueRow> rows = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<RateValueRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    RateValueRows(Messages messages, BudgetLabels labels, Runnable changed) {
        this.messages = messages;
        this.labels = labels;
        this.changed = changed;
    }

    ObservableList<RateValueRow> rows() {
        return rowsView;
    }

    /** The values of {@code set}, a row for every key (empty where the set has no value); not a change. */
    void show(RateSet set) {
        Map<RateKey, RateValue> byKey = set.valuesByKey();
        List<RateValueRow> shown = new ArrayList<>();
        for (RateKey key : RateKey.values()) {
            RateValue value = byKey.get(key);
            shown.add(new RateValueRow(key, labels.label(key), key.unit(), value == null ? null : value.amount(),
                    value == null ? "" : value.basis(), value != null && value.verified()));
        }
        rows.setAll(shown);
    }

    boolean has(int index) {
        return row(index) != null;
    }

    /** Takes a typed amount into the row at {@code index} (one that {@link #has}); null when taken, else why not. */
    String editAmount(int index, String typed) {
        RateValueRow row = rows.get(index);
        String text = typed == null ? "" : typed.strip();
        Long amount = null;
        if (!text.isEmpty()) {
            OptionalLong parsed = VietnameseNumbers.parseWhole(text);
            if (parsed.isEmpty()) {
                return messages.get("ui.rateSets.error.amount", row.label(), text);
            }
            amount = parsed.getAsLong();
        }
        replace(index, new RateValueRow(row.key(), row.label(), row.unit(), amount, row.basis(), row.verified()));
        return null;
    }

    void editBasis(int index, String typed) {
        RateValueRow row = row(index);
        if (row != null) {
            replace(index, new RateValueRow(row.key(), row.label(), row.unit(), row.amount(), typed == null ? "" : typed.strip(),
                    row.verified()));
        }
    }

    void setVerified(int index, boolean verified) {
        RateValueRow row = row(index);
        if (row != null && row.verified() != verified) {
            replace(index, new RateValueRow(row.key(), row.label(), row.unit(), row.amount(), row.basis(), verified));
        }
    }

    /** The values as a rate set keeps them: those that say anything (an amount, a basis or "verified"). */
    List<RateValue> kept() {
        List<RateValue> kept = new ArrayList<>();
        for (RateValueRow row : rows) {
            if (row.amount() != null || !row.basis().isEmpty() || row.verified()) {
                kept.add(new RateValue(row.key(), row.amount(), row.basis(), row.verified()));
            }
        }
        return kept;
    }

    private RateValueRow row(int index) {
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    private void replace(int index, RateValueRow row) {
        rows.set(index, row);
        changed.run();
    }
}
