package vn.delegationdesk.exchange;

import vn.delegationdesk.exchange.json.ExchangeFile;
import vn.delegationdesk.exchange.json.FormatNames;

/**
 * The constants of the plan package format, documented in {@code docs/plan-package-format.md}: a plan above the trips
 * (kế hoạch) in one JSON file, in the same envelope as the delegation package. A reader refuses any other format name
 * and any other version by name, and a delegation package given for a plan (or the other way round) is named as such.
 */
public final class PlanPackageFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = FormatNames.PLAN;
    /** Value of the top-level {@code "formatVersion"} field; the only version this build reads. */
    public static final int VERSION = 1;
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing, as delegation packages are. Seed 002's plan is about 15 kB; a
     * plan with thousands of logged activities stays far below.
     */
    public static final long MAX_FILE_BYTES = PackageFormat.MAX_FILE_BYTES;

    /** The file as the readers check it: its format name, versions, size limit and the wording of its refusals. */
    public static final ExchangeFile FILE = new ExchangeFile(NAME, VERSION, VERSION, MAX_FILE_BYTES,
            new ExchangeFile.Keys("exchange.plan.error.tooLarge", "exchange.plan.error.empty", "exchange.plan.error.notUtf8",
                    "exchange.plan.error.tooComplex", "exchange.plan.error.notPlan", "exchange.plan.error.formatMissing",
                    "exchange.plan.error.unsupportedVersion"));

    private PlanPackageFormat() {
    }
}
