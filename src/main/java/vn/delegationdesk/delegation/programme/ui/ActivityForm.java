package vn.delegationdesk.delegation.programme.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.EditorChoice;
import vn.delegationdesk.platform.ui.TimeInput;

/**
 * The fields of the selected activity. The editor applies every change to the draft at once; the link to a
 * conference is shown read-only (the conference is edited, moved and deleted on the conference page). The clock
 * times ("Từ giờ", "Đến giờ") are optional; text that is not a time stays as typed and is reported as an input
 * error, so saving waits until it is fixed.
 */
public final class ActivityForm {
    /** The keys of the time fields' input errors in the draft. */
    static final String START_TIME_KEY = "programme.activity.startTime";
    static final String END_TIME_KEY = "programme.activity.endTime";
    private final Messages messages;
    private final List<EditorChoice<ActivityKind>> kindChoices = new ArrayList<>();
    private final List<EditorChoice<TransportMode>> transportChoices = new ArrayList<>();
    private final ObjectProperty<EditorChoice<ActivityKind>> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final ObjectProperty<EditorChoice<TransportMode>> transport = new SimpleObjectProperty<>(this, "transport");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper conference = new ReadOnlyStringWrapper(this, "conference", "");
    private final ReadOnlyStringWrapper when = new ReadOnlyStringWrapper(this, "when", "");
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper(this, "descriptionError");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper(this, "linked", false);
    private final TimeInput startTime;
    private final TimeInput endTime;
    private String conferenceId;

    /** {@code inputErrors} gets a field's key and its message (null once fixed), as the draft's input errors. */
    ActivityForm(Messages messages, DelegationFormatter formatter, BiConsumer<String, String> inputErrors) {
        this.messages = messages;
        startTime = new TimeInput(messages.get("ui.programme.editor.error.time", messages.get("ui.programme.editor.field.start")),
                message -> inputErrors.accept(START_TIME_KEY, message));
        endTime = new TimeInput(messages.get("ui.programme.editor.error.time", messages.get("ui.programme.editor.field.end")),
                message -> inputErrors.accept(END_TIME_KEY, message));
        for (ActivityKind value : ActivityKind.values()) {
            kindChoices.add(new EditorChoice<>(value, formatter.label(value)));
        }
        transportChoices.add(new EditorChoice<>(null, messages.get("ui.programme.editor.transport.none")));
        for (TransportMode value : TransportMode.values()) {
            transportChoices.add(new EditorChoice<>(value, formatter.label(value)));
        }
        description.addListener((o, old, text) -> checkDescription());
    }

    /** The observables whose change is an edit of the activity. */
    List<ObservableValue<?>> editable() {
        return List.of(kind, description, place, host, transport, notes, startTime.valueProperty(), endTime.valueProperty());
    }

    void load(Activity activity, String conferenceTitle, String slotText) {
        conferenceId = activity.conferenceId();
        linked.set(conferenceId != null);
        conference.set(conferenceTitle);
        when.set(slotText);
        kind.set(kindChoice(activity.kind()));
        description.set(activity.description());
        place.set(activity.place());
        host.set(activity.host());
        transport.set(transportChoices.stream().filter(c -> c.value() == activity.transport()).findFirst().orElseThrow());
        notes.set(activity.notes());
        startTime.show(activity.startTime());
        endTime.show(activity.endTime());
        present.set(true);
        checkDescription();
    }

    void clear() {
        present.set(false);
        conferenceId = null;
        linked.set(false);
        conference.set("");
        when.set("");
        kind.set(null);
        description.set("");
        place.set("");
        host.set("");
        transport.set(null);
        notes.set("");
        startTime.show(null);
        endTime.show(null);
        descriptionError.set(null);
    }

    /** The activity these fields describe, in {@code halfDay}. */
    Activity toActivity(HalfDay halfDay) {
        ActivityKind chosen = kind.get() == null ? ActivityKind.OTHER : kind.get().value();
        TransportMode mode = transport.get() == null ? null : transport.get().value();
        return new Activity(halfDay, chosen, description.get(), place.get(), host.get(), mode, conferenceId, notes.get(),
                startTime.valueProperty().get(), endTime.valueProperty().get());
    }

    private EditorChoice<ActivityKind> kindChoice(ActivityKind value) {
        return kindChoices.stream().filter(c -> c.value() == value).findFirst().orElseThrow();
    }

    /** What happens is required, except for a conference's slot, which shows the conference title. */
    private void checkDescription() {
        boolean missing = present.get() && !linked.get() && description.get().isBlank();
        descriptionError.set(missing ? messages.get("ui.programme.editor.error.description") : null);
    }

    public List<EditorChoice<ActivityKind>> kindChoices() {
        return List.copyOf(kindChoices);
    }

    public List<EditorChoice<TransportMode>> transportChoices() {
        return List.copyOf(transportChoices);
    }

    public ObjectProperty<EditorChoice<ActivityKind>> kindProperty() {
        return kind;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public ObjectProperty<EditorChoice<TransportMode>> transportProperty() {
        return transport;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** "Từ giờ": the start time as typed ("08:00", "8h30") and its message while it is not a time. */
    public TimeInput startTime() {
        return startTime;
    }

    /** "Đến giờ". */
    public TimeInput endTime() {
        return endTime;
    }

    /** The linked conference's title, or empty. */
    public ReadOnlyStringProperty conferenceProperty() {
        return conference.getReadOnlyProperty();
    }

    /** "Thứ Ba, 14/10/2025 – Buổi chiều". */
    public ReadOnlyStringProperty whenProperty() {
        return when.getReadOnlyProperty();
    }

    /** "Chưa nhập nội dung hoạt động" while the description is empty, else null. */
    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    /** True while an activity is selected. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** True when the activity is a conference's slot: its kind stays "Hội nghị". */
    public ReadOnlyBooleanProperty linkedProperty() {
        return linked.getReadOnlyProperty();
    }
}
