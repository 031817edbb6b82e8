package vn.delegationdesk.plan.ui;

import java.time.MonthDay;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The reporting rules of the general page ("Chế độ báo cáo"): the list as worded and the form that adds a rule to the
 * plan's rules, which {@link PlanEditorViewModel} keeps.
 */
public final class PlanRuleForm {
    private final ObservableList<ReportingRule> reporting;
    private final Messages messages;

    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReportFrequency> frequency = new SimpleObjectProperty<>(this, "ruleFrequency",
            ReportFrequency.SEMIANNUAL);
    private final StringProperty date = new SimpleStringProperty(this, "ruleDate", "");
    private final StringProperty recipient = new SimpleStringProperty(this, "ruleRecipient", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "ruleError", "");

    PlanRuleForm(ObservableList<ReportingRule> reporting, Messages messages) {
        this.reporting = reporting;
        this.messages = messages;
    }

    /** Words the plan's rules again, one row each. */
    void refreshRows() {
        rows.setAll(reporting.stream().map(this::text).toList());
    }

    String text(ReportingRule rule) {
        String when = rule.frequency() == ReportFrequency.ONCE ? messages.get("ui.plan.rule.on", PlanTexts.date(rule.onceOn()))
                : messages.get("ui.plan.rule.before", rule.dueBefore().getDayOfMonth() + "/" + rule.dueBefore().getMonthValue());
        return messages.get("ui.plan.rule.row", PlanTexts.label(messages, rule.frequency()), when,
                rule.recipient().isEmpty() ? messages.get("ui.plan.rule.noRecipient") : rule.recipient());
    }

    /** Adds the rule typed in the form: "20/6" before which each period's report is due, or the day of a one-off. */
    public boolean add() {
        ReportFrequency chosen = frequency.get();
        String typed = date.get().strip();
        try {
            ReportingRule rule;
            if (chosen == ReportFrequency.ONCE) {
                rule = ReportingRule.once(PlanTexts.parseDate(typed).orElseThrow(), recipient.get());
            } else {
                String[] parts = typed.split("/");
                MonthDay day = MonthDay.of(Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[0].strip()));
                rule = ReportingRule.recurring(chosen, day, recipient.get());
            }
            reporting.add(rule);
            date.set("");
            error.set("");
            return true;
        } catch (RuntimeException e) {
            error.set(messages.get(chosen == ReportFrequency.ONCE ? "ui.plan.error.ruleOnce" : "ui.plan.error.ruleDate", typed));
            return false;
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < reporting.size()) {
            reporting.remove(index);
        }
    }

    /** The plan's rules as the list shows them. */
    public ObservableList<String> rows() {
        return rows;
    }

    public ObjectProperty<ReportFrequency> frequencyProperty() {
        return frequency;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
