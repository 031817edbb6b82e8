package vn.delegationdesk.exchange;

import vn.delegationdesk.exchange.json.ExchangeFile;
import vn.delegationdesk.exchange.json.FormatNames;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * The constants of the delegation package format, documented in {@code docs/package-format.md}. A reader
 * refuses any other format name and any other version by name, so that a file from a newer application
 * is never half-understood.
 */
public final class PackageFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = FormatNames.PACKAGE;
    /** Value of the top-level {@code "formatVersion"} field; the only version this build reads. */
    public static final int VERSION = 1;
    /** Value of the top-level {@code "application"} field: who wrote the file (informative only). */
    public static final String APPLICATION = PackageJson.APPLICATION;
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing. The 37-member reference delegation is about 50 kB,
     * so 20 MB leaves room for any real plan while keeping a wrong file (a video, a disk image) cheap to refuse.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** The file as the readers check it: its format name, versions, size limit and the wording of its refusals. */
    public static final ExchangeFile FILE = new ExchangeFile(NAME, VERSION, VERSION, MAX_FILE_BYTES,
            new ExchangeFile.Keys("exchange.error.tooLarge", "exchange.error.empty", "exchange.error.notUtf8",
                    "exchange.error.tooComplex", "exchange.error.notPackage", "exchange.error.formatMissing",
                    "exchange.error.unsupportedVersion"));

    private PackageFormat() {
    }
}
