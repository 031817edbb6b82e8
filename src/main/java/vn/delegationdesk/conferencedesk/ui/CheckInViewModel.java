package vn.delegationdesk.conferencedesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.conferencedesk.AttendanceCounts;
import vn.delegationdesk.conferencedesk.CheckInLookup;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.GroupCount;
import vn.delegationdesk.conferencedesk.QrPayload;
import vn.delegationdesk.conferencedesk.QrRefused;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The registration desk of one conference of a delegation: the clerk types a name (marks ignored, {@link CheckInLookup})
 * or a USB scanner types an invitation's QR payload and Enter ({@link #submit}); the delegate found is checked in, each
 * check-in its own transaction through {@link ConferenceDeskService}, run in the background. Walk-ins are added on the
 * spot. The live count by group and the total ("Đã đến 37/180") follow every check-in; the message line says what
 * happened ("Đã điểm danh: …", "… đã điểm danh lúc 08:12", a refused QR code).
 */
public final class CheckInViewModel extends ViewModel {
    /** How many matches the list shows at most. */
    public static final int MATCH_LIMIT = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ConferenceDeskService service;
    private final Messages messages;
    private final ZoneId zone;
    private final long delegationId;
    private final String conferenceId;
    private final String conferenceTitle;
    private final List<Conference> conferences;

