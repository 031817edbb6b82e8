package vn.delegationdesk.settlement.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.ui.SettlementRows.AdvanceRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementRows.ComparisonRow;
import vn.delegationdesk.settlement.ui.SettlementRows.LineRow;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementRows.StayRow;
import vn.delegationdesk.settlement.ui.SettlementRows.VoucherRow;

/**
 * "Thanh toán sau chuyến đi": the finance clerk's settlement of the open delegation, as a part of the editor's working
 * state ({@link EditorPart}). It is read when the editor opens the delegation ({@link SettlementService#review}), every
 * edit makes the editor unsaved and recomputes the preview ({@link SettlementService#preview}, a few milliseconds, so
 * directly), the editor's Save stores it ({@link SettlementService#save}, which refuses it with the rules' problems
 * named) and "Không lưu" goes back to the stored one. Closing and reopening the books are immediate actions of their
 * own, offered only while nothing is unsaved and to the finance role; while the books are closed nothing is editable.
 *
 * <p>Typed amounts, dates and nights are taken as the user types them ("1.200.000" or "1200000", "14/10/2025"); what
 * cannot be read is refused with a message naming the field and leaves the value as it was. The rows the tables show
 * are built by {@link SettlementShown}.
 */
public final class SettlementViewModel extends ViewModel implements EditorPart {
    private final DelegationDraft draft;
    /** Whether the tab shows; the stored settlement still to read ({@code pending}), or to recompute ({@code stale}). */
    private boolean showing;
    private boolean pending;
    private boolean stale;
    private final SettlementService service;
    private final Messages messages;
    private final SettlementShown shown;
    private final SettlementEdits edits;
    private final AdvancesEditor advances;
    private final OutcomesEditor outcomes;
    private final CostLinesEditor costs;
    private final BooksState books;
    private final VoucherFilesEditor voucherFiles;

