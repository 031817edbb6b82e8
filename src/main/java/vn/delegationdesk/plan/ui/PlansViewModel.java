package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.PlanSummary;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.plan.ui.progress.PlanCalendarViewModel;
import vn.delegationdesk.plan.ui.progress.PlanProgressViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The plans area: the list of the body's plans and the chosen plan in the editor, with its progress and calendar. Choosing
 * another plan (or a new one) asks first when the editor has unsaved changes; loading runs in the background.
 */
public final class PlansViewModel extends ViewModel {
    /** A line of the list, as shown. */
    public record PlanRow(long id, String number, String title, String body, String period, String kind, int tasks,
            int activities) {
    }

    private final PlanService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final PlanEditorViewModel editor;
    private final PlanProgressViewModel progress;
    private final PlanCalendarViewModel calendar;
    private final QuickSessionsViewModel quick;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper createUnavailable = new ReadOnlyStringWrapper(this, "createUnavailable", "");
    private boolean choosing;
    private Runnable afterStore = () -> { };

    public PlansViewModel(PlanService service, BodyProfiles bodies, DelegationService delegations, TaskRunner tasks,
            DialogService dialogs, Messages messages, Supplier<LocalDate> today) {
        super(tasks);
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.editor = new PlanEditorViewModel(service, bodies, delegations, tasks, dialogs, messages);
        this.progress = new PlanProgressViewModel(messages, today);
        this.calendar = new PlanCalendarViewModel(messages, today);
        this.quick = new QuickSessionsViewModel(editor, messages);
        placeholder.set(messages.get("ui.plan.list.loading"));
        createUnavailable.set(service.whyNotWrite().map(p -> messages.get(p.key(), p.args().toArray())).orElse(""));
        editor.revisionProperty().addListener((o, old, now) -> follow());
        editor.setOnStored(id -> {
            quick.restart();
            reloadAndSelect(id);
            afterStore.run();
        });
    }

    private void follow() {
        Plan plan = editor.presentProperty().get() ? editor.build(new ArrayList<>()) : null;
        progress.show(plan);
        calendar.show(plan);
    }

    /** Runs {@code action} after each store of a plan (the due list and the delegation's line follow). */
    public void setAfterStore(Runnable action) {
        this.afterStore = action;
    }

    /** Loads the list (and the editor's choices of bodies and delegations). */
    public void load() {
        editor.loadChoices();
        reloadAndSelect(null);
    }

    /** Loads the list again and chooses plan {@code id} (null: keeps the choice). */
    public void reloadAndSelect(Long id) {
        runInBackground(service::list, summaries -> {
            choosing = true;
            try {
                rows.setAll(summaries.stream().map(this::row).toList());
            } finally {
                choosing = false;
            }
            placeholder.set(messages.get("ui.plan.list.empty"));
            loaded.set(true);
            if (id != null) {
                selectQuietly(indexOf(id));
            }
        }, failure -> {
            placeholder.set(messages.get("ui.plan.list.error", messages.describeFailure(failure, "; ")));
            loaded.set(true);
        });
    }

    private PlanRow row(PlanSummary s) {
        String period = s.periodFrom() == null ? "" : VietnameseDates.range(s.periodFrom(), s.periodTo());
        return new PlanRow(s.id(), s.numberAndSymbol().isEmpty() ? messages.get("ui.plan.list.noNumber") : s.numberAndSymbol(),
                s.title(), s.issuingBodyName(), period, PlanTexts.label(messages, s.kind()), s.tasks(), s.activities());
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void selectQuietly(int index) {
        choosing = true;
        try {
            selected.set(index);
        } finally {
            choosing = false;
        }
    }

    /** Opens the plan of row {@code index}, asking first about unsaved changes; the selection goes back when the user stays. */
    public void choose(int index) {
        if (choosing) {
            return;
        }
        if (index < 0 || index >= rows.size()) {
            return;
        }
        long id = rows.get(index).id();
        Plan open = editor.baseline();
        if (open != null && open.id() != null && open.id() == id && editor.presentProperty().get()) {
            selectQuietly(index);
            return;
        }
        int previous = open == null || open.id() == null ? -1 : indexOf(open.id());
        editor.leave(() -> {
            selectQuietly(index);
            openPlan(id);
        }, () -> selectQuietly(previous));
    }

    /** Chooses plan {@code id} in the list and opens it (from the due list). */
    public void openPlan(long id) {
        runInBackground(() -> service.find(id), found -> {
            selectQuietly(indexOf(id));
            editor.open(found.orElse(null));
            quick.restart();
        }, failure -> dialogs.showError(messages.get("ui.plan.error.title"), messages.describeFailure(failure, "\n")));
    }

    /** Asks about unsaved changes, then opens plan {@code id}. */
    public void goTo(long id) {
        editor.leave(() -> openPlan(id), () -> { });
    }

    /** "Tạo kế hoạch mới…": asks about unsaved changes, then opens a new plan for this year. */
    public void createNew() {
        if (!createUnavailable.get().isEmpty()) {
            return;
        }
        editor.leave(() -> {
            selectQuietly(-1);
            editor.openNew(today.get().getYear());
            quick.restart();
        }, () -> { });
    }

    /** The plan open in the editor, as stored. */
    public Optional<Plan> opened() {
        return Optional.ofNullable(editor.baseline());
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    /** The index of the chosen row; the view keeps the table's selection in step. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Why "Tạo kế hoạch mới…" is greyed ("" when it works). */
    public ReadOnlyStringProperty createUnavailableProperty() {
        return createUnavailable.getReadOnlyProperty();
    }

    public PlanEditorViewModel editor() {
        return editor;
    }

    public PlanProgressViewModel progress() {
        return progress;
    }

    public PlanCalendarViewModel calendar() {
        return calendar;
    }

    public QuickSessionsViewModel quick() {
        return quick;
    }

    /** The titles of the rows, for tests and the accessible text. */
    List<String> titles() {
        return rows.stream().map(PlanRow::title).toList();
    }
}
