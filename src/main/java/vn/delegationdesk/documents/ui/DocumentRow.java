package vn.delegationdesk.documents.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.delegationdesk.documents.DocumentKind;

/** A document of the list: its kind, its Vietnamese name, and whether it is ticked for "Lưu PDF…". */
public final class DocumentRow {
    private final DocumentKind kind;
    private final String name;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", false);

    DocumentRow(DocumentKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
