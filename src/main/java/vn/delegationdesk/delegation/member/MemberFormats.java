package vn.delegationdesk.delegation.member;

import java.util.regex.Pattern;

/**
 * The shapes of a member's identifiers, shared by the validator and every importer so that a value one
 * accepts the other never refuses.
 */
public final class MemberFormats {
    /** Citizen ID (CCCD, 12 digits) or the older identity card (CMND, 9 digits). */
    public static final Pattern ID_NUMBER = Pattern.compile("\\d{9}|\\d{12}");
    /** A phone number as people write it: digits, spaces, dots and dashes, an optional leading +. */
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-]{8,20}");
    /** The allowance coefficient has at most this many decimals (0,25; 1,25). */
    public static final int COEFFICIENT_SCALE = 2;

    private MemberFormats() {
    }
}
