package vn.delegationdesk.exchange.json;

/**
 * A kind of file read here (each feature defines its own: {@code PackageFormat.FILE}, {@code RateSetFormat.FILE},
 * {@code PlanPackageFormat.FILE}), with what differs between them when a file is refused: the size
 * limit, the format name and the versions read (the oldest to the latest: 1 to 2 for a rate-set file, one for the
 * others), and the messages that say what the file should have been ("gói đoàn công
 * tác", "bộ định mức" or "gói kế hoạch"). Everything else (not JSON, cut short, a repeated key...) is said the same way for both.
 */
public final class ExchangeFile {
    /** Message keys of the refusals whose wording names the kind of file. */
    public record Keys(String tooLarge, String empty, String notUtf8, String tooComplex, String notObject, String formatMissing,
            String unsupportedVersion) {
    }

    private final String formatName;
    private final int version;
    private final int latestVersion;
    private final long maxBytes;
    private final Keys keys;

    public ExchangeFile(String formatName, int version, int latestVersion, long maxBytes, Keys keys) {
        this.formatName = formatName;
        this.version = version;
        this.latestVersion = latestVersion;
        this.maxBytes = maxBytes;
        this.keys = keys;
    }

    public String formatName() {
        return formatName;
    }

    public int version() {
        return version;
    }

    /** Whether this build reads a file of the version written {@code text}: from {@link #version()} to the latest. */
    public boolean reads(String text) {
        for (int v = version; v <= latestVersion; v++) {
            if (String.valueOf(v).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The versions this build reads, as the refusal names them ("1, 2"). */
    public String versionsRead() {
        StringBuilder text = new StringBuilder(String.valueOf(version));
        for (int v = version + 1; v <= latestVersion; v++) {
            text.append(", ").append(v);
        }
        return text.toString();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Keys keys() {
        return keys;
    }
}
