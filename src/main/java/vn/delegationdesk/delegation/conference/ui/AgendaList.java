package vn.delegationdesk.delegation.conference.ui;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The agenda of the selected conference: its points in order, added, deleted, moved and edited in place, each one
 * edit of the draft. A duration that is not a whole positive number of minutes is refused with a message. Choosing
 * another conference starts with no point selected.
 */
public final class AgendaList {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final Messages messages;
    private final DraftList<AgendaItem> agenda;
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ConferenceItems.AgendaRow> rows;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final BooleanBinding canDelete;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;

    AgendaList(DraftList<Conference> conferences, Messages messages) {
        this.messages = messages;
        agenda = conferences.nested(Conference::agenda, (c, items) -> new Conference(c.id(), c.title(), c.date(), c.halfDay(),
                c.venue(), c.venueStandard(), c.expectedDelegates(), c.coOrganiser(), items));
        rows = agenda.rows((i, item) -> new ConferenceItems.AgendaRow(i, (i + 1) + ".", item.content(), item.presenter(),
                item.durationMinutes() == null ? "" : Integer.toString(item.durationMinutes())));
        IntegerProperty selected = agenda.selectedProperty();
        canDelete = Bindings.createBooleanBinding(() -> selected.get() >= 0 && selected.get() < rows.size(), selected, rows);
        canMoveUp = Bindings.createBooleanBinding(() -> selected.get() > 0 && selected.get() < rows.size(), selected, rows);
        canMoveDown = Bindings.createBooleanBinding(() -> selected.get() >= 0 && selected.get() < rows.size() - 1, selected, rows);
    }

    /** The points as the table shows and edits them. */
    public ObservableList<ConferenceItems.AgendaRow> rows() {
        return rows;
    }

    /** The selected point (-1: none). */
    public IntegerProperty selectedProperty() {
        return agenda.selectedProperty();
    }

    /** True while the rows are being replaced from the draft (see {@link DraftList#isRefreshing()}). */
    public boolean isRefreshing() {
        return agenda.isRefreshing();
    }

    /** The last refused edit ("Thời lượng phải là số phút nguyên dương"), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    /** Adds an empty point at the end and selects it. */
    public void add() {
        agenda.add(new AgendaItem("", "", null));
    }

    public void delete() {
        agenda.removeSelected();
    }

    public void moveUp() {
        agenda.moveSelected(-1);
    }

    public void moveDown() {
        agenda.moveSelected(1);
    }

    public void editContent(int index, String text) {
        edit(index, item -> new AgendaItem(text, item.presenter(), item.durationMinutes()));
    }

    public void editPresenter(int index, String text) {
        edit(index, item -> new AgendaItem(item.content(), text, item.durationMinutes()));
    }

    /** Sets the duration in minutes; anything but a whole positive number (or nothing) is refused with a message. */
    public void editDuration(int index, String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.isEmpty() && (!WHOLE_NUMBER.matcher(typed).matches() || Integer.parseInt(typed) == 0)) {
            error.set(messages.get("ui.conference.editor.error.duration"));
            return;
        }
        Integer minutes = typed.isEmpty() ? null : Integer.parseInt(typed);
        edit(index, item -> new AgendaItem(item.content(), item.presenter(), minutes));
    }

    /** Forgets a refused edit: the conference is shown anew. */
    void clearError() {
        error.set(null);
    }

    private void edit(int index, UnaryOperator<AgendaItem> change) {
        if (index < 0 || index >= agenda.items().size()) {
            return;
        }
        error.set(null);
        agenda.replace(index, change.apply(agenda.items().get(index)));
    }
}
