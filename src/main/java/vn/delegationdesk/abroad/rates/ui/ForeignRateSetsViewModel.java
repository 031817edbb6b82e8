package vn.delegationdesk.abroad.rates.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseDecimals;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Bộ định mức công tác nước ngoài": the stored foreign rate sets (TT 102/2012, TT 140/2025 and any other) and a form for
 * the selected one: name, document number, the dates it is in force, notes, and one row per country or country group
 * (code, the countries of a group, name, currency, per diem, lodging cap, basis, verified), rows added and removed by hand.
 * Amounts are read by {@link VietnameseDecimals} (comma before decimals, exact). A refused entry is named by its row and
 * field and blocks saving until it is corrected; saving goes through {@link AbroadService#saveRateSet} and its
 * validation problems are listed in Vietnamese, nothing stored. Leaving a form with changes asks first.
 */
public final class ForeignRateSetsViewModel extends ViewModel {
    /** The fields of a rate row typed as text. */
    public enum Field { CODE, COUNTRIES, NAME, CURRENCY, PER_DIEM, LODGING_CAP, BASIS }

    private final AbroadService abroad;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<ForeignRateSet> sets = FXCollections.observableArrayList();
    private final ObservableList<ForeignRateSet> setsView = FXCollections.unmodifiableObservableList(sets);
    private final ReadOnlyObjectWrapper<ForeignRateSet> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty documentNumber = new SimpleStringProperty(this, "documentNumber", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final DateInput effectiveFrom;
    private final DateInput effectiveTo;
    private final ObservableList<ForeignRateRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObservableList<String> errorsView = FXCollections.unmodifiableObservableList(errors);
    /** Refused entries still standing, by "row:field", in row order. */
    private final Map<String, String> refused = new TreeMap<>();

    private ForeignRateSet baseline;
    private String fromError;
    private String toError;
    private boolean filling;

    public ForeignRateSetsViewModel(AbroadService abroad, TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.abroad = abroad;
        this.dialogs = dialogs;
        this.messages = messages;
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
        documentNumber.addListener(changed);
        notes.addListener(changed);
        effectiveFrom.valueProperty().addListener(changed);
        effectiveTo.valueProperty().addListener(changed);
    }

    // ---- state -----------------------------------------------------------------------------------------

    public ObservableList<ForeignRateSet> sets() {
        return setsView;
    }

    public ReadOnlyObjectProperty<ForeignRateSet> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The set's name, with "*" while it has unsaved changes. */
    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    /** "Đã lưu …", or why the last entry was refused. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
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

    /** One row per country or country group, in the set's order. */
    public ObservableList<ForeignRateRow> rows() {
        return rows;
    }

    /** Why saving is refused (refused entries, dates, the service's validation), one sentence each. */
    public ObservableList<String> errors() {
        return errorsView;
    }

    /** Why this login may not change foreign rate sets, or "": adding, removing and saving are greyed with it. */
    public String roleRefusal() {
        Optional<Phrase> why = abroad.whyNotSaveRateSet();
        return why.map(p -> messages.get(p.key(), p.args().toArray())).orElse("");
    }

    /** Why "Lưu" ({@code save}) or "Hoàn tác" is greyed, or "" while it works. */
    public StringBinding changesUnavailable(boolean save) {
        String role = save ? roleRefusal() : "";
        return Bindings.createStringBinding(() -> !role.isEmpty() ? role
                : isBusy() ? messages.get("ui.rateSets.unavailable.busy")
                : dirty.get() ? "" : messages.get(save ? "ui.rateSets.save.unavailable" : "ui.rateSets.revert.unavailable"),
                dirty, busyProperty());
    }

    /** "hiệu lực từ 14/02/2026 · 3 mức" (the name above it says which circular). */
    public String describe(ForeignRateSet set) {
        String from = VietnameseDates.format(set.effectiveFrom());
        String period = set.effectiveTo() == null ? messages.get("abroad.rateSets.editor.inForceFrom", from)
                : messages.get("abroad.rateSets.editor.inForceBetween", from, VietnameseDates.format(set.effectiveTo()));
        return messages.get("abroad.rateSets.editor.brief", period, set.rates().size());
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Reads the sets and shows the latest in force (the last listed), or keeps the one shown. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().id();
        runInBackground(abroad::rateSets, found -> show(found, keep),
                error -> dialogs.showError(messages.get("abroad.rateSets.editor.loadFailed"), messages.describeFailure(error, "\n")));
    }

    /** Shows another set; with unsaved changes only after the user agreed to drop them. True when it shows. */
    public boolean select(ForeignRateSet set) {
        if (set != null && selected.get() != null && set.id().equals(selected.get().id())) {
            return true;
        }
        if (!mayClose()) {
            return false;
        }
        fill(set);
        return true;
    }

    /** "Thêm mức": an empty row at the end, in USD, to be filled from the Phụ lục. */
    public void addRate() {
        rows.add(new ForeignRateRow("", List.of(), "", "USD", null, null, "", false));
        refreshDirty();
    }

    /** "Xóa mức": removes the row; entries refused in the rows are forgotten (their rows move). */
    public void removeRate(int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        rows.remove(index);
        refused.clear();
        errors.clear();
        refreshDirty();
    }

    /**
     * Takes what was typed in a field of a row; returns null when taken, else why not, naming the row and the field (the
     * row keeps its value and saving is refused until the field is typed again correctly).
     */
    public String edit(int index, Field field, String typed) {
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        ForeignRateRow row = rows.get(index);
        String text = typed == null ? "" : typed.strip();
        String problem = null;
        ForeignRateRow changed = row;
        switch (field) {
            case CODE -> changed = new ForeignRateRow(text.toUpperCase(Locale.ROOT), row.countries(), row.name(), row.currency(),
                    row.perDiem(), row.lodgingCap(), row.basis(), row.verified());
            case COUNTRIES -> changed = new ForeignRateRow(row.code(), Arrays.stream(text.split("[,;\\s]+"))
                    .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).toList(), row.name(), row.currency(),
                    row.perDiem(), row.lodgingCap(), row.basis(), row.verified());
            case NAME -> changed = new ForeignRateRow(row.code(), row.countries(), text, row.currency(), row.perDiem(),
                    row.lodgingCap(), row.basis(), row.verified());
            case CURRENCY -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (currency(code).isEmpty()) {
                    problem = messages.get("abroad.rateSets.editor.badCurrency", fieldName(index, field), typed);
                } else {
                    changed = new ForeignRateRow(row.code(), row.countries(), row.name(), code, row.perDiem(), row.lodgingCap(),
                            row.basis(), row.verified());
                }
            }
            case PER_DIEM, LODGING_CAP -> {
                Optional<BigDecimal> amount = text.isEmpty() ? Optional.empty() : VietnameseDecimals.parse(text);
                if (!text.isEmpty() && amount.isEmpty()) {
                    problem = messages.get("abroad.rateSets.editor.badAmount", fieldName(index, field), typed);
                } else {
                    BigDecimal value = amount.orElse(null);
                    changed = field == Field.PER_DIEM
                            ? new ForeignRateRow(row.code(), row.countries(), row.name(), row.currency(), value, row.lodgingCap(),
                                    row.basis(), row.verified())
                            : new ForeignRateRow(row.code(), row.countries(), row.name(), row.currency(), row.perDiem(), value,
                                    row.basis(), row.verified());
                }
            }
            case BASIS -> changed = new ForeignRateRow(row.code(), row.countries(), row.name(), row.currency(), row.perDiem(),
                    row.lodgingCap(), text, row.verified());
            default -> throw new IllegalArgumentException(field.name());
        }
        String key = String.format(Locale.ROOT, "%06d:%s", index, field.name());
        if (problem == null) {
            refused.remove(key);
            if (!changed.equals(row)) {
                rows.set(index, changed);
            }
        } else {
            refused.put(key, problem);
        }
        notice.set(problem == null ? "" : problem);
        refreshDirty();
        return problem;
    }

    public void setVerified(int index, boolean verified) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        ForeignRateRow row = rows.get(index);
        rows.set(index, new ForeignRateRow(row.code(), row.countries(), row.name(), row.currency(), row.perDiem(),
                row.lodgingCap(), row.basis(), verified));
        refreshDirty();
    }

    /**
     * Stores the form; false (nothing stored, every problem listed) while an entry or a date stands refused, else true
     * once saving started. The service's validation problems come back the same way.
     */
    public boolean save() {
        if (selected.get() == null || isBusy()) {
            return false;
        }
        List<String> found = new ArrayList<>(refused.values());
        if (fromError != null) {
            found.add(fromError);
        }
        if (toError != null) {
            found.add(toError);
        }
        if (!found.isEmpty()) {
            errors.setAll(found);
            notice.set("");
            return false;
        }
        ForeignRateSet set = build();
        errors.clear();
        runInBackground(() -> {
            ForeignRateSet stored = abroad.saveRateSet(set);
            return new Saved(stored, abroad.rateSets());
        }, saved -> {
            show(saved.all(), saved.set().id());
            notice.set(messages.get("ui.rateSets.saved", saved.set().name()));
        }, error -> {
            if (error instanceof ValidationException invalid) {
                errors.setAll(invalid.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
            } else {
                errors.setAll(List.of(messages.get("ui.rateSets.saveFailed", messages.describeFailure(error, " "))));
            }
        });
        return true;
    }

    /** Back to the shown set as stored. */
    public void revert() {
        fill(selected.get());
    }

    /** True when closing loses nothing: no unsaved change, or the user agreed to drop them. */
    public boolean mayClose() {
        return !dirty.get() || dialogs.confirm(messages.get("ui.rateSets.discard.title"),
                messages.get("ui.rateSets.discard.message", selected.get() == null ? "" : selected.get().name()),
                messages.get("ui.rateSets.discard.action"));
    }

    // ---- internals -------------------------------------------------------------------------------------

    private record Saved(ForeignRateSet set, List<ForeignRateSet> all) {
    }

    private void show(List<ForeignRateSet> found, String keepId) {
        sets.setAll(found);
        ForeignRateSet shown = found.stream().filter(s -> s.id().equals(keepId)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(found.size() - 1));
        fill(shown);
    }

    private void fill(ForeignRateSet set) {
        filling = true;
        try {
            selected.set(set);
            errors.clear();
            refused.clear();
            ForeignRateSet shown = set == null ? new ForeignRateSet("", "", "", LocalDate.now(), null, "", List.of()) : set;
            name.set(shown.name());
            documentNumber.set(shown.documentNumber());
            notes.set(shown.notes());
            effectiveFrom.show(set == null ? null : shown.effectiveFrom());
            effectiveTo.show(shown.effectiveTo());
            fromError = null;
            toError = null;
            rows.setAll(shown.rates().stream().map(r -> new ForeignRateRow(r.code(), r.countries(), r.name(),
                    r.currency().getCurrencyCode(), r.perDiem(), r.lodgingCap(), r.basis(), r.verified())).toList());
            baseline = set;
        } finally {
            filling = false;
        }
        refreshDirty();
    }

    private void refreshDirty() {
        if (filling) {
            return;
        }
        ForeignRateSet set = selected.get();
        boolean changed = set != null && (!refused.isEmpty() || fromError != null || toError != null
                || effectiveFrom.valueProperty().get() == null || !build().equals(baseline));
        dirty.set(changed);
        formTitle.set(set == null ? "" : changed ? set.name() + " *" : set.name());
    }

    private ForeignRateSet build() {
        ForeignRateSet set = selected.get();
        List<CountryRate> rates = rows.stream().map(r -> new CountryRate(r.code(), r.name(), r.countries(),
                currency(r.currency()).orElseThrow(), r.perDiem(), r.lodgingCap(), r.basis(), r.verified())).toList();
        LocalDate from = effectiveFrom.valueProperty().get();
        return new ForeignRateSet(set.id(), name.get(), documentNumber.get(), from == null ? set.effectiveFrom() : from,
                effectiveTo.valueProperty().get(), notes.get(), rates);
    }

    private String fieldName(int index, Field field) {
        String key = switch (field) {
            case CODE -> "abroad.field.countryRate.code";
            case COUNTRIES -> "abroad.field.countryRate.countries";
            case NAME -> "abroad.field.countryRate.name";
            case CURRENCY -> "abroad.rateSets.editor.field.currency";
            case PER_DIEM -> "abroad.field.countryRate.perDiem";
            case LODGING_CAP -> "abroad.field.countryRate.lodgingCap";
            case BASIS -> "abroad.field.countryRate.basis";
        };
        return messages.get(key, index + 1);
    }

    private static Optional<Currency> currency(String code) {
        try {
            return code.matches("[A-Z]{3}") ? Optional.of(Currency.getInstance(code)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
