package vn.delegationdesk.delegation.member.roster.ui;

import vn.delegationdesk.delegation.member.roster.MemberField;

/** One entry of a column's field chooser: a field, or null for "ignore this column", with its Vietnamese label. */
public record FieldOption(MemberField field, String label) {
    @Override
    public String toString() {
        return label;
    }
}
