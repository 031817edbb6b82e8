package vn.delegationdesk.delegation.overview.ui;

import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.draft.DraftList;

/** An ordered list of texts of the overview (purposes, exchange topics, recipients): add, edit one, remove, move. */
public final class TextList {
    private final DraftList<String> list;
    private final String newText;

    TextList(DraftList<String> list, String newText) {
        this.list = list;
        this.newText = newText;
    }

    public ObservableList<String> items() {
        return list.items();
    }

    public IntegerProperty selectedProperty() {
        return list.selectedProperty();
    }

    public boolean isRefreshing() {
        return list.isRefreshing();
    }

    public void add() {
        list.add(newText);
    }

    /** Replaces item {@code index}; an emptied item is removed (an empty purpose prints as an empty line). */
    public void edit(int index, String text) {
        if (text == null || text.isBlank()) {
            list.selectedProperty().set(index);
            list.removeSelected();
        } else {
            list.replace(index, text);
        }
    }

    public void remove() {
        list.removeSelected();
    }

    public void move(int delta) {
        list.moveSelected(delta);
    }
}
