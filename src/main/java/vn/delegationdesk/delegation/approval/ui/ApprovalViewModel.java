package vn.delegationdesk.delegation.approval.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.approval.ApprovalChecks;
import vn.delegationdesk.delegation.approval.ApprovalDecision;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.ApprovalState;
import vn.delegationdesk.delegation.approval.ApprovalStep;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The "Phê duyệt" tab's state: the open delegation's stage and what it records (who moved it, the approval), the steps
 * the current user may take now, each greyed with its reason when not (the stage, the role it needs, unsaved changes),
 * the forms of an approval (body, number, date) and of a return (the reason), and the audit list, newest first. It
 * follows the stored delegation: opening, saving or reverting reloads the trail. A step works on the stored plan; once
 * taken, the editor reopens the delegation as stored (its status may have changed) and {@code onMoved} is told.
 */
public final class ApprovalViewModel extends ViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ApprovalService approvals;
    private final DelegationService delegations;
    private final DelegationEditorViewModel editor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<ApprovalState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper(this, "stageText", "");
    private final ReadOnlyStringWrapper stageDetail = new ReadOnlyStringWrapper(this, "stageDetail", "");
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper(this, "userText", "");
    private final ObservableList<AuditRow> history = FXCollections.observableArrayList();
    private final StringProperty approvalBody = new SimpleStringProperty(this, "approvalBody", "");
    private final StringProperty approvalNumber = new SimpleStringProperty(this, "approvalNumber", "");
    private final DateInput approvalDate;
    private final StringProperty returnReason = new SimpleStringProperty(this, "returnReason", "");
    private final ObservableList<String> formProblems = FXCollections.observableArrayList();
    private final StringBinding submitUnavailable;
    private final StringBinding appraiseUnavailable;
    private final StringBinding approveUnavailable;
    private final StringBinding returnUnavailable;
    private final RevisionsViewModel revisions;
    private LongConsumer onMoved = id -> { };
    private long generation;

    public ApprovalViewModel(ApprovalService approvals, DelegationService delegations, DelegationEditorViewModel editor,
            TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone) {
        super(tasks);
        this.approvals = approvals;
        this.delegations = delegations;
        this.editor = editor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
        revisions = new RevisionsViewModel(approvals, () -> editor.draft().get(), tasks, dialogs, messages, zone);
        approvalDate = new DateInput(messages.get("ui.approval.date.invalid"), message -> { });
        userText.set(describeUser());
        submitUnavailable = unavailable(ApprovalStep.SUBMIT);
        appraiseUnavailable = unavailable(ApprovalStep.APPRAISE);
        approveUnavailable = unavailable(ApprovalStep.APPROVE);
        returnUnavailable = unavailable(ApprovalStep.RETURN);
        editor.draft().baselineProperty().addListener((observable, old, stored) -> reload());
        reload();
    }

    /** Told the id of a delegation after a step moved it (the list reloads its status). */
    public void setOnMoved(LongConsumer action) {
        onMoved = action;
    }

    private StringBinding unavailable(ApprovalStep step) {
        return Bindings.createStringBinding(() -> whyNot(step), state, userText, editor.dirtyProperty(), busyProperty());
    }

    private String whyNot(ApprovalStep step) {
        ApprovalState current = state.get();
        if (current == null) {
            return messages.get("ui.approval.unavailable.none");
        }
        Optional<Phrase> refusal = approvals.whyNot(step, current.stage());
        if (refusal.isPresent()) {
            return messages.get(refusal.get().key(), refusal.get().args().toArray());
        }
        if (editor.isDirty()) {
            return messages.get("ui.approval.unavailable.unsaved");
        }
        return isBusy() ? messages.get("ui.approval.unavailable.busy") : "";
    }

    /** Reads the stored delegation's stage and audit list again (nothing when none is open). */
    public void reload() {
        Delegation stored = editor.draft().baselineProperty().get();
        long mine = ++generation;
        if (stored == null || stored.id() == null) {
            show(null, List.of());
            revisions.show(null, null, List.of());
            return;
        }
        long id = stored.id();
        runInBackground(() -> new Loaded(approvals.state(id), approvals.trail(id), approvals.revisions(id)), loaded -> {
            if (mine == generation) {
                show(loaded.state(), loaded.trail());
                revisions.show(id, loaded.state().stage(), loaded.revisions());
            }
        }, error -> dialogs.showError(messages.get("ui.approval.failed"), messages.describeFailure(error, "\n")));
    }

    private record Loaded(ApprovalState state, List<AuditEntry> trail, List<Revision> revisions) {
    }

    private void show(ApprovalState current, List<AuditEntry> trail) {
        state.set(current);
        stageText.set(current == null ? "" : messages.get(current.stage().labelKey()));
        stageDetail.set(current == null ? "" : detail(current));
        List<AuditRow> rows = new ArrayList<>(trail.stream().map(this::row).toList());
        Collections.reverse(rows);
        history.setAll(rows);
    }

    private String detail(ApprovalState current) {
        if (current.changedBy() == null) {
            return messages.get("ui.approval.stage.never");
        }
        String by = messages.get("ui.approval.stage.by", current.changedBy(), WHEN.format(current.changedAt().atZone(zone)));
        if (current.stage() == ApprovalStage.APPROVED && current.decision() != null) {
            ApprovalDecision d = current.decision();
            return messages.get("ui.approval.decision", d.body(), d.number(), DAY.format(d.date())) + " " + by;
        }
        return by;
    }

    private AuditRow row(AuditEntry entry) {
        String what = switch (entry.action()) {
            case RETURNED -> messages.get(entry.action().labelKey(), messages.get(entry.from() == null
                    ? ApprovalStage.SUBMITTED.labelKey() : entry.from().labelKey()), entry.detail());
            // A submission names the revision it froze ("Trình duyệt – bản 2"); lines from before revisions name none.
            case SUBMITTED -> entry.detail().isBlank() ? messages.get(entry.action().labelKey())
                    : messages.get("approvals.audit.submittedRevision", entry.detail());
            default -> messages.get(entry.action().labelKey(), entry.detail());
        };
        return new AuditRow(WHEN.format(entry.at().atZone(zone)), entry.who(), what);
    }

    /** "Người dùng: an – vai trò: Soạn kế hoạch, Tài chính, Lãnh đạo". */
    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    /** Shows who works now again, after a new name (the steps' reasons name the user too). */
    public void refreshUser() {
        userText.set(describeUser());
    }

    private String describeUser() {
        User user = approvals.user();
        String roles = user.roles().stream().sorted().map(role -> messages.get(role.labelKey()))
                .collect(Collectors.joining(", "));
        return messages.get("ui.approval.user", user.name(), roles.isEmpty() ? messages.get("ui.approval.user.noRole") : roles);
    }

    /** Trình duyệt. */
    public void submit() {
        step(ApprovalStep.SUBMIT, id -> approvals.submit(id));
    }

    /** Thẩm định. */
    public void appraise() {
        step(ApprovalStep.APPRAISE, id -> approvals.appraise(id));
    }

    /** Empties the approval form before it is shown. */
    public void startApproval() {
        approvalBody.set("");
        approvalNumber.set("");
        approvalDate.show(null);
        formProblems.clear();
    }

    /** Empties the return form before it is shown. */
    public void startReturn() {
        returnReason.set("");
        formProblems.clear();
    }

    /**
     * Phê duyệt with the form's body, number and date: false, with each problem named in {@link #formProblems()}, while
     * the form is incomplete; true once the step started.
     */
    public boolean approve() {
        String dateError = approvalDate.errorProperty().get();
        LocalDate date = approvalDate.valueProperty().get();
        // A date typed wrong is named by its own message, not as missing.
        List<ValidationError> problems = ApprovalChecks.approval(approvalBody.get(), approvalNumber.get(), date).stream()
                .filter(p -> dateError == null || !p.path().equals("date")).toList();
        if (!problems.isEmpty() || dateError != null) {
            showProblems(problems, dateError);
            return false;
        }
        ApprovalDecision decision = new ApprovalDecision(approvalBody.get(), approvalNumber.get(), date);
        formProblems.clear();
        return step(ApprovalStep.APPROVE, id -> approvals.approve(id, decision));
    }

    /** Trả lại with the form's reason: false, naming the field, without one; true once the step started. */
    public boolean returnToDraft() {
        List<ValidationError> problems = ApprovalChecks.reason(returnReason.get());
        if (!problems.isEmpty()) {
            showProblems(problems, null);
            return false;
        }
        String reason = returnReason.get();
        formProblems.clear();
        return step(ApprovalStep.RETURN, id -> approvals.returnToDraft(id, reason));
    }

    private void showProblems(List<ValidationError> problems, String dateError) {
        List<String> lines = new ArrayList<>(problems.stream()
                .map(p -> messages.get(p.messageKey(), p.args().toArray())).toList());
        if (dateError != null) {
            lines.add(dateError);
        }
        formProblems.setAll(lines);
    }

    @FunctionalInterface
    private interface Move {
        ApprovalState run(long id);
    }

    private boolean step(ApprovalStep step, Move move) {
        Delegation stored = editor.draft().baselineProperty().get();
        String why = whyNot(step);
        if (stored == null || stored.id() == null || !why.isEmpty()) {
            if (stored != null && !why.isEmpty()) {
                dialogs.showError(messages.get("ui.approval.refused.title", messages.get(step.labelKey())), why);
            }
            return false;
        }
        long id = stored.id();
        runInBackground(() -> {
            move.run(id);
            return delegations.find(id).orElseThrow();
        }, fresh -> {
            editor.open(fresh);
            reload();
            onMoved.accept(id);
        }, error -> {
            if (!(error instanceof ValidationException)) {
                reload();
            }
            dialogs.showError(messages.get("ui.approval.refused.title", messages.get(step.labelKey())),
                    messages.describeFailure(error, "\n"));
        });
        return true;
    }

    public ReadOnlyObjectProperty<ApprovalState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Đã trình", "Đã phê duyệt" …; empty while no delegation is open. */
    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    /** Who moved it there and when, and the approval's body, number and date once approved. */
    public ReadOnlyStringProperty stageDetailProperty() {
        return stageDetail.getReadOnlyProperty();
    }

    /** The revisions frozen at each submission: the list, the comparison, the approved documents. */
    public RevisionsViewModel revisions() {
        return revisions;
    }

    /** The audit list, newest first. */
    public ObservableList<AuditRow> history() {
        return history;
    }

    public StringBinding submitUnavailableProperty() {
        return submitUnavailable;
    }

    public StringBinding appraiseUnavailableProperty() {
        return appraiseUnavailable;
    }

    public StringBinding approveUnavailableProperty() {
        return approveUnavailable;
    }

    public StringBinding returnUnavailableProperty() {
        return returnUnavailable;
    }

    public StringProperty approvalBodyProperty() {
        return approvalBody;
    }

    public StringProperty approvalNumberProperty() {
        return approvalNumber;
    }

    public DateInput approvalDate() {
        return approvalDate;
    }

    public StringProperty returnReasonProperty() {
        return returnReason;
    }

    /** The problems of the approval or return form last confirmed, each naming its field. */
    public ObservableList<String> formProblems() {
        return formProblems;
    }

    /** Whether a role is held by the current user (the page shows only the steps of roles the user has). */
    public boolean holds(Role role) {
        return approvals.user().has(role);
    }
}
