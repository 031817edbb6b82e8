package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The plan being edited, whole: its general facts as text properties, its reporting rules, targets, tasks (kept in the
 * plan's numbering) and activities as lists, each list with its table's rows and a form for the chosen row, owned here
 * ({@link PlanRuleForm}, {@link PlanTargetForm}, {@link PlanTaskForm}, {@link PlanActivityForm}). "Lưu" stores the whole plan
 * through {@link PlanService#save} (or create for a new one) in the background; while anything is wrong, the problems
 * name the row and the field and nothing is stored. Writes need the organiser's role: the refusal greys "Lưu".
 */
public final class PlanEditorViewModel extends ViewModel {
    private final PlanService service;
    private final BodyProfiles bodies;
    private final DelegationService delegations;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<PlanKind> kind = new SimpleObjectProperty<>(this, "kind", PlanKind.IMPLEMENTATION_PLAN);
    private final StringProperty number = text("number");
    private final StringProperty symbol = text("symbol");
    private final StringProperty issuedOn = text("issuedOn");
    private final StringProperty place = text("place");
    private final StringProperty title = text("title");
    private final StringProperty parentBody = text("parentBody");
    private final StringProperty bodyName = text("bodyName");
    private final StringProperty abbreviation = text("abbreviation");
    private final StringProperty signerPrefix = text("signerPrefix");
    private final StringProperty signerPrincipal = text("signerPrincipal");
    private final StringProperty signerTitle = text("signerTitle");
    private final StringProperty signerName = text("signerName");
    private final StringProperty grounds = text("grounds");
    private final StringProperty periodFrom = text("periodFrom");
    private final StringProperty periodTo = text("periodTo");
    private final StringProperty purposes = text("purposes");
    private final StringProperty requirements = text("requirements");
    private final StringProperty funding = text("funding");
    private final StringProperty recipients = text("recipients");

    private final ObservableList<ReportingRule> reporting = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<PlanTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<PlanActivity> activities = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<BodyProfile> bodyChoices = FXCollections.observableArrayList();
    private final ObservableList<DelegationSummary> delegationChoices = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper saveUnavailable = new ReadOnlyStringWrapper(this, "saveUnavailable", "");
    private final ReadOnlyStringWrapper discardUnavailable = new ReadOnlyStringWrapper(this, "discardUnavailable", "");
    private final ReadOnlyStringWrapper writeRefusal = new ReadOnlyStringWrapper(this, "writeRefusal", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper(this,
            "revision", 0);

    private final PlanFormInput input;
    private final PlanRuleForm ruleForm;
    private final PlanTargetForm targetForm;
    private final PlanTaskForm taskForm;
    private final PlanActivityForm activityForm;

    private Plan baseline;
    /** The delegations the app keeps; null until loaded (a link is not called deleted before we know). */
    private Set<Long> keptDelegations;
    private boolean loading;
    private Consumer<Long> onStored = id -> { };

    public PlanEditorViewModel(PlanService service, BodyProfiles bodies, DelegationService delegations, TaskRunner runner,
            DialogService dialogs, Messages messages) {
        super(runner);
        this.service = service;
        this.bodies = bodies;
        this.delegations = delegations;
        this.dialogs = dialogs;
        this.messages = messages;
        this.input = new PlanFormInput(messages);
        this.ruleForm = new PlanRuleForm(reporting, messages);
        this.targetForm = new PlanTargetForm(targets, input, messages);
        this.taskForm = new PlanTaskForm(tasks, targets, input, messages);
        this.activityForm = new PlanActivityForm(activities, tasks, input, messages);
        Observable[] watched = {kind, number, symbol, issuedOn, place, title, parentBody, bodyName, abbreviation, signerPrefix,
            signerPrincipal, signerTitle, signerName, grounds, periodFrom, periodTo, purposes, requirements, funding, recipients,
            reporting, targets, tasks, activities};
        for (Observable o : watched) {
            o.addListener(x -> changed());
        }
        taskForm.resultPeriodProperty().addListener(x -> refreshRows());
        refreshRoles();
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /** Called with the plan's id once it is stored. */
    public void setOnStored(Consumer<Long> callback) {
        this.onStored = Objects.requireNonNull(callback, "callback");
    }

    /** Reads again whether the person working may write plans. */
    public void refreshRoles() {
        writeRefusal.set(service.whyNotWrite().map(this::say).orElse(""));
        updateButtons();
    }

    /** Loads the kept bodies and the app's delegations (for "Gắn đoàn công tác…" and the deleted links). */
    public void loadChoices() {
        runInBackground(() -> new Choices(bodies.all(), delegations.list()), choices -> {
            bodyChoices.setAll(choices.bodies());
            delegationChoices.setAll(choices.delegations());
            Set<Long> kept = new HashSet<>();
            choices.delegations().forEach(d -> kept.add(d.id()));
            keptDelegations = kept;
            refreshRows();
        }, failure -> dialogs.showError(messages.get("ui.plan.error.title"), messages.describeFailure(failure, "\n")));
    }

    private record Choices(List<BodyProfile> bodies, List<DelegationSummary> delegations) {
    }

    /** Shows {@code plan} (null: nothing open) as stored. */
    public void open(Plan plan) {
        baseline = plan;
        present.set(plan != null);
        load(plan);
    }

    /** Opens a new, unsaved plan of the first kept body (or none), for "Tạo kế hoạch mới…". */
    public void openNew(int year) {
        BodyProfile profile = bodyChoices.isEmpty() ? null : bodyChoices.get(0);
        IssuingBody body = profile == null ? new IssuingBody("", "", "") : profile.body();
        Signer signer = profile == null || profile.signers().isEmpty() ? new Signer("", "", "", "") : profile.signers().get(0);
        Plan plan = new Plan(null, body, PlanKind.IMPLEMENTATION_PLAN, "", profile == null ? "" : profile.planSymbol(), null,
                profile == null ? "" : profile.place(), "", List.of(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                List.of(), List.of(), "", List.of(), List.of(), signer, List.of(), List.of(), List.of());
        baseline = null;
        present.set(true);
        load(plan);
        changed();
    }

    private void load(Plan plan) {
        loading = true;
        try {
            Plan p = plan != null ? plan : new Plan(null, new IssuingBody("", "", ""), PlanKind.IMPLEMENTATION_PLAN, "", "", null, "",
                    "", List.of(), null, null, List.of(), List.of(), "", List.of(), List.of(), new Signer("", "", "", ""), List.of(),
                    List.of(), List.of());
            kind.set(p.kind());
            number.set(p.number());
            symbol.set(p.symbol());
            issuedOn.set(PlanTexts.date(p.issuedOn()));
            place.set(p.place());
            title.set(p.title());
            parentBody.set(p.issuingBody().parentBody());
            bodyName.set(p.issuingBody().name());
            abbreviation.set(p.issuingBody().abbreviation());
            signerPrefix.set(p.signer().authorityPrefix());
            signerPrincipal.set(p.signer().principalTitle());
            signerTitle.set(p.signer().title());
            signerName.set(p.signer().name());
            grounds.set(PlanTexts.joinLines(p.grounds().stream().map(g -> messages.get(g.kind().labelKey()) + " " + g.text()).toList()));
            periodFrom.set(PlanTexts.date(p.periodFrom()));
            periodTo.set(PlanTexts.date(p.periodTo()));
            purposes.set(PlanTexts.joinLines(p.purposes()));
            requirements.set(PlanTexts.joinLines(p.requirements()));
            funding.set(p.funding());
            recipients.set(PlanTexts.joinLines(p.recipients()));
            reporting.setAll(p.reporting());
            targets.setAll(p.targets());
            tasks.setAll(PlanTaskForm.sorted(p.tasks()));
            activities.setAll(p.activities());
            activityForm.findTaskAgain();
            if (taskForm.resultPeriodProperty().get().isEmpty() && p.periodFrom() != null) {
                taskForm.resultPeriodProperty().set(Integer.toString(p.periodFrom().getYear()));
            }
            problems.clear();
            saveState.set("");
        } finally {
            loading = false;
        }
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(present.get() && (baseline == null || !build(new ArrayList<>()).equals(baseline)));
        heading.set(present.get() ? (title.get().isBlank() ? messages.get("ui.plan.untitled") : title.get().strip()) : "");
        refreshRows();
        updateButtons();
        revision.set(revision.get() + 1);
    }

    private void updateButtons() {
        String refusal = writeRefusal.get();
        if (!refusal.isEmpty()) {
            saveUnavailable.set(refusal);
        } else if (!present.get()) {
            saveUnavailable.set(messages.get("ui.plan.save.nothingOpen"));
        } else if (!dirty.get()) {
            saveUnavailable.set(messages.get("ui.plan.save.noChanges"));
        } else if (isBusy()) {
            saveUnavailable.set(messages.get("ui.plan.save.busy"));
        } else {
            saveUnavailable.set("");
        }
        discardUnavailable.set(dirty.get() ? "" : messages.get("ui.plan.save.noChanges"));
    }

    private void refreshRows() {
        if (loading) {
            return;
        }
        ruleForm.refreshRows();
        targetForm.refreshRows();
        taskForm.refreshRows();
        activityForm.refreshRows(keptDelegations);
    }

    /**
     * The plan as typed; problems of the typing itself (a date that is not one, a count that is not a number) go to
     * {@code inputErrors}.
     */
    public Plan build(List<String> inputErrors) {
        return new Plan(baseline == null ? null : baseline.id(), new IssuingBody(parentBody.get(), bodyName.get(), abbreviation.get()),
                kind.get() == null ? PlanKind.IMPLEMENTATION_PLAN : kind.get(), number.get(), symbol.get(),
                input.date(issuedOn.get(), "ui.plan.field.issuedOn", inputErrors), place.get(), title.get(), input.grounds(grounds.get()),
                input.date(periodFrom.get(), "ui.plan.field.periodFrom", inputErrors),
                input.date(periodTo.get(), "ui.plan.field.periodTo", inputErrors),
                PlanTexts.lines(purposes.get()), PlanTexts.lines(requirements.get()), funding.get(), List.copyOf(reporting),
                PlanTexts.lines(recipients.get()),
                new Signer(signerPrefix.get(), signerPrincipal.get(), signerTitle.get(), signerName.get()),
                List.copyOf(targets), List.copyOf(tasks), List.copyOf(activities));
    }

    /**
     * Stores the whole plan in the background when it is valid; otherwise lists every problem, naming the row and the
     * field, and stores nothing. False when nothing was started.
     */
    public boolean save() {
        List<String> found = check();
        if (!found.isEmpty() || !saveUnavailable.get().isEmpty()) {
            return false;
        }
        Plan plan = build(new ArrayList<>());
        saveState.set(messages.get("ui.plan.save.saving"));
        runInBackground(() -> store(plan), stored -> {
            baseline = stored;
            load(stored);
            saveState.set(messages.get("ui.plan.save.saved"));
            onStored.accept(stored.id());
        }, failure -> {
            saveState.set("");
            problems.setAll(messages.describeFailure(failure, "\n").split("\n"));
            updateButtons();
        });
        updateButtons();
        return true;
    }

    private Plan store(Plan plan) {
        if (plan.id() == null) {
            long id = service.create(plan);
            return service.find(id).orElseThrow();
        }
        service.save(plan);
        return service.find(plan.id()).orElseThrow();
    }

    /** The problems that stop a save, as shown: each names the row and the field; empty when the plan may be stored. */
    public List<String> check() {
        List<String> found = new ArrayList<>();
        Plan plan = build(found);
        for (ValidationError error : service.validate(plan)) {
            found.add(messages.get(error.messageKey(), error.args().toArray()));
        }
        problems.setAll(found);
        return found;
    }

    /** Goes back to the stored plan (or closes a new one). */
    public void discard() {
        if (baseline == null) {
            open(null);
        } else {
            load(baseline);
        }
    }

    /** Runs {@code proceed} once the unsaved changes are saved or dropped as the user chose; {@code stay} otherwise. */
    public void leave(Runnable proceed, Runnable stay) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        switch (dialogs.askUnsaved(messages.get("ui.plan.unsaved.title"), messages.get("ui.plan.unsaved.message", heading.get()))) {
            case DISCARD -> {
                discard();
                proceed.run();
            }
            case SAVE -> {
                if (check().isEmpty() && writeRefusal.get().isEmpty()) {
                    Plan stored = store(build(new ArrayList<>()));
                    baseline = stored;
                    load(stored);
                    onStored.accept(stored.id());
                    proceed.run();
                } else {
                    stay.run();
                }
            }
            default -> stay.run();
        }
    }

    // The general page's choices.

    /** Takes the issuing body, place, symbol and first signer of a kept body profile. */
    public void applyBody(BodyProfile profile) {
        if (profile == null) {
            return;
        }
        parentBody.set(profile.body().parentBody());
        bodyName.set(profile.body().name());
        abbreviation.set(profile.body().abbreviation());
        if (!profile.place().isEmpty()) {
            place.set(profile.place());
        }
        if (!profile.planSymbol().isEmpty()) {
            symbol.set(profile.planSymbol());
        }
        if (!profile.signers().isEmpty()) {
            applySigner(profile.signers().get(0));
        }
    }

    public void applySigner(Signer signer) {
        if (signer == null) {
            return;
        }
        signerPrefix.set(signer.authorityPrefix());
        signerPrincipal.set(signer.principalTitle());
        signerTitle.set(signer.title());
        signerName.set(signer.name());
    }

    private String say(Phrase phrase) {
        return messages.get(phrase.key(), phrase.args().toArray());
    }

    // Properties.

    public ObjectProperty<PlanKind> kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty bodyNameProperty() {
        return bodyName;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty signerPrefixProperty() {
        return signerPrefix;
    }

    public StringProperty signerPrincipalProperty() {
        return signerPrincipal;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    /** One ground a line, opening with "Thực hiện" or "Căn cứ". */
    public StringProperty groundsProperty() {
        return grounds;
    }

    public StringProperty periodFromProperty() {
        return periodFrom;
    }

    public StringProperty periodToProperty() {
        return periodTo;
    }

    public StringProperty purposesProperty() {
        return purposes;
    }

    public StringProperty requirementsProperty() {
        return requirements;
    }

    public StringProperty fundingProperty() {
        return funding;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    /** The reporting rules' list and form (on "Thông tin chung"). */
    public PlanRuleForm ruleForm() {
        return ruleForm;
    }

    /** The form of the chosen target ("Chỉ tiêu"). */
    public PlanTargetForm targetForm() {
        return targetForm;
    }

    /** The form of the chosen task and the period of the results shown ("Nhiệm vụ"). */
    public PlanTaskForm taskForm() {
        return taskForm;
    }

    /** The form of the chosen activity and the delegations' links ("Hoạt động"). */
    public PlanActivityForm activityForm() {
        return activityForm;
    }

    /** The tasks in the plan's numbering (choices for an activity's task). */
    public ObservableList<PlanTask> tasks() {
        return tasks;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<BodyProfile> bodyChoices() {
        return bodyChoices;
    }

    public ObservableList<DelegationSummary> delegationChoices() {
        return delegationChoices;
    }

    /** Counts the changes of the plan as typed: the progress and the calendar follow it. */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The stored plan being edited; null for a new one or none. */
    public Plan baseline() {
        return baseline;
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why "Lưu" is greyed ("" while it works). */
    public ReadOnlyStringProperty saveUnavailableProperty() {
        return saveUnavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty discardUnavailableProperty() {
        return discardUnavailable.getReadOnlyProperty();
    }

    /** Why this login may not write plans ("" when it may): greys every write button. */
    public ReadOnlyStringProperty writeRefusalProperty() {
        return writeRefusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }
}
