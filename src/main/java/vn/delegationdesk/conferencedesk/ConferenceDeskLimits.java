package vn.delegationdesk.conferencedesk;

import java.util.List;
import vn.delegationdesk.common.TextLimit;

/**
 * The longest text each field of a delegate takes: the width of its column (migration V15), so that what passes
 * {@link DelegateValidator} is never refused or cut by the store. A name is as wide as a member's ({@code member.full_name}).
 */
public final class ConferenceDeskLimits {
    public static final TextLimit FULL_NAME = TextLimit.line("conference_delegate", "full_name", 300);
    public static final TextLimit TITLE = TextLimit.line("conference_delegate", "title", 500);
    public static final TextLimit BODY = TextLimit.line("conference_delegate", "body", 1000);
    public static final TextLimit CONTACT = TextLimit.line("conference_delegate", "contact", 200);
    /** Every limit, for the test that compares them with the store's columns. */
    public static final List<TextLimit> ALL = List.of(FULL_NAME, TITLE, BODY, CONTACT);

    private ConferenceDeskLimits() {
    }
}
