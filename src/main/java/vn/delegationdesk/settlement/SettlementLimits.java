package vn.delegationdesk.settlement;

import java.util.List;
import vn.delegationdesk.common.TextLimit;

/**
 * The longest text each field of a settlement takes: the width of its column (migrations V12 and V14), so that what passes
 * {@link SettlementValidator} is never refused or cut by the store. Member ids and places are as wide as the
 * delegation's own ({@code member.member_id}, {@code leg.place}).
 */
public final class SettlementLimits {
    public static final TextLimit ADVANCE_MEMBER = TextLimit.line("settlement_advance", "member_id", 100);
    public static final TextLimit ADVANCE_VOUCHER = TextLimit.line("settlement_advance", "voucher_number", 100);
    public static final TextLimit OUTCOME_MEMBER = TextLimit.line("settlement_outcome", "member_id", 100);
    public static final TextLimit REPLACEMENT = TextLimit.line("settlement_outcome", "replacement_id", 100);
    public static final TextLimit STAY_PLACE = TextLimit.line("settlement_stay", "place", 500);
    /** An estimate line's key ("lodging." + a leg's place + ".shared"): a leg's place fits with room to spare. */
    public static final TextLimit LINE_KEY = TextLimit.line("settlement_line", "estimate_key", 1000);
    public static final TextLimit LINE_CONTENT = TextLimit.line("settlement_line", "content", 1000);
    public static final TextLimit LINE_STOP = TextLimit.line("settlement_line", "stop", 500);
    public static final TextLimit LINE_MEMBER = TextLimit.line("settlement_line_member", "member_id", 100);
    public static final TextLimit VOUCHER_NUMBER = TextLimit.line("settlement_voucher", "voucher_number", 100);
    public static final TextLimit VOUCHER_SUPPLIER = TextLimit.line("settlement_voucher", "supplier", 500);
    /** The voucher an attached file supports (migration V14): as wide as the voucher's own columns. */
    public static final TextLimit FILE_VOUCHER_NUMBER = TextLimit.line("voucher_file", "voucher_number", 100);
    public static final TextLimit FILE_SUPPLIER = TextLimit.line("voucher_file", "supplier", 500);
    /** An attached file's name as it was on the user's disk (no folder): file systems allow 255. */
    public static final TextLimit FILE_NAME = TextLimit.line("voucher_file", "file_name", 255);
    /** Every limit, for the test that compares them with the store's columns. */
    public static final List<TextLimit> ALL = List.of(ADVANCE_MEMBER, ADVANCE_VOUCHER, OUTCOME_MEMBER, REPLACEMENT,
            STAY_PLACE, LINE_KEY, LINE_CONTENT, LINE_STOP, LINE_MEMBER, VOUCHER_NUMBER, VOUCHER_SUPPLIER,
            FILE_VOUCHER_NUMBER, FILE_SUPPLIER, FILE_NAME);

    private SettlementLimits() {
    }
}
