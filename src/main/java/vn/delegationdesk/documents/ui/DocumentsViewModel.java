package vn.delegationdesk.documents.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditRecorder;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Văn bản": the delegation's documents made from the plan as it is being edited, with a page preview, and the
 * document settings the plan itself does not hold (decision and report numbers, the proposer, the travel-order
 * fields, the itinerary's contacts, the estimate's approval).
 *
 * <p>The settings are part of the editor's working state ({@link EditorPart}), like the estimate worksheet: read
 * from the store when the editor opens a delegation, every edit makes the editor unsaved, the editor's Save stores
 * them after the delegation, and "Bỏ thay đổi" or "Không lưu" go back to the stored ones; each edit is a step of the
 * editor's undo history. Until they were read (or when they
 * could not be) the form takes no edit, so unreadable stored settings are never overwritten. Text typed into a
 * number or date field that is not one is reported to the draft as an input error, so saving waits until it is fixed.
 *
 * <p>The tab's other parts are handed out once each: the settings' fields ({@link DocumentSettingsForm}), which
 * documents ({@link DocumentChoices}), the page preview ({@link DocumentPreviewViewModel}) and the commands
 * ({@link DocumentCommandsViewModel}). The preview and the commands make the documents from the editor's current
 * draft, these settings and the estimate on screen; every change of them makes the preview outdated. What the
 * commands did, and why the stored settings could not be read, is the {@linkplain #noticeProperty() notice}.
 */
public final class DocumentsViewModel extends ViewModel implements EditorPart {

    private final DelegationDraft draft;
    private final ObservableValue<Estimate> estimate;
    private final DocumentService documents;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<DocumentSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", DocumentSettings.defaults());
    private DocumentSettings baseline = DocumentSettings.defaults();
    /** The stored delegation's settlement figures (the advances the travel orders print); none until read. */
    private SettlementFigures settlementFigures = SettlementFigures.none();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyStringWrapper overviewInfo = new ReadOnlyStringWrapper(this, "overviewInfo", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper approvalWarning = new ReadOnlyStringWrapper(this, "approvalWarning", "");
    private long loading;
    /** Where edits are reported for undo; none until the editor adds the part. */
    private EditRecorder recorder;

    private final DocumentChoices choices;
    private final DocumentSettingsForm form;
    private final DocumentPreviewViewModel preview;
    private final DocumentCommandsViewModel commands;

    public DocumentsViewModel(DelegationDraft draft, ObservableValue<Estimate> estimate, DocumentService documents,
            PageRasterizer rasterizer, DocumentPrinter printer, DocumentOpener opener, TaskRunner tasks,
            DialogService dialogs, Messages messages) {
        super(tasks);
        this.draft = Objects.requireNonNull(draft, "draft");
        this.estimate = Objects.requireNonNull(estimate, "estimate");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.messages = messages;
        choices = new DocumentChoices(messages);
        form = new DocumentSettingsForm(draft, messages, this::edit);
        preview = new DocumentPreviewViewModel(documents, rasterizer, choices, this::source, tasks, messages);
        commands = new DocumentCommandsViewModel(documents, printer, opener, choices, this::source, tasks, dialogs, messages,
                notice::set);
        present.set(draft.get() != null);
        draft.valueProperty().addListener((observable, old, value) -> {
            present.set(value != null);
            choices.showMembers(value);
            refreshOverviewInfo();
            preview.changed();
        });
        estimate.addListener((observable, old, value) -> {
            refreshApprovalWarning();
            preview.changed();
        });
        settings.addListener((observable, old, value) -> {
            form.checkTexts(value);
            refreshDirty();
            refreshApprovalWarning();
            preview.changed();
        });
        choices.showMembers(draft.get());
        refreshOverviewInfo();
        refreshApprovalWarning();
    }

    // ---- the editor's working state --------------------------------------------------------------------

    @Override
    public void open(Delegation stored) {
        long opening = ++loading;
        baseline = DocumentSettings.defaults();
        ready.set(false);
        notice.set("");
        preview.clear();
        settings.set(DocumentSettings.defaults());
        settlementFigures = SettlementFigures.none();
        form.show(settings.get());
        refreshDirty();
        if (stored == null) {
            return;
        }
        Long id = stored.id();
        runInBackground(() -> documents.settlementFigures(id), loaded -> {
            if (opening == loading) {
                settlementFigures = loaded;
                preview.changed();
            }
        }, error -> {
            if (opening == loading) {
                notice.set(messages.get("ui.documents.loadFailed", messages.describeFailure(error, " ")));
            }
        });
        runInBackground(() -> documents.settings(id), loaded -> {
            if (opening != loading) {
                return;
            }
            baseline = loaded;
            ready.set(true);
            settings.set(loaded);
            form.show(settings.get());
            refreshDirty();
        }, error -> {
            if (opening == loading) {
                notice.set(messages.get("ui.documents.loadFailed", messages.describeFailure(error, " ")));
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public String saveActionKey() {
        return "people.action.saveDocumentSettings";
    }

    @Override
    public PendingSave beginSave() {
        DocumentSettings captured = settings.get();
        boolean needed = ready.get() && !captured.equals(baseline);
        long saving = loading;
        return new PendingSave() {
            @Override
            public void store(long delegationId) {
                if (needed) {
                    documents.saveSettings(delegationId, captured);
                }
            }

            @Override
            public void stored() {
                if (needed && saving == loading) {
                    baseline = captured;
                    refreshDirty();
                }
            }
        };
    }

    @Override
    public void revert() {
        if (ready.get()) {
            settings.set(baseline);
            form.show(settings.get());
            notice.set("");
        }
    }

    @Override
    public void recordEditsTo(EditRecorder edits) {
        this.recorder = edits;
    }

    /**
     * A copy of the delegation takes the settings that belong to the unit (proposer, recipients, Mã QHNS, Bộ phận,
     * contacts) but none of the numbers, dates and spending of this trip's documents, as the copied plan loses its
     * own number and date.
     */
    /** A delegation of a kept body prints that body's budget unit code (Mã QHNS) on its travel orders. */
    @Override
    public CopyWork beginCreate(BodyProfile profile) {
        String code = profile.budgetUnitCode();
        return createdId -> {
            if (!code.isEmpty()) {
                documents.saveSettings(createdId, DocumentSettings.defaults().withBudgetUnitCode(code));
            }
        };
    }

    @Override
    public CopyWork beginCopy() {
        DocumentSettings current = ready.get() ? settings.get() : DocumentSettings.defaults();
        DocumentSettings captured = current.forCopy();
        return copyId -> {
            if (!captured.equals(DocumentSettings.defaults())) {
                documents.saveSettings(copyId, captured);
            }
        };
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** The settings as edited (what the documents and the preview use). */
    public ReadOnlyObjectProperty<DocumentSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** True once the stored settings were read: only then does the form take edits. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while a delegation is open: the commands have something to make. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** Which documents: the list with its ticks, the one shown, whose travel orders. */
    public DocumentChoices choices() {
        return choices;
    }

    /** The settings' fields, as the page binds them. */
    public DocumentSettingsForm form() {
        return form;
    }

    /** The page preview of the document shown. */
    public DocumentPreviewViewModel preview() {
        return preview;
    }

    /** "Lưu PDF…", "Lưu Word…", "Mở bằng ứng dụng khác" and "In…". */
    public DocumentCommandsViewModel commands() {
        return commands;
    }

    /** What the documents take from the overview tab (issuing body, abbreviation, plan number and date, signer). */
    public ReadOnlyStringProperty overviewInfoProperty() {
        return overviewInfo.getReadOnlyProperty();
    }

    /**
     * When the recorded approved total differs from the estimate on screen, says so with both figures (the report
     * gives both; neither replaces the other); empty otherwise.
     */
    public ReadOnlyStringProperty approvalWarningProperty() {
        return approvalWarning.getReadOnlyProperty();
    }

    /** The last thing to tell: files written, a document sent to the printer. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- internals -------------------------------------------------------------------------------------

    /**
     * What the documents are made from now: the draft, the settings as edited, the estimate on screen and the stored
     * settlement's figures.
     */
    private Optional<DocumentSource> source() {
        Delegation d = draft.get();
        Estimate e = estimate.getValue();
        return d == null || e == null ? Optional.empty()
                : Optional.of(new DocumentSource(d, settings.get(), e, settlementFigures));
    }

    private void refreshApprovalWarning() {
        EstimateApproval approval = settings.get().approval();
        Estimate current = estimate.getValue();
        if (approval == null || current == null || approval.total() == current.total()) {
            approvalWarning.set("");
            return;
        }
        approvalWarning.set(messages.get("ui.documents.approval.differs", VietnameseNumbers.format(approval.total()),
                VietnameseNumbers.format(current.total())));
    }

    private void refreshDirty() {
        dirty.set(ready.get() && !settings.get().equals(baseline));
    }

    private void refreshOverviewInfo() {
        Delegation d = draft.get();
        if (d == null) {
            overviewInfo.set("");
            return;
        }
        IssuingBody body = d.issuingBody();
        DocumentInfo plan = d.document();
        Signer signer = d.signer();
        String missing = messages.get("ui.documents.overview.missing");
        String number = plan.number().isEmpty() ? "…" : plan.number();
        String planLine = plan.symbol().isEmpty() ? missing : number + "/" + plan.symbol();
        String date = plan.date() == null ? messages.get("ui.documents.overview.noDate") : VietnameseDates.format(plan.date());
        List<String> signerParts = new ArrayList<>();
        for (String part : List.of(signer.authorityPrefix(), signer.title(), signer.name())) {
            if (!part.isEmpty()) {
                signerParts.add(part);
            }
        }
        overviewInfo.set(messages.get("ui.documents.overview", orMissing(body.name(), missing),
                orMissing(body.abbreviation(), missing), planLine, date,
                signerParts.isEmpty() ? missing : String.join(" ", signerParts)));
    }

    private static String orMissing(String text, String missing) {
        return text.isEmpty() ? missing : text;
    }

    /** A change from the form: taken once the settings are read; before, the form goes back to what is shown. */
    private void edit(UnaryOperator<DocumentSettings> change) {
        if (!ready.get()) {
            // Not read yet (or unreadable): the typed text goes back to what is shown.
            form.show(settings.get());
            return;
        }
        DocumentSettings before = settings.get();
        DocumentSettings after = change.apply(before);
        settings.set(after);
        if (recorder != null && !after.equals(before)) {
            recorder.edited(this, before, after, messages.get("ui.documents.undo.edit"), this::restore);
        }
    }

    /** Undo and redo: shows earlier settings of the same delegation again, in the form too. */
    private void restore(DocumentSettings earlier) {
        if (ready.get()) {
            settings.set(earlier);
            form.show(earlier);
        }
    }
}
