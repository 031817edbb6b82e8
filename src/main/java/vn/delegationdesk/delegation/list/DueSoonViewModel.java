package vn.delegationdesk.delegation.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Việc sắp đến hạn": every open responsibility of every delegation due in the next {@link #DAYS} days, and
 * every overdue one, the most overdue first. Loads in the background; "today" comes from the injected
 * supplier so that tests are deterministic. Opening an item hands its delegation id to the callback.
 */
public final class DueSoonViewModel extends ViewModel {
    /** The horizon of the list, today included: today … today + 14. */
    public static final int DAYS = 14;

    private final DelegationService service;
    private final Messages messages;
    private final EnumLabels labels;
    private final Supplier<LocalDate> today;

    private final ObservableList<DueSoonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DueSoonRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(this, "overdueCount", 0);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private Consumer<Long> openRequested = id -> { };
    private Consumer<Long> openPlanRequested = id -> { };
    private Function<LocalDate, List<OtherDue>> others = day -> List.of();
    private int generation;

    public DueSoonViewModel(DelegationService service, TaskRunner tasks, Messages messages, Supplier<LocalDate> today) {
        super(tasks);
        this.service = service;
        this.messages = messages;
        this.labels = new EnumLabels(messages);
        this.today = today;
        placeholder.set(messages.get("ui.due.loading"));
    }

    /** The items, most pressing first. */
    public ObservableList<DueSoonRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    /** For a badge: "5 việc sắp đến hạn", "5 việc sắp đến hạn (2 quá hạn)", or "Không có việc sắp đến hạn". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What an empty table says: loading, nothing due, or why the list could not be loaded. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** True once a load has finished (successfully or not). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Called with the delegation id when the user opens an item (Enter or double-click). */
    public void setOnOpenRequested(Consumer<Long> callback) {
        this.openRequested = Objects.requireNonNull(callback, "callback");
    }

    /**
     * Adds the plans' tasks and report deadlines to the list: {@code source} gives them for a day (due within
     * {@link #DAYS} days or overdue); opening one hands its plan's id to {@code open}.
     */
    public void setOthers(Function<LocalDate, List<OtherDue>> source, Consumer<Long> open) {
        this.others = Objects.requireNonNull(source, "source");
        this.openPlanRequested = Objects.requireNonNull(open, "open");
    }

    public void open(DueSoonRow row) {
        if (row != null && row.isPlan()) {
            openPlanRequested.accept(row.planId());
        } else if (row != null) {
            openRequested.accept(row.delegationId());
        }
    }

    /** Loads the list again (after a save, or when the day has changed); a newer load wins over an older one. */
    public void reload() {
        int mine = ++generation;
        LocalDate day = today.get();
        if (rows.isEmpty()) {
            placeholder.set(messages.get("ui.due.loading"));
        }
        Function<LocalDate, List<OtherDue>> source = others;
        runInBackground(() -> new Due(service.dueWithin(day, DAYS), source.apply(day)), due -> {
            if (mine == generation) {
                show(day, due.responsibilities(), due.others());
            }
        }, failure -> {
            if (mine == generation) {
                rows.clear();
                count.set(0);
                overdueCount.set(0);
                countText.set("");
                placeholder.set(messages.get("ui.due.error", messages.describeFailure(failure, "; ")));
                loaded.set(true);
            }
        });
    }

    private record Due(List<DueResponsibility> responsibilities, List<OtherDue> others) {
    }

    private record Dated(LocalDate date, DueSoonRow row) {
    }

    private void show(LocalDate day, List<DueResponsibility> due, List<OtherDue> other) {
        // The delegations' items come most pressing first; the plans' join them by date, after those of the same day.
        List<Dated> merged = new ArrayList<>();
        due.forEach(item -> merged.add(new Dated(item.dueDate(), row(day, item))));
        other.forEach(item -> merged.add(new Dated(item.date(), row(day, item))));
        merged.sort(Comparator.comparing(Dated::date));
        rows.setAll(merged.stream().map(Dated::row).toList());
        int overdue = (int) due.stream().filter(item -> item.isOverdue(day)).count()
                + (int) other.stream().filter(item -> item.date().isBefore(day)).count();
        count.set(rows.size());
        overdueCount.set(overdue);
        if (rows.isEmpty()) {
            countText.set(messages.get("ui.due.count.none"));
        } else if (overdue == 0) {
            countText.set(messages.get("ui.due.count", rows.size()));
        } else {
            countText.set(messages.get("ui.due.count.overdue", rows.size(), overdue));
        }
        placeholder.set(messages.get("ui.due.placeholder", DAYS));
        loaded.set(true);
    }

    private DueSoonRow row(LocalDate day, OtherDue item) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(day, item.date());
        DueSoonRow.Urgency urgency = left < 0 ? DueSoonRow.Urgency.OVERDUE
                : left == 0 ? DueSoonRow.Urgency.TODAY : DueSoonRow.Urgency.SOON;
        String remaining = switch (urgency) {
            case OVERDUE -> messages.get("ui.due.overdue", -left);
            case TODAY -> messages.get("ui.due.today");
            case SOON -> messages.get("ui.due.left", left);
        };
        String date = VietnameseDates.withWeekday(item.date());
        String due = messages.get("ui.responsibility.due", date);
        String duty = item.text().isEmpty() ? item.what() : item.what() + ": " + item.text();
        String accessible = messages.get("ui.due.row.accessible", due, remaining, item.unit(), item.what(), duty, item.owner());
        // The role column is a delegation's (Chủ trì, Phối hợp): the item says what it is in the duty column instead.
        return new DueSoonRow(-1, -1, urgency, due, date, remaining, item.unit(), "", duty, item.owner(), item.status(),
                accessible, item.ownerId());
    }

    private DueSoonRow row(LocalDate day, DueResponsibility item) {
        Responsibility r = item.responsibility();
        long left = item.daysLeft(day);
        DueSoonRow.Urgency urgency = left < 0 ? DueSoonRow.Urgency.OVERDUE
                : left == 0 ? DueSoonRow.Urgency.TODAY : DueSoonRow.Urgency.SOON;
        String remaining = switch (urgency) {
            case OVERDUE -> messages.get("ui.due.overdue", -left);
            case TODAY -> messages.get("ui.due.today");
            case SOON -> messages.get("ui.due.left", left);
        };
        String date = VietnameseDates.withWeekday(item.dueDate());
        String due = messages.get("ui.responsibility.due", date);
        String firstDuty = r.duties().isEmpty() ? messages.get("ui.due.noDuties")
                : r.duties().size() == 1 ? r.duties().get(0)
                : messages.get("ui.due.moreDuties", r.duties().get(0), r.duties().size() - 1);
        String unit = r.unit().isEmpty() ? messages.get("ui.responsibility.editor.unit.missing") : r.unit();
        String accessible = messages.get("ui.due.row.accessible", due, remaining, unit, labels.label(r.role()), firstDuty,
                item.delegationTitle());
        return new DueSoonRow(item.delegationId(), item.position(), urgency, due, date, remaining, unit,
                labels.label(r.role()), firstDuty, item.delegationTitle(), labels.label(r.status()), accessible);
    }
}
