package vn.delegationdesk.budget.rates.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Bộ định mức": the rate sets, and a form for the selected one (or a new copy of it): name, issuer, document
 * number, kind, the dates it is in force, notes, and one row per {@link RateKey} with its amount (empty = not
 * known yet), legal basis and whether it was checked against the legal text. Saving goes through
 * {@link BudgetService#saveRateSet}; refused values, dates that are no dates and the service's validation
 * problems are listed in Vietnamese and nothing is stored. After any stored change {@code onChanged} runs
 * (the open estimate recomputes). Leaving a form with changes asks first.
 */
public final class RateSetsViewModel extends ViewModel {
    private final BudgetService budget;
    private final DialogService dialogs;
    private final Messages messages;
    private final BudgetLabels labels;
    private final RateSetTexts texts;
    private final Runnable onChanged;

    private final ObservableList<RateSet> sets = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<RateSet> setsView = FXCollections.unmodifiableObservableList(sets);
    private final ReadOnlyObjectWrapper<RateSet> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty issuer = new SimpleStringProperty(this, "issuer", "");
    private final StringProperty documentNumber = new SimpleStringProperty(this, "documentNumber", "");
    private final ObjectProperty<RateSetKind> kind = new SimpleObjectProperty<>(this, "kind", RateSetKind.NATIONAL);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final DateInput effectiveFrom;
    private final DateInput effectiveTo;
    private final RateValueRows values;
    private final RateSetFileCommands files;
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<String> errorsView = FXCollections.unmodifiableObservableList(errors);

    private Form baseline;
    private String fromError;
    private String toError;
    private boolean filling;

    public RateSetsViewModel(BudgetService budget, TaskRunner tasks, DialogService dialogs, Messages messages,
            Runnable onChanged) {
        super(tasks);
        this.budget = budget;
        this.dialogs = dialogs;
        this.messages = messages;
        this.labels = new BudgetLabels(messages);
        this.texts = new RateSetTexts(messages, labels);
        this.onChanged = onChanged;
        this.values = new RateValueRows(messages, labels, this::refreshDirty);
        this.files = new RateSetFileCommands(budget, tasks, dialogs, messages, labels,
                () -> creating.get() ? null : selected.get(), this::mayDiscard, stored -> {
                    load(stored.id());
                    onChanged.run();
                }, notice::set);
        effectiveFrom = new DateInput(messages.get("ui.rateSets.error.from"), message -> {
            fromError = message;
            refreshDirty();
        }).required(messages.get("ui.rateSets.error.fromRequired"));
        effectiveTo = new DateInput(messages.get("ui.rateSets.error.to"), message -> {
            toError = message;
            refreshDirty();
        });
        ChangeListener<Object> changed = (observable, old, value) -> refreshDirty();
        name.addListener(changed);
        issuer.addListener(changed);
        documentNumber.addListener(changed);
        kind.addListener(changed);
        notes.addListener(changed);
        effectiveFrom.valueProperty().addListener(changed);
        effectiveTo.valueProperty().addListener(changed);
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** National sets first, the most recent first. */
    public ObservableList<RateSet> sets() {
        return setsView;
    }

    /** The stored set in the form; null while a new one is (or nothing is). */
    public ReadOnlyObjectProperty<RateSet> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while the form holds a new set that is not stored yet. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** True while the form holds a set (stored or new). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True when the form differs from the set it shows (or holds a new one). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /**
     * Why this login may not change rate sets ("Sửa tập định mức: cần vai trò «Tài chính»; …"), or "": "Thêm", "Xóa",
     * "Nhập tệp…" and "Lưu" are greyed with it; looking and exporting stay open to everyone.
     */
    public String roleRefusal() {
        return budget.gate().whyNot(Role.FINANCE, "people.action.saveRateSet")
                .map(p -> messages.get(p.key(), p.args().toArray())).orElse("");
    }

    /** Why "Lưu" ({@code save}) or "Hoàn tác" of the form is greyed, or "" while it works. */
    public StringBinding changesUnavailable(boolean save) {
        String refused = save ? roleRefusal() : "";
        return Bindings.createStringBinding(() -> !refused.isEmpty() ? refused
                : isBusy() ? messages.get("ui.rateSets.unavailable.busy")
                : dirty.get() ? "" : messages.get(save ? "ui.rateSets.save.unavailable" : "ui.rateSets.revert.unavailable"),
                dirty, busyProperty());
    }

    /** Why "Xóa" is greyed (the login's role, no stored set chosen, or busy), or "" while it works. */
    public StringBinding deleteUnavailable() {
        String refused = roleRefusal();
        StringBinding stored = storedSetUnavailable();
        return Bindings.createStringBinding(() -> !refused.isEmpty() ? refused : stored.get(), stored);
    }

    /** Why "Xuất tệp…" is greyed (no stored set chosen, or busy), or "" while it works. */
    public StringBinding storedSetUnavailable() {
        return Bindings.createStringBinding(() -> isBusy() || files.isBusy() ? messages.get("ui.rateSets.unavailable.busy")
                : selected.get() == null || creating.get() ? messages.get("ui.rateSets.unavailable.none") : "",
                selected, creating, busyProperty(), files.busyProperty());
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    /** "Đã lưu bộ định mức …", "Đã xóa …", or a refused value. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public ObjectProperty<RateSetKind> kindProperty() {
        return kind;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public DateInput effectiveFrom() {
        return effectiveFrom;
    }

    public DateInput effectiveTo() {
        return effectiveTo;
    }

    /** One row per rate key, in the regulation's order. */
    public ObservableList<RateValueRow> values() {
        return values.rows();
    }

    /** Why the last save was refused, one sentence per problem. */
    public ObservableList<String> errors() {
        return errorsView;
    }

    /** "Xuất tệp…" and "Nhập tệp…". */
    public RateSetFileCommands files() {
        return files;
    }

    public String label(Enum<?> value) {
        return labels.label(value);
    }

    /** "Quốc gia · hiệu lực từ 04/05/2025". */
    public String describe(RateSet set) {
        return texts.brief(set);
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Reads the sets and shows the first one (or keeps showing the one with {@code keepId}). */
    public void load() {
        load(selected.get() == null ? null : selected.get().id());
    }

    private void load(String keepId) {
        runInBackground(budget::rateSets, found -> {
            sets.setAll(found);
            RateSet show = found.stream().filter(s -> s.id().equals(keepId)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            fill(show, false);
        }, error -> dialogs.showError(messages.get("ui.rateSets.loadFailed"), messages.describeFailure(error, "\n")));
    }

    /**
     * Shows another set; with unsaved changes, only after the user agreed to drop them. True when it shows; the stored
     * set already in the form is taken at once, without asking.
     */
    public boolean select(RateSet set) {
        if (set != null && !creating.get() && selected.get() != null && set.id().equals(selected.get().id())) {
            return true;
        }
        if (!mayDiscard()) {
            return false;
        }
        fill(set, false);
        return true;
    }

    /** "Thêm (bản sao)": a new set in the form, starting as a copy of the shown one; stored only on save. */
    public void addCopy() {
        if (!mayDiscard()) {
            return;
        }
        RateSet source = selected.get();
        RateSet copy = source == null
                ? new RateSet("", "", "", "", RateSetKind.NATIONAL, LocalDate.now(), null, "", List.of())
                : new RateSet("", messages.get("ui.rateSets.copyName", source.name()), source.issuer(),
                        source.documentNumber(), source.kind(), source.effectiveFrom(), source.effectiveTo(), source.notes(),
                        source.values());
        fill(copy, true);
    }

    /** Deletes the shown set after asking. */
    public void delete() {
        RateSet set = selected.get();
        if (set == null || creating.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("ui.rateSets.delete.title"), messages.get("ui.rateSets.delete.message", set.name()),
                messages.get("ui.rateSets.delete.action"))) {
            return;
        }
        runInBackground(() -> budget.deleteRateSet(set.id()), deleted -> {
            notice.set(messages.get("ui.rateSets.deleted", set.name()));
            fill(null, false);
            load(null);
            onChanged.run();
        }, error -> dialogs.showError(messages.get("ui.rateSets.delete.failed"), messages.describeFailure(error, "\n")));
    }

    /**
     * Stores the form; false (nothing stored, every problem listed) while a date is no date, else true once
     * saving started. The service's validation problems come back the same way.
     */
    public boolean save() {
        if (!editing.get() || isBusy()) {
            return false;
        }
        List<String> found = new ArrayList<>();
        if (fromError != null) {
            found.add(fromError);
        }
        if (toError != null) {
            found.add(toError);
        }
        if (!found.isEmpty()) {
            errors.setAll(found);
            return false;
        }
        RateSet set = build();
        errors.clear();
        runInBackground(() -> {
            RateSet stored = budget.saveRateSet(set);
            return new Saved(stored, budget.rateSets());
        }, saved -> {
            notice.set(messages.get("ui.rateSets.saved", saved.set().name()));
            sets.setAll(saved.all());
            fill(saved.all().stream().filter(s -> s.id().equals(saved.set().id())).findFirst().orElse(saved.set()), false);
            onChanged.run();
        }, error -> {
            if (error instanceof ValidationException invalid) {
                errors.setAll(invalid.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
            } else {
                errors.setAll(List.of(messages.get("ui.rateSets.saveFailed", messages.describeFailure(error, " "))));
            }
        });
        return true;
    }

    /** Back to the shown set as stored (a new one is dropped). */
    public void revert() {
        fill(selected.get(), false);
    }

    /** True when closing loses nothing: no unsaved change, or the user agreed to drop them. */
    public boolean mayClose() {
        return mayDiscard();
    }

    /** Takes a typed amount; returns null when taken, else why not (the row is unchanged). Empty = not known yet. */
    public String editAmount(int index, String typed) {
        if (!values.has(index)) {
            return null;
        }
        String refused = values.editAmount(index, typed);
        notice.set(refused == null ? "" : refused);
        return refused;
    }

    public void editBasis(int index, String typed) {
        values.editBasis(index, typed);
    }

    public void setVerified(int index, boolean verified) {
        values.setVerified(index, verified);
    }

    // ---- internals -------------------------------------------------------------------------------------

    private record Saved(RateSet set, List<RateSet> all) {
    }

    /** Everything the form holds, to tell whether it changed. */
    private record Form(String name, String issuer, String documentNumber, RateSetKind kind, LocalDate from, LocalDate to,
            String notes, List<RateValueRow> values) {
    }

    private boolean mayDiscard() {
        return !dirty.get() || dialogs.confirm(messages.get("ui.rateSets.discard.title"),
                messages.get("ui.rateSets.discard.message", formTitle.get()), messages.get("ui.rateSets.discard.action"));
    }

    private void fill(RateSet set, boolean isNew) {
        filling = true;
        try {
            selected.set(isNew ? selected.get() : set);
            creating.set(isNew);
            editing.set(set != null);
            errors.clear();
            if (isNew) {
                notice.set("");
            }
            RateSet shown = set == null ? new RateSet("", "", "", "", RateSetKind.NATIONAL, LocalDate.now(), null, "", List.of())
                    : set;
            name.set(shown.name());
            issuer.set(shown.issuer());
            documentNumber.set(shown.documentNumber());
            kind.set(shown.kind());
            notes.set(shown.notes());
            effectiveFrom.show(set == null ? null : shown.effectiveFrom());
            effectiveTo.show(shown.effectiveTo());
            fromError = null;
            toError = null;
            values.show(shown);
            formTitle.set(set == null ? "" : isNew ? messages.get("ui.rateSets.newTitle") : shown.name());
            baseline = isNew ? null : form();
        } finally {
            filling = false;
        }
        refreshDirty();
    }

    private Form form() {
        return new Form(name.get().strip(), issuer.get().strip(), documentNumber.get().strip(), kind.get(),
                effectiveFrom.valueProperty().get(), effectiveTo.valueProperty().get(), notes.get().strip(),
                List.copyOf(values.rows()));
    }

    private void refreshDirty() {
        if (filling) {
            return;
        }
        dirty.set(editing.get() && (creating.get() || fromError != null || toError != null || !form().equals(baseline)));
    }

    /** The form as a rate set: a value is kept when it says anything (an amount, a basis or "verified"). */
    private RateSet build() {
        String id = creating.get() || selected.get() == null ? "" : selected.get().id();
        return new RateSet(id, name.get(), issuer.get(), documentNumber.get(), kind.get(), effectiveFrom.valueProperty().get(),
                effectiveTo.valueProperty().get(), notes.get(), values.kept());
    }
}