    private Settlement baseline;
    private boolean stored;
    private Delegation opened;
    private long generation;
    private final ReadOnlyObjectWrapper<SettlementReview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);

    public SettlementViewModel(DelegationDraft draft, SettlementService service, VoucherFiles files, TaskRunner tasks,
            DialogService dialogs, Messages messages, ZoneId zone) {
        super(tasks);
        this.draft = draft;
        this.service = service;
        this.messages = messages;
        this.shown = new SettlementShown(messages);
        this.edits = new SettlementEdits(this, messages, this::booksClosed, this::plan);
        this.advances = new AdvancesEditor(edits);
        this.outcomes = new OutcomesEditor(edits, shown);
        this.costs = new CostLinesEditor(edits, preview.getReadOnlyProperty());
        this.books = new BooksState(service, dialogs, zone, edits, this::runInBackground, () -> opened, preview::get, this::show);
        this.voucherFiles = new VoucherFilesEditor(files, dialogs, zone, edits, costs, books, this::runInBackground, () -> opened,
                () -> stored ? Optional.of(baseline) : Optional.empty());
        edits.working.addListener((observable, old, value) -> {
            refreshDirty();
            recompute();
        });
        draft.valueProperty().addListener((observable, old, value) -> {
            if (showing) {
                recompute();
            } else {
                stale = true;
            }
        });
        outcomes.selectedMemberProperty().addListener((observable, old, value) -> showSelected());
        costs.selectedLineProperty().addListener((observable, old, value) -> showSelected());
        dirty.addListener((observable, old, value) -> refreshActions());
    }

    // ---- the page's sections -----------------------------------------------------------------------------

    /** "Tạm ứng". */
    public AdvancesEditor advanceEditor() {
        return advances;
    }

    /** "Thành viên" and their certified stays. */
    public OutcomesEditor outcomeEditor() {
        return outcomes;
    }

    /** "Chi phí thực tế" and their vouchers. */
    public CostLinesEditor costEditor() {
        return costs;
    }

    /** The files of the selected voucher ("Đính kèm tệp…"), and those whose voucher is gone. */
    public VoucherFilesEditor voucherFiles() {
        return voucherFiles;
    }

    /** Closing and reopening the books, the export menu. */
    public BooksState books() {
        return books;
    }

    /** A writer for the export menu; the composition root adds them (see {@link BooksState#addExport}). */
    public void addExport(SettlementExport.Choice choice) {
        books.addExport(choice);
    }

    // ---- the editor's working state --------------------------------------------------------------------

    @Override
    public void open(Delegation delegation) {
        ++generation;
        ready.set(false);
        opened = delegation;
        baseline = null;
        stored = false;
        edits.notice.set("");
        books.closings(List.of(), Optional.empty());
        edits.working.set(null);
        outcomes.selectedMemberProperty().set("");
        advances.clearSelection();
        costs.selectedLineProperty().set(-1);
        voucherFiles.forget();
        refreshDirty();
        refreshActions();
        pending = delegation != null && delegation.id() != null;
        if (showing && pending) {
            load();
        }
    }

    /**
     * Told by the tab when it is shown or hidden. The settlement is read, and recomputed after the plan changed, only
     * while the tab shows (or once it is shown): opening a delegation costs nothing for a settlement nobody looks at,
     * and a 2,000-member settlement is not recomputed at every keystroke in another tab.
     */
    public void setShowing(boolean shown) {
        showing = shown;
        if (!shown) {
            return;
        }
        if (pending) {
            load();
        } else if (stale) {
            stale = false;
            recompute();
        }
    }

    private void load() {
        pending = false;
        stale = false;
        long loading = generation;
        long id = opened.id();
        runInBackground(() -> service.review(id), review -> {
            if (loading == generation) {
                review.ifPresent(this::show);
            }
        }, error -> {
            if (loading == generation) {
                edits.notice.set(messages.get("ui.settlement.loadFailed", messages.describeFailure(error, " ")));
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The settlement is the finance office's to change. */
    @Override
    public Role roleToSave() {
        return Role.FINANCE;
    }

    @Override
    public String saveActionKey() {
        return "people.action.saveSettlement";
    }

    @Override
    public PendingSave beginSave() {
        Settlement captured = edits.working.get();
        boolean needed = ready.get() && captured != null && !captured.equals(baseline);
        long saving = generation;
        return new PendingSave() {
            @Override
            public void store(long delegationId) {
                if (needed) {
                    try {
                        service.save(delegationId, captured);
                    } catch (ValidationException e) {
                        // The fields' own sentences, without the paths the rules use internally.
                        throw new LocalizedException("ui.settlement.save.refused",
                                List.of(String.join("\n", e.errors().stream().map(SettlementViewModel.this::describe).toList())),
                                "settlement refused: " + e.errors().size() + " problems", e);
                    }
                }
            }

            @Override
            public void stored() {
                if (needed && saving == generation) {
                    baseline = captured;
                    stored = true;
                    refreshDirty();
                    refreshActions();
                }
            }
        };
    }

    @Override
    public void revert() {
        if (ready.get()) {
            edits.working.set(baseline);
            edits.notice.set("");
        }
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** True once the stored settlement was read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while nothing may be typed: not read yet, or the books are closed. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return edits.readOnly.getReadOnlyProperty();
    }

    /** The settlement as being edited; null until read. */
    public ReadOnlyObjectProperty<Settlement> settlementProperty() {
        return edits.working.getReadOnlyProperty();
    }

    /** The settlement on screen computed by the rules, with the estimate against actual. */
    public ReadOnlyObjectProperty<SettlementReview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether the delegation's books are closed now (nothing is editable then). */
    public boolean booksClosed() {
        return books.booksClosed();
    }

    /** The last thing to tell: a refused value, closed books, a written file. */
    public ReadOnlyStringProperty noticeProperty() {
        return edits.notice.getReadOnlyProperty();
    }

    public ObservableList<AdvanceRow> advances() {
        return shown.advances();
    }

    public ObservableList<MemberRow> members() {
        return shown.members();
    }

    /** The certified stays of the selected member. */
    public ObservableList<StayRow> stays() {
        return shown.stays();
    }

    public ObservableList<LineRow> lines() {
        return shown.lines();
    }

    /** The vouchers of the selected line. */
    public ObservableList<VoucherRow> vouchers() {
        return shown.vouchers();
    }

    /** The Bảng kê's rows, the "Cộng" row last. */
    public ObservableList<SheetRow> sheet() {
        return shown.sheet();
    }

    public ReadOnlyStringProperty sheetWordsProperty() {
        return shown.sheetWordsProperty();
    }

    /** What to check before the settlement is signed, and the costs not reimbursed with their rules. */
    public ObservableList<String> warnings() {
        return shown.warnings();
    }

    public ObservableList<String> disallowed() {
        return shown.disallowed();
    }

    /** The rules' problems that stop saving, each naming its field. */
    public ObservableList<String> problems() {
        return shown.problems();
    }

    public ObservableList<ComparisonRow> comparison() {
        return shown.comparison();
    }

    /** "Dự toán 66.600.000 đ · Thực hiện … · Chênh lệch …". */
    public ReadOnlyStringProperty comparisonTotalProperty() {
        return shown.comparisonTotalProperty();
    }

    public ReadOnlyStringProperty comparisonWordsProperty() {
        return shown.comparisonWordsProperty();
    }

    /** "Cả đoàn" and every member of the plan. */
    public ObservableList<Choice> recipientChoices() {
        return shown.recipientChoices();
    }

    /** "Chưa chọn" and every member of the plan. */
    public ObservableList<Choice> memberChoices() {
        return shown.memberChoices();
    }

    /** The trip's places (its legs). */
    public ObservableList<Choice> placeChoices() {
        return shown.placeChoices();
    }

    /** "Không có trong dự toán" and every line of the estimate. */
    public ObservableList<Choice> estimateChoices() {
        return shown.estimateChoices();
    }

    public String label(Enum<?> value) {
        return shown.label(value);
    }

    // ---- commands: the header ------------------------------------------------------------------------------

    public void setSettlementDate(LocalDate date) {
        Settlement s = edits.working.get();
        if (date != null && s != null && !date.equals(s.settlementDate())) {
            edits.change(new Settlement(date, s.advances(), s.outcomes(), s.lines()));
        }
    }

    // ---- internals -------------------------------------------------------------------------------------

    private void show(SettlementReview review) {
        baseline = review.settlement();
        stored = review.stored();
        books.closings(review.closings(), review.closed());
        ready.set(true);
        if (review.settlement().equals(edits.working.get())) {
            recompute();
        } else {
            edits.working.set(review.settlement());
        }
        refreshDirty();
        refreshActions();
        if (outcomes.selectedMemberProperty().get().isEmpty() && !plan().members().isEmpty()) {
            outcomes.selectedMemberProperty().set(plan().members().get(0).id());
        }
        voucherFiles.reload();
    }

    /** The plan as being edited (the draft), else as opened. */
    private Delegation plan() {
        Delegation d = draft.get();
        return d != null ? d : opened;
    }

    private void refreshDirty() {
        dirty.set(ready.get() && edits.working.get() != null && !edits.working.get().equals(baseline));
    }

    /** What is read-only, the books' state and why each immediate action is greyed. */
    private void refreshActions() {
        edits.readOnly.set(!ready.get() || books.booksClosed());
        books.refresh(ready.get(), dirty.get(), stored);
        voucherFiles.refresh();
    }

    private void recompute() {
        Settlement s = edits.working.get();
        Delegation d = plan();
        if (s == null || d == null || d.id() == null) {
            preview.set(null);
            shown.clear();
            refreshActions();
            return;
        }
        try {
            SettlementReview review = service.preview(d, s);
            preview.set(review);
            shown.show(review, service.check(d, s).stream().map(this::describe).toList());
        } catch (ArithmeticException e) {
            edits.notice.set(messages.get("ui.settlement.error.overflow"));
        }
        showSelected();
        refreshActions();
    }

    private String describe(ValidationError error) {
        return messages.get(error.messageKey(), error.args().toArray());
    }

    private void showSelected() {
        Settlement s = edits.working.get();
        shown.showSelected(s, outcomes.selectedMemberProperty().get(), costs.selectedLineProperty().get());
    }
}
