package vn.delegationdesk.exchange;

/**
 * The constants of the rate-set file format, documented in {@code docs/rate-set-format.md}. Like the delegation
 * package, a reader refuses any other format name and any other version by name.
 */
public final class RateSetFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = "delegation-desk/rate-set";
    /** Value of the top-level {@code "formatVersion"} field; the only version this build reads. */
    public static final int VERSION = 1;
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing. A complete set is about 4 kB; 1 MB leaves room for long
     * legal bases and keeps a wrong file (a video, a spreadsheet) cheap to refuse.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024;
    /**
     * The largest amount a value may have: 1 000 000 000 đ. Every figure of a rate set is per person, room, day or
     * session; a bigger one is a typing slip (zeros too many), not a rate.
     */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    private RateSetFormat() {
    }
}
