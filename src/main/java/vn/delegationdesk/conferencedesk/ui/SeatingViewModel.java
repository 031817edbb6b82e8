package vn.delegationdesk.conferencedesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.SeatNames;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.conferencedesk.SeatingService;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The seating plan of one conference as the seating window shows it: the hall's sizes as typed (each problem naming
 * its field), the plan (kept, or arranged by protocol when none is kept yet), the selected delegate, moves (a swap when
 * the seat is taken), unseating, the delegates without a seat, the plan's problems, whether there are unsaved changes,
 * saving through {@link SeatingService} (the organiser's role) and printing the kept plan.
 */
public final class SeatingViewModel extends ViewModel {
    /** The characters a line of a hall seat's box holds; a name needing more than two lines is shortened ("N.V. An"). */
    public static final int HALL_LINE_CHARS = 7;
    /** The characters a line of a head-table seat's (wider) box holds. */
    public static final int HEAD_LINE_CHARS = 14;

    private final SeatingService service;
    private final DeskDocuments documents;
    private final DialogService dialogs;
    private final Messages messages;
    private final Delegation delegation;
    private final Conference conference;
    private final ReadOnlyObjectWrapper<SeatingPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<Delegate> unseated = FXCollections.observableArrayList();
    private final ObservableList<Seat> seats = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty selectedText = new SimpleStringProperty(this, "selectedText", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Seat> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty headSeats = new SimpleStringProperty(this, "headSeats", "");
    private final StringProperty hallRows = new SimpleStringProperty(this, "hallRows", "");
    private final StringProperty seatsPerRow = new SimpleStringProperty(this, "seatsPerRow", "");
    private final ObjectProperty<HallKind> hallKind = new SimpleObjectProperty<>(this, "hallKind", HallKind.THEATRE);

    /**
     * The plan of conference {@code conferenceId} of the stored {@code delegation}: the kept one matched to today's list,
     * or, when none is kept, the delegates arranged by protocol in {@link SeatingService#DEFAULT_LAYOUT} (not yet saved).
     *
     * @throws IllegalArgumentException when the delegation is not stored or has no such conference
     */
    public SeatingViewModel(SeatingService service, DeskDocuments documents, DialogService dialogs, Messages messages,
            TaskRunner tasks, Delegation delegation, String conferenceId) {
        super(tasks);
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
        selected.addListener((o, old, id) -> describeSelection());
        reload();
    }

    /** Reads the kept plan again (or arranges a first one), dropping unsaved changes. */
    public void reload() {
        problems.clear();
        Optional<SeatingPlan> kept = service.kept(delegation.id(), conference.id());
        if (kept.isPresent()) {
            show(kept.get());
            dirty.set(false);
            int waiting = kept.get().unseated().size();
            notice.set(waiting > 0 ? messages.get("ui.seating.newDelegates", waiting) : "");
        } else {
            show(service.arrange(SeatingService.DEFAULT_LAYOUT, service.delegates(delegation.id(), conference.id())));
            dirty.set(true);
            notice.set(messages.get("ui.seating.notKept"));
        }
        showLayout(plan.get().layout());
    }

    public String windowTitle() {
        return messages.get("ui.seating.title", conference.title());
    }

    public ReadOnlyObjectProperty<SeatingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public SeatingPlan plan() {
        return plan.get();
    }

    /** The delegates without a seat, in protocol order. */
    public ObservableList<Delegate> unseated() {
        return unseated;
    }

    /** Every seat of the hall, head table first: what "Chuyển đến ghế…" offers. */
    public ObservableList<Seat> seats() {
        return seats;
    }

    /** The plan's problems: more delegates than seats, a precedence given twice. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** What kept the last action from being done, one Vietnamese sentence each. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** "Đã xếp 178/180 đại biểu; hội trường 205 chỗ". */
    public StringProperty countsProperty() {
        return counts;
    }

    /** "Đang chọn: Nguyễn Văn An – Bàn chủ tọa, ghế 3", or how to choose. */
    public StringProperty selectedTextProperty() {
        return selectedText;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The id of the selected delegate, or null. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The seat chosen in "Chuyển đến ghế…". */
    public ObjectProperty<Seat> targetProperty() {
        return target;
    }

    public StringProperty headSeatsProperty() {
        return headSeats;
    }

    public StringProperty hallRowsProperty() {
        return hallRows;
    }

    public StringProperty seatsPerRowProperty() {
        return seatsPerRow;
    }

    public ObjectProperty<HallKind> hallKindProperty() {
        return hallKind;
    }

    /** The name a seat's box shows: in full when it fits two lines, else "N.V. An"; "" for an empty seat. */
    public String boxName(Seat seat) {
        int chars = seat.atHeadTable() ? HEAD_LINE_CHARS : HALL_LINE_CHARS;
        return plan.get().occupant(seat).map(d -> SeatNames.shortName(d.fullName(), chars, 2)).orElse("");
    }

    /** A seat box's tooltip: the seat, the full name, title and body; or that the seat is free. */
    public String tooltip(Seat seat) {
        return plan.get().occupant(seat).map(d -> messages.get("ui.seating.tooltip", seat.label(), d.fullName(), describe(d)))
                .orElseGet(() -> messages.get("ui.seating.tooltip.empty", seat.label()));
    }

    /** How "Chuyển đến ghế…" names a seat: "Hàng 1, ghế 3 – Nguyễn Văn An" or "Hàng 1, ghế 4 – ghế trống". */
    public String seatChoice(Seat seat) {
        return messages.get("ui.seating.seatChoice", seat.label(),
                plan.get().occupant(seat).map(Delegate::fullName).orElse(messages.get("ui.seating.emptySeat")));
    }

    /** How the list without a seat names a delegate: "Nguyễn Văn An – Phó Chủ tịch UBND tỉnh, UBND tỉnh Đắk Lắk". */
    public String unseatedLine(Delegate d) {
        String more = describe(d);
        return more.isEmpty() ? d.fullName() : d.fullName() + " – " + more;
    }

    /** Selects the delegate with id {@code delegateId} (null for none). */
    public void select(String delegateId) {
        selected.set(delegateId != null && plan.get().delegate(delegateId).isPresent() ? delegateId : null);
    }

    /** Selects the occupant of {@code seat}; an empty seat becomes the target of "Chuyển đến ghế…" instead. */
    public void selectSeat(Seat seat) {
        Optional<Delegate> occupant = plan.get().occupant(seat);
        if (occupant.isPresent()) {
            select(occupant.get().id());
        } else {
            target.set(seat);
        }
    }

    /** Seats {@code delegateId} at {@code seat}, swapping with whoever sits there. */
    public boolean move(String delegateId, Seat seat) {
        problems.clear();
        SeatingPlan current = plan.get();
        Optional<Delegate> moving = current.delegate(delegateId);
        if (moving.isEmpty() || seat == null || !current.layout().contains(seat)) {
            return false;
        }
        Optional<Delegate> displaced = current.occupant(seat).filter(d -> !d.id().equals(delegateId));
        Optional<Seat> from = current.seatOf(delegateId);
        if (from.isPresent() && from.get().equals(seat)) {
            return false;
        }
        show(current.move(delegateId, seat));
        dirty.set(true);
        selected.set(delegateId);
        describeSelection();
        notice.set(displaced.isPresent() && from.isPresent()
                ? messages.get("ui.seating.swapped", moving.get().fullName(), displaced.get().fullName())
                : displaced.isPresent() ? messages.get("ui.seating.replaced", moving.get().fullName(), seat.label(),
                        displaced.get().fullName())
                : messages.get("ui.seating.moved", moving.get().fullName(), seat.label()));
        return true;
    }

    /** "Chuyển": the selected delegate to the seat chosen in "Chuyển đến ghế…". */
    public boolean moveSelected() {
        if (selected.get() == null) {
            problems.setAll(messages.get("ui.seating.noneSelected"));
            return false;
        }
        if (target.get() == null) {
            problems.setAll(messages.get("ui.seating.noTarget"));
            return false;
        }
        return move(selected.get(), target.get());
    }

    /** Leaves {@code delegateId} without a seat. */
    public boolean unseat(String delegateId) {
        problems.clear();
        SeatingPlan current = plan.get();
        if (delegateId == null || current.seatOf(delegateId).isEmpty()) {
            return false;
        }
        show(current.unseat(delegateId));
        dirty.set(true);
        describeSelection();
        notice.set(messages.get("ui.seating.unseatedOne", current.delegate(delegateId).orElseThrow().fullName()));
        return true;
    }

    /** "Bỏ chỗ ngồi" of the selected delegate. */
    public boolean unseatSelected() {
        if (selected.get() == null) {
            problems.setAll(messages.get("ui.seating.noneSelected"));
            return false;
        }
        return unseat(selected.get());
    }

    /**
     * "Xếp tự động theo thứ tự ưu tiên": today's list seated by protocol in the hall typed; false, with each size's
     * problem naming its field, when the hall cannot be used.
     */
    public boolean arrange() {
        Optional<HallLayout> layout = typedLayout();
        if (layout.isEmpty()) {
            return false;
        }
        show(service.arrange(layout.get(), service.delegates(delegation.id(), conference.id())));
        dirty.set(true);
        notice.set(messages.get("ui.seating.arranged", plan.get().occupants().size()));
        return true;
    }

    /** "Lưu sơ đồ": keeps the plan on screen; false, with the reason, when it is refused. */
    public boolean save() {
        problems.clear();
        Optional<Phrase> refused = service.whyNotWrite();
        if (refused.isPresent()) {
            problems.setAll(messages.get(refused.get().key(), refused.get().args().toArray()));
            return false;
        }
        service.save(delegation.id(), conference.id(), plan.get());
        dirty.set(false);
        notice.set(messages.get("ui.seating.saved", plan.get().occupants().size(), plan.get().unseated().size()));
        return true;
    }

    /** "In sơ đồ (PDF)…": saves unsaved changes first, then prints the kept plan to the file chosen. */
    public void print() {
        if (dirty.get() && !save()) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.delegates.document.choose"),
                documents.fileName(DeskDocuments.Kind.SEATING_PLAN, delegation, conference),
                messages.get("ui.delegates.document.filter"), "*.pdf")
                .flatMap(chosen -> FileTargets.withExtension(chosen, "pdf", dialogs, messages));
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        runInBackground(() -> {
            SeatingPlan kept = service.kept(delegation.id(), conference.id()).orElseThrow();
            documents.writeSeatingPlan(delegation, conference, kept, path);
            return path;
        }, done -> notice.set(messages.get("ui.delegates.document.written", done.toString())),
                error -> dialogs.showError(messages.get("ui.delegates.document.failed"), messages.describeFailure(error, "\n")));
    }

    /** Whether the window may close: without unsaved changes, or once they are saved or dropped as the user chose. */
    public boolean mayClose() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askUnsaved(messages.get("ui.seating.unsaved"), messages.get("ui.seating.unsavedMessage",
                conference.title()))) {
            case SAVE -> save();
            case DISCARD -> true;
            default -> false;
        };
    }

    /** The hall typed, or empty with each problem naming its field ("Sơ đồ hội trường – Số hàng ghế: …"). */
    public Optional<HallLayout> typedLayout() {
        problems.clear();
        List<String> errors = new ArrayList<>();
        boolean tables = hallKind.get() == HallKind.TABLES;
        int head = number(headSeats.get(), "conferencedesk.hall.field.headSeats", errors);
        int count = number(hallRows.get(), tables ? "conferencedesk.hall.field.tables" : "conferencedesk.hall.field.rows", errors);
        int per = number(seatsPerRow.get(), tables ? "conferencedesk.hall.field.seatsPerTable" : "conferencedesk.hall.field.seatsPerRow",
                errors);
        if (errors.isEmpty()) {
            HallLayout layout = new HallLayout(head, hallKind.get(), count, per);
            layout.validate().forEach(e -> errors.add(describe(e)));
            if (errors.isEmpty()) {
                return Optional.of(layout);
            }
        }
        problems.setAll(errors);
        return Optional.empty();
    }

    private int number(String typed, String fieldKey, List<String> errors) {
        String value = typed == null ? "" : typed.strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(messages.get("ui.delegates.error.hallNumber", Phrase.of(fieldKey), value));
            return 0;
        }
    }

    private void show(SeatingPlan next) {
        SeatingPlan before = plan.get();
        plan.set(next);
        List<Delegate> waiting = next.unseated();
        if (!waiting.equals(unseated)) {
            unseated.setAll(waiting);
        }
        if (before == null || !before.layout().equals(next.layout())) {
            List<Seat> all = new ArrayList<>(next.layout().headTable());
            for (int row = 1; row <= next.layout().rows(); row++) {
                all.addAll(next.layout().row(row));
            }
            seats.setAll(all);
            target.set(null);
            showLayout(next.layout());
        }
        List<String> named = next.problems().stream().map(this::describe).toList();
        if (!named.equals(warnings)) {
            warnings.setAll(named);
        }
        counts.set(messages.get("ui.seating.counts", next.occupants().size(), next.delegates().size(), next.layout().capacity()));
        if (selected.get() != null && next.delegate(selected.get()).isEmpty()) {
            selected.set(null);
        }
        describeSelection();
    }

    private void showLayout(HallLayout layout) {
        headSeats.set(Integer.toString(layout.headSeats()));
        hallKind.set(layout.kind());
        hallRows.set(Integer.toString(layout.rows()));
        seatsPerRow.set(Integer.toString(layout.seatsPerRow()));
    }

    private void describeSelection() {
        SeatingPlan current = plan.get();
        String id = selected.get();
        if (current == null || id == null) {
            selectedText.set(messages.get("ui.seating.chooseHint"));
            return;
        }
        Delegate d = current.delegate(id).orElseThrow();
        selectedText.set(messages.get("ui.seating.selected", d.fullName(),
                current.seatOf(id).map(Seat::label).orElse(messages.get("ui.seating.noSeat"))));
    }

    private static String describe(Delegate d) {
        if (d.title().isEmpty() || d.body().isEmpty()) {
            return d.title() + d.body();
        }
        return d.title() + ", " + d.body();
    }

    private String describe(ValidationError error) {
        return messages.get(error.messageKey(), error.args().toArray());
    }
}
