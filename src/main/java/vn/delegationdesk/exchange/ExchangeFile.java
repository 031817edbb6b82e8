package vn.delegationdesk.exchange;

/**
 * The kinds of file this package reads, with what differs between them when a file is refused: the size
 * limit, the format name and the versions read (the oldest to the latest: 1 to 2 for a rate-set file, one for the
 * others), and the messages that say what the file should have been ("gói đoàn công
 * tác", "bộ định mức" or "gói kế hoạch"). Everything else (not JSON, cut short, a repeated key...) is said the same way for both.
 */
enum ExchangeFile {
    PACKAGE(PackageFormat.NAME, PackageFormat.VERSION, PackageFormat.VERSION, PackageFormat.MAX_FILE_BYTES,
            new Keys("exchange.error.tooLarge", "exchange.error.empty", "exchange.error.notUtf8",
                    "exchange.error.tooComplex", "exchange.error.notPackage", "exchange.error.formatMissing",
                    "exchange.error.unsupportedVersion")),
    RATE_SET(RateSetFormat.NAME, RateSetFormat.VERSION, RateSetFormat.LATEST_VERSION, RateSetFormat.MAX_FILE_BYTES,
            new Keys("exchange.rateSet.error.tooLarge", "exchange.rateSet.error.empty", "exchange.rateSet.error.notUtf8",
                    "exchange.rateSet.error.tooComplex", "exchange.rateSet.error.notRateSet",
                    "exchange.rateSet.error.formatMissing", "exchange.rateSet.error.unsupportedVersion")),
    PLAN(PlanPackageFormat.NAME, PlanPackageFormat.VERSION, PlanPackageFormat.VERSION, PlanPackageFormat.MAX_FILE_BYTES,
            new Keys("exchange.plan.error.tooLarge", "exchange.plan.error.empty", "exchange.plan.error.notUtf8",
                    "exchange.plan.error.tooComplex", "exchange.plan.error.notPlan", "exchange.plan.error.formatMissing",
                    "exchange.plan.error.unsupportedVersion"));

    /** Message keys of the refusals whose wording names the kind of file. */
    record Keys(String tooLarge, String empty, String notUtf8, String tooComplex, String notObject, String formatMissing,
            String unsupportedVersion) {
    }

    private final String formatName;
    private final int version;
    private final int latestVersion;
    private final long maxBytes;
    private final Keys keys;

    ExchangeFile(String formatName, int version, int latestVersion, long maxBytes, Keys keys) {
        this.formatName = formatName;
        this.version = version;
        this.latestVersion = latestVersion;
        this.maxBytes = maxBytes;
        this.keys = keys;
    }

    String formatName() {
        return formatName;
    }

    int version() {
        return version;
    }

    /** Whether this build reads a file of the version written {@code text}: from {@link #version()} to the latest. */
    boolean reads(String text) {
        for (int v = version; v <= latestVersion; v++) {
            if (String.valueOf(v).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The versions this build reads, as the refusal names them ("1, 2"). */
    String versionsRead() {
        StringBuilder text = new StringBuilder(String.valueOf(version));
        for (int v = version + 1; v <= latestVersion; v++) {
            text.append(", ").append(v);
        }
        return text.toString();
    }

    long maxBytes() {
        return maxBytes;
    }

    Keys keys() {
        return keys;
    }
}
