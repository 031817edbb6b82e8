package vn.delegationdesk.exchange;

/**
 * The constants of the plan package format, documented in {@code docs/plan-package-format.md}: a plan above the trips
 * (kế hoạch) in one JSON file, in the same envelope as the delegation package. A reader refuses any other format name
 * and any other version by name, and a delegation package given for a plan (or the other way round) is named as such.
 */
public final class PlanPackageFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = "delegation-desk/plan";
    /** Value of the top-level {@code "formatVersion"} field; the only version this build reads. */
    public static final int VERSION = 1;
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing, as delegation packages are. Seed 002's plan is about 15 kB; a
     * plan with thousands of logged activities stays far below.
     */
    public static final long MAX_FILE_BYTES = PackageFormat.MAX_FILE_BYTES;

    private PlanPackageFormat() {
    }
}