    private CheckInLookup lookup;
    private final List<Delegate> all = new ArrayList<>();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Delegate> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Delegate> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<AttendanceCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            AttendanceCounts.of(List.of()));
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ObservableList<String> groupLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused", false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    public CheckInViewModel(ConferenceDeskService service, long delegationId, String conferenceId, String conferenceTitle,
            TaskRunner tasks, Messages messages, ZoneId zone) {
        this(service, delegationId, List.of(), conferenceId, conferenceTitle, tasks, messages, zone);
    }

    /** With the delegation's {@code conferences}, so that a QR code of another of them is refused naming it. */
    public CheckInViewModel(ConferenceDeskService service, long delegationId, List<Conference> conferences, String conferenceId,
            String conferenceTitle, TaskRunner tasks, Messages messages, ZoneId zone) {
        super(tasks);
        this.conferences = List.copyOf(conferences);
        this.service = Objects.requireNonNull(service, "service");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.delegationId = delegationId;
        this.conferenceId = Objects.requireNonNull(conferenceId, "conferenceId");
        this.conferenceTitle = conferenceTitle == null ? "" : conferenceTitle;
        this.lookup = new CheckInLookup(conferenceId, List.of());
        query.addListener((observable, old, value) -> refreshMatches());
        showCounts();
    }

    /** Reads the conference's delegates in the background; the desk works once {@link #loadedProperty()} is true. */
    public void load() {
        runInBackground(() -> service.delegates(delegationId, conferenceId), list -> {
            all.clear();
            all.addAll(list);
            lookup = new CheckInLookup(conferenceId, list);
            loaded.set(true);
            showCounts();
            refreshMatches();
        }, this::fail);
    }

    /** "Bàn điểm danh – Hội nghị …". */
    public String title() {
        return messages.get("conferencedesk.checkin.title", conferenceTitle);
    }

    /** What the clerk types or the scanner sends; every change filters {@link #matches()}. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The delegates the typed text finds, best first, at most {@value #MATCH_LIMIT}. */
    public ObservableList<Delegate> matches() {
        return matches;
    }

    /** The match chosen in the list; "Điểm danh" checks them in. */
    public ObjectProperty<Delegate> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AttendanceCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "Đã đến 37/180". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** One line per group having delegates: "Lãnh đạo: 5/12 (khách đến trực tiếp: 1)". */
    public ObservableList<String> groupLines() {
        return groupLines;
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} tells of a refusal (shown in red). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The delegates as known to the desk now, in the list's order. */
    public List<Delegate> delegates() {
        return List.copyOf(all);
    }

    /** A match as the list shows it: "Nguyễn Văn An – Phó Chủ tịch, UBND tỉnh Đắk Lắk (đã điểm danh lúc 08:12)". */
    public String describe(Delegate d) {
        String who = d.title().isEmpty() ? d.body() : d.body().isEmpty() ? d.title() : d.title() + ", " + d.body();
        String line = who.isEmpty() ? d.fullName() : messages.get("conferencedesk.checkin.row", d.fullName(), who);
        return d.attended() && d.checkedInAt() != null
                ? messages.get("conferencedesk.checkin.row.attended", line, time(d)) : line;
    }

    /**
     * Enter in the search box: a QR payload checks its delegate in (or says why not); a name with exactly one match
     * checks that delegate in; otherwise the message says to choose in the list or that nobody was found.
     */
    public void submit() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            return;
        }
        if (QrPayload.looksLikePayload(typed)) {
            Delegate found;
            try {
                found = lookup.resolve(typed, conferences);
            } catch (QrRefused e) {
                refuse(messages.describeFailure(e, "; "));
                query.set("");
                return;
            }
            checkIn(found);
            return;
        }
        if (matches.size() == 1) {
            checkIn(matches.get(0));
        } else if (matches.isEmpty()) {
            refuse(messages.get("conferencedesk.checkin.noMatch", typed));
        } else {
            tell(messages.get("conferencedesk.checkin.choose", matches.size()), false);
        }
    }

    /** "Điểm danh": checks in the selected match. */
    public void checkInSelected() {
        Delegate d = selected.get();
        if (d == null) {
            refuse(messages.get("conferencedesk.checkin.noneSelected"));
            return;
        }
        checkIn(d);
    }

    /** Checks {@code delegate} in, in a transaction of its own; one already checked in is only told. */
    public void checkIn(Delegate delegate) {
        Delegate known = current(delegate);
        if (known.attended()) {
            refuse(messages.get("conferencedesk.checkin.already", known.fullName(), time(known)));
            query.set("");
            return;
        }
        runInBackground(() -> service.checkIn(known.id()), stored -> {
            if (stored.isEmpty()) {
                refuse(messages.get("conferencedesk.checkin.gone", known.fullName()));
                return;
            }
            Delegate d = stored.get();
            replace(d);
            tell(messages.get("conferencedesk.checkin.done", d.fullName(), time(d)), false);
            query.set("");
        }, this::fail);
    }

    /**
     * "Khách đến không có tên…": adds someone not on the list, checked in now. Refused with the field named when the name is
     * missing.
     */
    public void addWalkIn(String fullName, String title, String body, DelegateGroup group, boolean onPayroll) {
        DelegateGroup g = group == null ? DelegateGroup.OTHER : group;
        runInBackground(() -> service.walkIn(delegationId, conferenceId, fullName, title, body, g, onPayroll, ""), d -> {
            replace(d);
            tell(messages.get("conferencedesk.checkin.walkInDone", d.fullName(), time(d)), false);
            query.set("");
        }, this::fail);
    }

    private Delegate current(Delegate d) {
        return all.stream().filter(x -> x.id().equals(d.id())).findFirst().orElse(d);
    }

    private void replace(Delegate d) {
        boolean found = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(d.id())) {
                all.set(i, d);
                found = true;
            }
        }
        if (!found) {
            all.add(d);
        }
        lookup = lookup.with(d);
        showCounts();
        refreshMatches();
    }

    private void refreshMatches() {
        String typed = query.get() == null ? "" : query.get();
        Delegate chosen = selected.get();
        if (QrPayload.looksLikePayload(typed)) {
            matches.clear();
        } else {
            matches.setAll(lookup.find(typed, MATCH_LIMIT));
        }
        Delegate keep = chosen == null ? null : matches.stream().filter(m -> m.id().equals(chosen.id())).findFirst().orElse(null);
        selected.set(keep != null ? keep : matches.size() == 1 ? matches.get(0) : null);
    }

    private void showCounts() {
        AttendanceCounts c = AttendanceCounts.of(all);
        counts.set(c);
        total.set(messages.get("conferencedesk.checkin.total", c.total().attended(), c.total().invited()));
        List<String> lines = new ArrayList<>();
        for (GroupCount g : c.groups()) {
            if (g.invited() + g.walkIns() == 0) {
                continue;
            }
            String line = messages.get("conferencedesk.checkin.group", messages.get(g.group().labelKey()), g.attended(), g.invited());
            lines.add(g.walkIns() == 0 ? line : messages.get("conferencedesk.checkin.group.walkIns", line, g.walkIns()));
        }
        groupLines.setAll(lines);
    }

    private String time(Delegate d) {
        return d.checkedInAt() == null ? "" : TIME.format(d.checkedInAt().atZone(zone));
    }

    private void fail(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            refuse(String.join("; ", invalid.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList()));
        } else {
            refuse(messages.describeFailure(failure, "; "));
        }
    }

    private void refuse(String text) {
        tell(text, true);
    }

    private void tell(String text, boolean refusal) {
        message.set(text);
        refused.set(refusal);
    }
}
