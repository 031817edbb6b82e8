package vn.delegationdesk.conferencedesk.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.conferencedesk.AttendanceCounts;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.DeskWarning;
import vn.delegationdesk.conferencedesk.GroupCount;
import vn.delegationdesk.conferencedesk.importing.DelegateImporter;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The delegate list of one conference of a delegation: the rows as the table shows them (STT, họ tên, chức vụ, cơ quan,
 * nhóm, thứ tự ưu tiên, trạng thái, đã đến lúc), a small form to add a delegate or change the selected one, removing,
 * the delegation's members added in one action, the warnings (same name and body, same precedence) and the counts, kept
 * current with every change, and saving the list whole through {@link ConferenceDeskService} (the organiser's role; each
 * problem named in Vietnamese). The documents (sign-in sheet, head-table name cards, invitations with QR codes) are
 * written to the file the user chooses, from the list as saved: unsaved changes are saved first, so that every QR code
 * carries a stored delegate's id. The seating window opens on the list as saved too.
 */
public final class DelegateListViewModel extends ViewModel {
    private static final DateTimeFormatter CHECKED_IN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** One row of the table, every cell as shown. */
    public record Row(int number, String fullName, String title, String body, String group, String precedence, String status,
            String checkedInAt) {
    }

    private final ConferenceDeskService service;
    private final DeskDocuments documents;
    private final DialogService dialogs;
    private final Messages messages;
    private final Delegation delegation;
    private final Conference conference;
    private final TaskRunner tasks;
    private final List<Delegate> delegates = new ArrayList<>();
    /** The list as last read or saved: the base of the merge that keeps the desk's check-ins made meanwhile. */
    private List<Delegate> loaded = List.of();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty precedence = new SimpleStringProperty(this, "precedence", "0");
    private final ObjectProperty<DelegateGroup> group = new SimpleObjectProperty<>(this, "group", DelegateGroup.OTHER);
    private final ObjectProperty<DelegateStatus> status = new SimpleObjectProperty<>(this, "status", DelegateStatus.INVITED);
    private final BooleanProperty onPayroll = new SimpleBooleanProperty(this, "onPayroll", true);

