package vn.delegationdesk.delegation.member.roster;

import vn.delegationdesk.common.Texts;

/**
 * One cell of a data row as text (NFC, trimmed). {@code numeric} tells that Excel held a number (not a
 * date), so an ID number or phone may have lost its leading zeros there.
 */
public record RosterCell(String text, boolean numeric) {
    public static final RosterCell BLANK = new RosterCell("", false);

    public RosterCell {
        text = Texts.clean(text);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
