package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineEdits;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.SectionKind;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.rates.ui.BudgetLabels;
import vn.delegationdesk.budget.rates.ui.RateSetTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditRecorder;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Dự toán kinh phí": the estimate of the delegation as it is being edited, recomputed from the editor's draft
 * on every change of any tab, with the user's worksheet (rate sets, lodging mode, stops, edited, hidden and
 * added lines) on top.
 *
 * <p>The worksheet is part of the editor's working state ({@link EditorPart}): it is loaded from the store when
 * the editor opens a delegation, every change makes the editor unsaved, the editor's Save stores the
 * delegation and then the worksheet ({@link BudgetService#saveWorksheet}), and undo or "Không lưu" go back to
 * the stored worksheet. So the estimate can never be stored for a plan that was not, nor get lost by leaving.
 * Until the stored worksheet has been read (or when it could not be), the estimate shows but takes no edit,
 * so an unreadable stored worksheet is never overwritten.
 *
 * <p>It coordinates the parts beside it: {@link EstimateHeader}, the choices above the table; {@link ShownEstimate},
 * what the table and the total show; {@link LineEdits}, what typing into a line does; {@link EstimateExportCommand},
 * "Xuất Excel…". The rate sets are read once per opened delegation (and again after the rate-set dialog changed
 * them) and the estimate is computed with {@link EstimateCalculator} directly: computing is pure and takes well
 * under a millisecond, while {@link BudgetService#estimate} reads the sets from the store each time.
 *
 * <p>It is a little over 400 lines because it is the tab's whole public face: some thirty properties and commands
 * that the page, the editor and the tests use, most of them a line or two handing over to one of its parts.
 */
public final class EstimateViewModel extends ViewModel implements EditorPart {
    private final DelegationDraft draft;
    private final BudgetService budget;
    private final DialogService dialogs;
    private final Messages messages;
    private final BudgetLabels labels;
    private final ShownEstimate shown;
    private final SpendingGroundsOffer grounds;
    private final EstimateExportCommand exporting;

    private final ReadOnlyObjectWrapper<EstimateWorksheet> worksheet =
            new ReadOnlyObjectWrapper<>(this, "worksheet", EstimateWorksheet.EMPTY);
    private EstimateWorksheet baseline = EstimateWorksheet.EMPTY;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private List<RateSet> rateSets = List.of();
    private final EstimateHeader header;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private long generation;
    /** Where edits are reported for undo; none until the editor adds the part. */
    private EditRecorder recorder;
    private final StringBinding exportUnavailable;
    private final StringBinding editUnavailable;
    private final StringBinding restoreUnavailable;
    private final StringBinding removeUnavailable;

    public EstimateViewModel(DelegationDraft draft, BudgetService budget, TaskRunner tasks, DialogService dialogs,
            Messages messages, EstimateExport export) {
        super(tasks);
        this.draft = draft;
        this.budget = budget;
        this.dialogs = dialogs;
        this.messages = messages;
        this.labels = new BudgetLabels(messages);
        this.shown = new ShownEstimate(messages, new RateSetTexts(messages, labels));
        this.exporting = new EstimateExportCommand(dialogs, messages, export, this::runInBackground, notice::set);
        this.header = new EstimateHeader(messages, this::changeInputs);
        draft.valueProperty().addListener((observable, old, value) -> recompute());
        worksheet.addListener((observable, old, value) -> {
            refreshDirty();
            recompute();
        });
        recompute();
        this.grounds = new SpendingGroundsOffer(draft, shown.estimateProperty(), messages);
        exportUnavailable = Bindings.createStringBinding(() -> shown.estimateProperty().get() == null
                ? messages.get("ui.estimate.export.unavailable") : isBusy() ? messages.get("ui.estimate.unavailable.busy") : "",
                shown.estimateProperty(), busyProperty());
        editUnavailable = Bindings.createStringBinding(() -> ready.get() ? "" : messages.get("ui.estimate.unavailable.loading"),
                ready);
        restoreUnavailable = Bindings.createStringBinding(() -> {
            EstimateRow row = shown.selectedProperty().get();
            return row != null && row.isEdited() ? "" : messages.get("ui.estimate.restoreLine.unavailable");
        }, shown.selectedProperty());
        removeUnavailable = Bindings.createStringBinding(() -> {
            EstimateRow row = shown.selectedProperty().get();
            if (!ready.get()) {
                return messages.get("ui.estimate.unavailable.loading");
            }
            return row == null || row.isSection() ? messages.get("ui.estimate.removeLine.unavailable") : "";
        }, shown.selectedProperty(), ready);
    }

    // ---- the editor's working state --------------------------------------------------------------------

    @Override
    public void open(Delegation stored) {
        long loading = ++generation;
        baseline = EstimateWorksheet.EMPTY;
        ready.set(false);
        notice.set("");
        shown.forgetSelected();
        worksheet.set(EstimateWorksheet.EMPTY);
        refreshDirty();
        if (stored == null || stored.id() == null) {
            return;
        }
        Long id = stored.id();
        runInBackground(() -> new Loaded(budget.worksheet(id), budget.rateSets()), loaded -> {
            if (loading != generation) {
                return;
            }
            rateSets = loaded.rateSets();
            baseline = loaded.worksheet();
            ready.set(true);
            worksheet.set(loaded.worksheet());
            refreshDirty();
            recompute();
        }, error -> {
            if (loading == generation) {
                notice.set(messages.get("ui.estimate.loadFailed", messages.describeFailure(error, " ")));
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A copy of the delegation takes the worksheet as it is now, edits included, like the plan it copies. */
    @Override
    public CopyWork beginCopy() {
        EstimateWorksheet captured = ready.get() ? worksheet.get() : EstimateWorksheet.EMPTY;
        return copyId -> {
            if (!captured.equals(EstimateWorksheet.EMPTY)) {
                budget.startWorksheet(copyId, captured);
            }
        };
    }

    /** The estimate is the finance office's to change. */
    @Override
    public Role roleToSave() {
        return Role.FINANCE;
    }

    @Override
    public String saveActionKey() {
        return "people.action.saveEstimate";
    }

    @Override
    public PendingSave beginSave() {
        EstimateWorksheet captured = worksheet.get();
        boolean needed = ready.get() && !captured.equals(baseline);
        long saving = generation;
        return new PendingSave() {
            @Override
            public void store(long delegationId) {
                if (needed) {
                    budget.saveWorksheet(delegationId, captured);
                }
            }

            @Override
            public void stored() {
                if (needed && saving == generation) {
                    baseline = captured;
                    refreshDirty();
                }
            }
        };
    }

    @Override
    public void revert() {
        if (ready.get()) {
            worksheet.set(baseline);
            notice.set("");
        }
    }

    @Override
    public void recordEditsTo(EditRecorder edits) {
        this.recorder = edits;
    }

    /** Reads the rate sets again (after the rate-set dialog changed them) and recomputes. */
    public void reloadRateSets() {
        runInBackground(budget::rateSets, sets -> {
            rateSets = sets;
            recompute();
        }, error -> notice.set(messages.describeFailure(error, " ")));
    }

    // ---- state -----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return shown.estimateProperty();
    }

    /** The circulars behind the rates, offered as the plan's legal bases. */
    public SpendingGroundsOffer grounds() {
        return grounds;
    }

    public ReadOnlyObjectProperty<EstimateWorksheet> worksheetProperty() {
        return worksheet.getReadOnlyProperty();
    }

    /** True once the stored worksheet was read: only then does the estimate take edits. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Why "Xuất Excel…" is greyed ("Chưa có dự toán để xuất…"), or "" while it works. */
    public StringBinding exportUnavailableProperty() {
        return exportUnavailable;
    }

    /** Why "Thêm dòng" and "Tạo lại dự toán" are greyed (the worksheet is not read yet), or "" while they work. */
    public StringBinding editUnavailableProperty() {
        return editUnavailable;
    }

    /** Why "Khôi phục dòng" is greyed (no line chosen, or the chosen one is as computed), or "" while it works. */
    public StringBinding restoreUnavailableProperty() {
        return restoreUnavailable;
    }

    /** Why "Xóa dòng" is greyed (no line chosen, a section's heading chosen), or "" while it works. */
    public StringBinding removeUnavailableProperty() {
        return removeUnavailable;
    }

    /** Sections and their lines, in the order of the estimate. */
    public ObservableList<EstimateRow> rows() {
        return shown.rows();
    }

    /** What to check before the estimate is signed, in Vietnamese; never stops saving or exporting. */
    public ObservableList<String> warnings() {
        return shown.warnings();
    }

    /** "Tự động theo ngày đi (Thông tư 12/2025/TT-BTC)" and every national set. */
    public ObservableList<RateChoice> nationalChoices() {
        return header.nationalChoices();
    }

    public ObjectProperty<RateChoice> nationalChoiceProperty() {
        return header.nationalChoiceProperty();
    }

    /** "Không áp dụng" and every local set. */
    public ObservableList<RateChoice> localChoices() {
        return header.localChoices();
    }

    public ObjectProperty<RateChoice> localChoiceProperty() {
        return header.localChoiceProperty();
    }

    public ObjectProperty<LodgingMode> lodgingModeProperty() {
        return header.lodgingModeProperty();
    }

    /** Every stop of the trip with its rate category and whether the host gives rooms. */
    public ObservableList<StopRow> stops() {
        return header.stops();
    }

    /** The sets in force for this estimate: name, issuer, document number and dates. */
    public ReadOnlyStringProperty rateInfoProperty() {
        return shown.rateInfoProperty();
    }

    /** The grand total, "66.600.000". */
    public ReadOnlyStringProperty totalProperty() {
        return shown.totalProperty();
    }

    /** "Sáu mươi sáu triệu sáu trăm nghìn đồng". */
    public ReadOnlyStringProperty totalInWordsProperty() {
        return shown.totalInWordsProperty();
    }

    /** The last thing to tell: a refused value, a restored line, a written file. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The selected row (the view follows the table's selection with {@link #select}). */
    public ReadOnlyObjectProperty<EstimateRow> selectedProperty() {
        return shown.selectedProperty();
    }

    public String label(Enum<?> value) {
        return labels.label(value);
    }

    /** "Đã sửa; giá trị tính: 300.000" for a field the user changed, else null. */
    public String editedHint(EstimateRow row, LineField field) {
        return shown.editedHint(row, field);
    }

    /** What an empty unit price cell says: "chưa có giá". */
    public String missingPriceText() {
        return messages.get("ui.estimate.price.missing");
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Follows the table's selection; null clears it. */
    public void select(EstimateRow row) {
        shown.select(row);
    }

    /**
     * Applies a typed cell; returns null when taken, else the message saying why not (the line is unchanged).
     * On a computed line an empty text, or the computed value, gives the field back to the plan.
     */
    public String edit(EstimateRow row, LineField field, String typed) {
        if (!ready.get() || row == null || row.isSection()) {
            return null;
        }
        EstimateWorksheet current = worksheet.get();
        LineEdits.Outcome outcome = new LineEdits(draft.get(), rateSets, shown.computed())
                .edit(current, new LineEdits.Line(row.key(), row.label(), row.isManual()), field, typed);
        if (outcome.refused()) {
            String message = messages.get(outcome.refusal().messageKey(), outcome.refusal().args().toArray());
            notice.set(message);
            return message;
        }
        notice.set("");
        changeWorksheet(outcome.worksheet(), messages.get("ui.estimate.undo.edit", row.label(), row.content()));
        return null;
    }

    /** "Khôi phục dòng": every field of a computed line back to the plan's value. */
    public void restore(EstimateRow row) {
        if (!ready.get() || row == null || row.isSection() || row.isManual()) {
            return;
        }
        changeWorksheet(worksheet.get().withoutOverride(row.key()), messages.get("ui.estimate.undo.restore", row.label(), row.content()));
        notice.set(messages.get("ui.estimate.restored", row.label()));
    }

    /** "Xóa dòng": hides a computed line ("Tạo lại dự toán" brings it back) or deletes an added one. */
    public void remove(EstimateRow row) {
        if (!ready.get() || row == null || row.isSection()) {
            return;
        }
        EstimateWorksheet current = worksheet.get();
        String label = messages.get("ui.estimate.undo.remove", row.label(), row.content());
        if (row.isManual()) {
            String id = manualId(row);
            changeWorksheet(current.withManualLines(current.manualLines().stream().filter(m -> !m.id().equals(id)).toList()), label);
            notice.set(messages.get("ui.estimate.removed.manual", row.label(), row.content()));
        } else {
            changeWorksheet(current.withOverride(row.key(), current.override(row.key()).withRemoved(true)), label);
            notice.set(messages.get("ui.estimate.removed.generated", row.label(), row.content()));
        }
    }

    /**
     * "Thêm dòng": adds a line to the section of the selected row ("Chi khác" when nothing is selected) and
     * selects it; returns its row for the view to start editing its content, or null.
     */
    public EstimateRow addLine() {
        if (!ready.get() || draft.get() == null) {
            return null;
        }
        EstimateRow at = shown.selectedProperty().get();
        String section = at == null ? SectionKind.OTHER.name() : at.sectionKey();
        ManualLine line = new ManualLine(UUID.randomUUID().toString(), section, messages.get("ui.estimate.newLine"), "", 1, 1,
                null, "");
        List<ManualLine> lines = new ArrayList<>(worksheet.get().manualLines());
        lines.add(line);
        changeWorksheet(worksheet.get().withManualLines(lines), messages.get("ui.estimate.undo.add"));
        notice.set("");
        EstimateRow added = shown.row("manual." + line.id());
        select(added);
        return added;
    }

    /** "Tạo lại dự toán": after asking, every computed line back to the plan (hidden ones too); added lines stay. */
    public void regenerate() {
        if (!ready.get() || draft.get() == null) {
            return;
        }
        EstimateWorksheet current = worksheet.get();
        if (current.overrides().isEmpty()) {
            notice.set(messages.get("ui.estimate.regenerate.nothing"));
            return;
        }
        if (dialogs.confirm(messages.get("ui.estimate.regenerate.title"),
                messages.get("ui.estimate.regenerate.message", current.overrides().size(), current.manualLines().size()),
                messages.get("ui.estimate.regenerate"))) {
            changeWorksheet(current.regenerated(), messages.get("ui.estimate.undo.regenerate"));
            notice.set(messages.get("ui.estimate.regenerated"));
        }
    }

    public void setStopCategory(String place, StopCategory category) {
        header.setStopCategory(place, category);
    }

    public void setHostProvidesRooms(String place, boolean provides) {
        header.setHostProvidesRooms(place, provides);
    }

    /** "Xuất Excel…": asks for the file, then writes the estimate on screen (saved or not) in the background. */
    public void export() {
        Delegation d = draft.get();
        Estimate e = shown.estimateProperty().get();
        if (d != null && e != null) {
            exporting.run(e, d);
        }
    }

    // ---- internals -------------------------------------------------------------------------------------

    private record Loaded(EstimateWorksheet worksheet, List<RateSet> rateSets) {
    }

    private static String manualId(EstimateRow row) {
        return row.key().substring("manual.".length());
    }

    private void changeInputs(UnaryOperator<EstimateInputs> change) {
        if (!ready.get()) {
            syncHeader();
            return;
        }
        EstimateWorksheet current = worksheet.get();
        changeWorksheet(current.withInputs(change.apply(current.inputs())), messages.get("ui.estimate.undo.inputs"));
    }

    /** An edit of the user's: the worksheet becomes {@code next}, a step of the editor's undo history named {@code label}. */
    private void changeWorksheet(EstimateWorksheet next, String label) {
        EstimateWorksheet before = worksheet.get();
        if (next.equals(before)) {
            return;
        }
        worksheet.set(next);
        if (recorder != null) {
            recorder.edited(this, before, next, label, this::restoreWorksheet);
        }
    }

    /** Undo and redo: shows an earlier worksheet of the same delegation again. */
    private void restoreWorksheet(EstimateWorksheet earlier) {
        if (ready.get()) {
            worksheet.set(earlier);
        }
    }

    private void refreshDirty() {
        dirty.set(ready.get() && !worksheet.get().equals(baseline));
    }

    private void recompute() {
        Delegation d = draft.get();
        if (d == null) {
            shown.clear();
            header.clearStops();
            return;
        }
        if (!shown.show(d, worksheet.get(), rateSets)) {
            notice.set(messages.get("ui.estimate.error.overflow"));
            return;
        }
        syncHeader();
        shown.reselect();
    }

    /** The header follows the worksheet and the plan: choices, the chosen ones, the stops. */
    private void syncHeader() {
        header.show(draft.get(), worksheet.get().inputs(), rateSets);
    }
}
