package vn.delegationdesk.people.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.people.People;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Tên người dùng…" (Dữ liệu menu): the name this laptop's user works under, written in the audit list. {@link #save}
 * refuses a blank or bad name naming the field; once kept, {@code onRenamed} runs (the approval tab shows it).
 */
public final class UserNameViewModel extends ViewModel {
    private final People people;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private Runnable onRenamed = () -> { };

    public UserNameViewModel(People people, TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.people = people;
        this.dialogs = dialogs;
        this.messages = messages;
        start();
    }

    public void setOnRenamed(Runnable action) {
        onRenamed = action;
    }

    /** Fills the field with the name in use, before the dialog shows. */
    public void start() {
        current.set(people.user().get().name());
        name.set(current.get());
        problems.clear();
    }

    /** Keeps the typed name; false, with the problems named, when it is blank or bad; true once saving started. */
    public boolean save() {
        var errors = People.check(name.get());
        if (!errors.isEmpty()) {
            problems.setAll(errors.stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList());
            return false;
        }
        problems.clear();
        String typed = name.get();
        runInBackground(() -> {
            people.rename(typed);
            return people.user().get().name();
        }, kept -> {
            current.set(kept);
            onRenamed.run();
        }, error -> dialogs.showError(messages.get("ui.people.name.failed"), messages.describeFailure(error, "\n")));
        return true;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The name in use. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