    /**
     * The list of conference {@code conferenceId} of the stored {@code delegation}, read from the service.
     *
     * @throws IllegalArgumentException when the delegation is not stored or has no such conference
     */
    public DelegateListViewModel(ConferenceDeskService service, DeskDocuments documents, DialogService dialogs, Messages messages,
            TaskRunner tasks, Delegation delegation, String conferenceId) {
        super(tasks);
        this.tasks = tasks;
        this.service = Objects.requireNonNull(service, "service");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.delegation = Objects.requireNonNull(delegation, "delegation");
        if (delegation.id() == null) {
            throw new IllegalArgumentException("the delegation must be stored first");
        }
        this.conference = delegation.conferences().stream().filter(c -> c.id().equals(conferenceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conference " + conferenceId));
        replaceAll(service.delegates(delegation.id(), conferenceId));
        loaded = List.copyOf(delegates);
        dirty.set(false);
    }

    public String windowTitle() {
        return messages.get("ui.delegates.title", conference.title());
    }

    public Conference conference() {
        return conference;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The delegates as on screen (unsaved changes included), in the list's order. */
    public List<Delegate> delegates() {
        return List.copyOf(delegates);
    }

    /** "Đại biểu 1, 3 trùng họ tên và cơ quan: …", one line per warning. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** What kept the last action from being done, one Vietnamese sentence each (empty when it was done). */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty precedenceProperty() {
        return precedence;
    }

    public ObjectProperty<DelegateGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<DelegateStatus> statusProperty() {
        return status;
    }

    public BooleanProperty onPayrollProperty() {
        return onPayroll;
    }

    /** Selects row {@code index} (-1 for none) and puts its delegate in the form. */
    public void select(int index) {
        selected.set(index >= 0 && index < delegates.size() ? index : -1);
        if (selected.get() >= 0) {
            Delegate d = delegates.get(index);
            fullName.set(d.fullName());
            title.set(d.title());
            body.set(d.body());
            contact.set(d.contact());
            precedence.set(Integer.toString(d.precedence()));
            group.set(d.group());
            status.set(d.status());
            onPayroll.set(d.onPayroll());
        }
    }

    /** Adds the delegate of the form at the end of the list and selects it; false (with the problem) when not. */
    public boolean add() {
        Optional<Integer> rank = typedPrecedence();
        if (rank.isEmpty()) {
            return false;
        }
        delegates.add(new Delegate("", conference.id(), fullName.get(), title.get(), body.get(), group.get(), rank.get(),
                contact.get(), onPayroll.get(), status.get(), null, "", false));
        changed();
        selected.set(delegates.size() - 1);
        return true;
    }

    /** Puts the form's values into the selected delegate (keeping its id, check-in and link to a member). */
    public boolean editSelected() {
        int index = selected.get();
        if (index < 0) {
            problems.setAll(messages.get("ui.delegates.error.noSelection"));
            return false;
        }
        Optional<Integer> rank = typedPrecedence();
        if (rank.isEmpty()) {
            return false;
        }
        Delegate old = delegates.get(index);
        delegates.set(index, new Delegate(old.id(), old.conferenceId(), fullName.get(), title.get(), body.get(), group.get(),
                rank.get(), contact.get(), onPayroll.get(), status.get(), old.checkedInAt(), old.memberId(), old.walkIn()));
        changed();
        return true;
    }

    public boolean removeSelected() {
        int index = selected.get();
        if (index < 0) {
            problems.setAll(messages.get("ui.delegates.error.noSelection"));
            return false;
        }
        delegates.remove(index);
        changed();
        selected.set(Math.min(index, delegates.size() - 1));
        return true;
    }

    /** Saves the list whole; false, with every problem named, when the service refuses it (nothing is stored then). */
    public boolean save() {
        Optional<Phrase> refused = service.whyNotWrite();
        if (refused.isPresent()) {
            problems.setAll(messages.get(refused.get().key(), refused.get().args().toArray()));
            return false;
        }
        List<Delegate> edited = List.copyOf(delegates);
        try {
            replaceAll(service.save(delegation.id(), conference.id(), loaded, edited));
            loaded = List.copyOf(delegates);
        } catch (ValidationException e) {
            problems.setAll(e.errors().stream().map(this::describe).toList());
            notice.set(messages.get("ui.delegates.saveFailed"));
            return false;
        }
        dirty.set(false);
        notice.set(savedNotice(edited));
        return true;
    }

    /** "Thêm thành viên đoàn": saves what is on screen, then adds every member of the delegation not yet on the list. */
    public boolean addDelegationMembers() {
        if (!save()) {
            return false;
        }
        int before = delegates.size();
        replaceAll(service.addDelegationMembers(delegation, conference.id()));
        loaded = List.copyOf(delegates);
        dirty.set(false);
        notice.set(messages.get("ui.delegates.membersAdded", delegates.size() - before));
        return true;
    }

    /**
     * "Nhập từ Excel…": asks for a workbook and starts reading it; the returned import drives the mapping and preview
     * dialog. The confirmed rows reach the list through {@link #applyImport}; nothing is stored until Lưu.
     */
    public Optional<DelegateImportViewModel> startImport() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("ui.delegates.import.choose"),
                messages.get("ui.delegates.import.filter"), "*.xlsx");
        file.ifPresent(chosen -> problems.clear());
        return file.map(chosen -> {
            DelegateImportViewModel importer = new DelegateImportViewModel(new DelegateImporter(), conference.id(), delegates,
                    tasks, messages, this::applyImport);
            importer.start(chosen);
            return importer;
        });
    }

    /**
     * Adds imported delegates at the end of the list, or replaces the list with them; unsaved until Lưu. A replacement
     * keeps whoever has already checked in: their attendance and the id their QR code carries are facts, not a list to redo.
     */
    public void applyImport(List<Delegate> imported, boolean replace) {
        int kept = 0;
        if (replace) {
            delegates.removeIf(d -> !d.attended());
            kept = delegates.size();
        }
        delegates.addAll(imported);
        selected.set(-1);
        changed();
        notice.set(!replace ? messages.get("ui.delegates.import.added", imported.size())
                : kept == 0 ? messages.get("ui.delegates.import.replaced", imported.size())
                : messages.get("ui.delegates.import.replacedKeeping", imported.size(), kept));
    }

    /** "Danh sách ký tên (PDF)…". */
    public void exportSignInSheet() {
        export(DeskDocuments.Kind.SIGN_IN);
    }

    /** "Biển tên bàn chủ tọa (PDF)…": the delegates ranked in protocol. */
    public void exportNameCards() {
        export(DeskDocuments.Kind.NAME_CARDS);
    }

    /** "Giấy mời (PDF)…", each with the QR code the check-in desk reads. */
    public void exportInvitations() {
        export(DeskDocuments.Kind.INVITATIONS);
    }

    /** "Thẻ đại biểu (PDF)…": eight badges to a page, with their QR codes, for everyone not declined. */
    public void exportBadges() {
        export(DeskDocuments.Kind.BADGES);
    }

    /**
     * "Sơ đồ chỗ ngồi…": the seating window's model over the list as saved (unsaved changes are saved first); empty, with
     * the problem named, when the list cannot be saved.
     */
    public Optional<SeatingViewModel> openSeating() {
        if (!savedFirst()) {
            return Optional.empty();
        }
        return Optional.of(new SeatingViewModel(service.seating(), documents, dialogs, messages, tasks, delegation,
                conference.id()));
    }

    private void export(DeskDocuments.Kind kind) {
        if (!savedFirst()) {
            return;
        }
        Optional<Path> target = chooseTarget(kind);
        if (target.isEmpty()) {
            return;
        }
        List<Delegate> list = List.copyOf(delegates);
        write(target.get(), () -> documents.write(kind, delegation, conference, list, target.get()));
    }

    private boolean savedFirst() {
        problems.clear();
        return !dirty.get() || save();
    }

    private Optional<Path> chooseTarget(DeskDocuments.Kind kind) {
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.delegates.document.choose"),
                documents.fileName(kind, delegation, conference), messages.get("ui.delegates.document.filter"), "*.pdf");
        return file.flatMap(chosen -> FileTargets.withExtension(chosen, "pdf", dialogs, messages));
    }

