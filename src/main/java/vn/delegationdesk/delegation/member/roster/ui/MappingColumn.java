package vn.delegationdesk.delegation.member.roster.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.delegationdesk.delegation.member.roster.MemberField;

/**
 * One column of the imported sheet in the mapping step: its index and letter, its header text as shown (a
 * placeholder when the column has no title), a few sample values, and the field it fills (null: ignored).
 */
public final class MappingColumn {
    private final int index;
    private final String header;
    private final String samples;
    private final ObjectProperty<MemberField> field = new SimpleObjectProperty<>(this, "field");

    MappingColumn(int index, String header, String samples, MemberField field) {
        this.index = index;
        this.header = header;
        this.samples = samples;
        this.field.set(field);
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    /** Up to three values of the first data rows, joined by " · ". */
    public String samples() {
        return samples;
    }

    /** The field this column fills; set it to change the mapping (null ignores the column). */
    public ObjectProperty<MemberField> fieldProperty() {
        return field;
    }

    public MemberField getField() {
        return field.get();
    }

    public void setField(MemberField value) {
        field.set(value);
    }
}
