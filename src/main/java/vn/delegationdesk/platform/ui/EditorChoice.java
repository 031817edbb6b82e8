package vn.delegationdesk.platform.ui;

/**
 * One entry of an editor's drop-down: a value (null for "none") and its Vietnamese label. Records compare by
 * value and label, so a combo box finds the entry again after a refresh.
 */
public record EditorChoice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