    private void write(Path target, Runnable writing) {
        runInBackground(() -> {
            writing.run();
            return target;
        }, done -> notice.set(messages.get("ui.delegates.document.written", done.toString())),
                error -> dialogs.showError(messages.get("ui.delegates.document.failed"), messages.describeFailure(error, "\n")));
    }

    private Optional<Integer> typedPrecedence() {
        problems.clear();
        String typed = precedence.get() == null ? "" : precedence.get().strip();
        if (typed.isEmpty()) {
            return Optional.of(0);
        }
        try {
            int value = Integer.parseInt(typed);
            if (value >= 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.setAll(messages.get("ui.delegates.error.precedence", typed));
        return Optional.empty();
    }

    /** "Đã lưu …", and what the registration desk did meanwhile that the save kept. */
    private String savedNotice(List<Delegate> edited) {
        Map<String, Delegate> mine = new HashMap<>();
        edited.forEach(d -> mine.put(d.id(), d));
        int checkIns = 0;
        // The delegates typed in the list and never saved get their ids now; the others not in the list came meanwhile.
        long added = -edited.stream().filter(d -> d.id().isEmpty()).count();
        for (Delegate d : delegates) {
            Delegate typed = mine.get(d.id());
            if (typed == null) {
                added++;
            } else if (d.attended() && !typed.attended()) {
                checkIns++;
            }
        }
        return checkIns + added == 0 ? messages.get("ui.delegates.saved", delegates.size())
                : messages.get("ui.delegates.savedMerged", delegates.size(), checkIns, added);
    }

    private String describe(ValidationError error) {
        return messages.get(error.messageKey(), error.args().toArray());
    }

    private void replaceAll(List<Delegate> list) {
        delegates.clear();
        delegates.addAll(list);
        changed();
    }

    private void changed() {
        dirty.set(true);
        List<Row> shown = new ArrayList<>(delegates.size());
        for (int i = 0; i < delegates.size(); i++) {
            Delegate d = delegates.get(i);
            shown.add(new Row(i + 1, d.fullName(), d.title(), d.body(), messages.get(d.group().labelKey()),
                    d.precedence() == 0 ? "" : Integer.toString(d.precedence()), messages.get(d.status().labelKey()),
                    d.checkedInAt() == null ? "" : CHECKED_IN.format(d.checkedInAt())));
        }
        rows.setAll(shown);
        warnings.setAll(service.warnings(delegates).stream().map(this::warning).toList());
        GroupCount total = countsOf().total();
        counts.set(messages.get("ui.delegates.counts", delegates.size(), total.invited(), total.confirmed(), total.declined(),
                total.attended()));
    }

    private AttendanceCounts countsOf() {
        return service.counts(delegates);
    }

    private String warning(DeskWarning w) {
        return messages.get(w.messageKey(), w.args().toArray());
    }
}
