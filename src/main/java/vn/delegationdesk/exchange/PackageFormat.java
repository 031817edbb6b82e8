package vn.delegationdesk.exchange;

/**
 * The constants of the delegation package format, documented in {@code docs/package-format.md}. A reader
 * refuses any other format name and any other version by name, so that a file from a newer application
 * is never half-understood.
 */
public final class PackageFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = "delegation-desk/package";
    /** Value of the top-level {@code "formatVersion"} field; the only version this build reads. */
    public static final int VERSION = 1;
    /** Value of the top-level {@code "application"} field: who wrote the file (informative only). */
    public static final String APPLICATION = "Delegation Desk 0.1.0";
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing. The 37-member reference delegation is about 50 kB,
     * so 20 MB leaves room for any real plan while keeping a wrong file (a video, a disk image) cheap to refuse.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private PackageFormat() {
    }
}
