package vn.delegationdesk.delegation.list;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.SortableText;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The list of delegations: loads summaries in the background, filters them by a search text that ignores
 * case and Vietnamese marks ("dak lak" finds "Đắk Lắk"), opens the selected delegation and creates the
 * built-in sample when the store is empty.
 */
public final class DelegationListViewModel extends ViewModel {
    private final DelegationService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private final Supplier<Delegation> sampleFactory;

    private final ObservableList<DelegationRowItem> allRows = FXCollections.observableArrayList();
    private final FilteredList<DelegationRowItem> rows = new FilteredList<>(allRows);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper emptyStore = new ReadOnlyBooleanWrapper(this, "emptyStore", false);
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(this, "noMatches", false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ObjectProperty<DelegationRowItem> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<Delegation> openedDelegation = new ReadOnlyObjectWrapper<>(this, "openedDelegation");
    /** The version the opened delegation was read at, set before {@link #openedDelegation}. */
    private StoredVersion openedVersion;

    /** Asks before another delegation replaces one with unsaved changes; by default nothing to ask. */
    public interface LeaveGuard {
        void leave(Runnable proceed, Runnable stay);
    }

    private LeaveGuard leaveGuard = (proceed, stay) -> proceed.run();
    private boolean restoringSelection;

    /** Newer requests win: a slow answer to an older load or open is dropped. */
    private long loadGeneration;
    private long openGeneration;

    public DelegationListViewModel(DelegationService service, TaskRunner tasks, DialogService dialogs, Messages messages,
            Supplier<Delegation> sampleFactory) {
        super(tasks);
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
        this.sampleFactory = sampleFactory;
        searchText.addListener((observable, old, text) -> applyFilter());
        selectedRow.addListener((observable, old, row) -> {
            if (restoringSelection || row == null || (old != null && old.id() == row.id())) {
                return;
            }
            leaveGuard.leave(() -> open(row), () -> restoreSelection(old));
        });
        statusText.set(messages.get("ui.list.status.loading"));
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** The rows matching the search text, in store order; the view sorts them. */
    public ObservableList<DelegationRowItem> rows() {
        return rows;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** True once the first load has finished (successfully or not). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when a load found no delegation at all: the view offers to create the sample. */
    public ReadOnlyBooleanProperty emptyStoreProperty() {
        return emptyStore.getReadOnlyProperty();
    }

    public boolean isEmptyStore() {
        return emptyStore.get();
    }

    /** True when there are delegations but none matches the search text. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** "3 đoàn công tác", "Hiển thị 1/3 đoàn công tác", "Đang tải danh sách đoàn…". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** "Không có đoàn nào khớp với “…”." — shown in the table when the search finds nothing. */
    public String noMatchesText() {
        return messages.get("ui.list.placeholder.noMatches", searchText.get().strip());
    }

    public ObjectProperty<DelegationRowItem> selectedRowProperty() {
        return selectedRow;
    }

    /** The delegation loaded for the detail view; null until one is opened. */
    public ReadOnlyObjectProperty<Delegation> openedDelegationProperty() {
        return openedDelegation.getReadOnlyProperty();
    }

    /** The stored version {@link #openedDelegationProperty()} was read at (null when none is open): an editor saves from it. */
    public StoredVersion openedVersion() {
        return openedDelegation.get() == null ? null : openedVersion;
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** (Re)loads the summaries from the store. */
    public void load() {
        load(null);
    }

    public void setLeaveGuard(LeaveGuard guard) {
        this.leaveGuard = guard;
    }

    /** Reloads the list and selects (so opens, if it is another one) the delegation with this id. */
    public void reloadAndSelect(long id) {
        load(id);
    }

    /** Opens the delegation with this id (from the due list), asking first about unsaved changes. */
    public void select(long id) {
        if (allRows.stream().anyMatch(row -> row.id() == id) && rows.stream().noneMatch(row -> row.id() == id)) {
            searchText.set("");
        }
        rows.stream().filter(row -> row.id() == id).findFirst().ifPresent(selectedRow::set);
    }

    /** After a delete: reloads and opens nothing. */
    public void reloadAfterDelete() {
        selectedRow.set(null);
        openedDelegation.set(null);
        load(null);
    }

    private void restoreSelection(DelegationRowItem previous) {
        restoringSelection = true;
        try {
            selectedRow.set(previous);
        } finally {
            restoringSelection = false;
        }
    }

    /** Opens a row: loads its delegation in the background and publishes it in {@link #openedDelegationProperty()}. */
    public void open(DelegationRowItem row) {
        long generation = ++openGeneration;
        long id = row.id();
        runInBackground(() -> service.openVersioned(id), found -> opened(generation, found), error -> {
            if (generation == openGeneration) {
                dialogs.showError(messages.get("ui.list.error.open"), describe(error));
            }
        });
    }

    /** Creates the built-in sample delegation, reloads, and selects (so opens) it. */
    public void createSample() {
        runInBackground(() -> service.create(sampleFactory.get()), this::load,
                error -> dialogs.showError(messages.get("ui.list.error.sample"), describe(error)));
    }

    // ---- internals -------------------------------------------------------------------------------------

    private void load(Long selectId) {
        long generation = ++loadGeneration;
        DelegationRowItem chosenBefore = selectedRow.get();
        statusText.set(messages.get("ui.list.status.loading"));
        runInBackground(service::list, summaries -> {
            if (generation == loadGeneration) {
                // A row the user chose while the list was loading wins over the one the load was to select (the one just
                // saved): the list must not open another delegation than the one clicked.
                boolean choseMeanwhile = selectId != null && selectedRow.get() != chosenBefore && selectedRow.get() != null;
                loaded(summaries, choseMeanwhile ? null : selectId);
            }
        }, error -> {
            if (generation == loadGeneration) {
                loaded.set(true);
                updateStatus();
                dialogs.showError(messages.get("ui.list.error.load"), describe(error));
            }
        });
    }

    private void loaded(List<DelegationSummary> summaries, Long selectId) {
        Long keep = selectId != null ? selectId : Optional.ofNullable(selectedRow.get()).map(DelegationRowItem::id).orElse(null);
        allRows.setAll(summaries.stream().map(this::row).toList());
        emptyStore.set(summaries.isEmpty());
        loaded.set(true);
        applyFilter();
        if (selectId != null && rows.stream().noneMatch(row -> row.id() == selectId)) {
            // A delegation just created or copied must be seen even if the search would hide it.
            searchText.set("");
        }
        DelegationRowItem reselected = keep == null ? null
                : rows.stream().filter(row -> row.id() == keep).findFirst().orElse(null);
        selectedRow.set(reselected);
    }

    private void opened(long generation, Optional<VersionedDelegation> found) {
        if (generation != openGeneration) {
            return;
        }
        if (found.isPresent()) {
            openedVersion = found.get().version();
            openedDelegation.set(found.get().delegation());
        } else {
            dialogs.showError(messages.get("ui.list.error.open"), messages.get("ui.list.error.missing"));
            load();
        }
    }

    private void applyFilter() {
        List<String> tokens = TextFolding.tokens(searchText.get());
        rows.setPredicate(tokens.isEmpty() ? null : row -> TextFolding.matchesAll(row.searchKey(), tokens));
        noMatches.set(!allRows.isEmpty() && rows.isEmpty());
        updateStatus();
    }

    private void updateStatus() {
        if (allRows.isEmpty()) {
            statusText.set(messages.get("ui.list.status.empty"));
        } else if (rows.size() == allRows.size()) {
            statusText.set(messages.get("ui.list.status.count", allRows.size()));
        } else {
            statusText.set(messages.get("ui.list.status.filtered", rows.size(), allRows.size()));
        }
    }

    private String describe(Throwable error) {
        return messages.describeFailure(error, "\n");
    }

    private DelegationRowItem row(DelegationSummary summary) {
        String dates = formatter.dates(summary.firstDate(), summary.lastDate());
        String places = formatter.places(summary.places());
        String status = formatter.status(summary.status(), summary.sample());
        String sortDate = summary.firstDate() == null ? "9999" : summary.firstDate().toString();
        String key = TextFolding.searchKey(String.join(" ", summary.title(), dates, String.join(" ", summary.places()), status));
        return new DelegationRowItem(summary.id(), summary.title(), new SortableText(dates, sortDate), places,
                new SortableText(formatter.members(summary.membersFilled(), summary.plannedSize()),
                        String.format("%06d", summary.membersFilled())),
                status, summary.sample(), key);
    }
}
