package vn.delegationdesk.exchange.json;

import java.util.ArrayList;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The top of an exchange file: a JSON object whose {@code format} names the format and whose {@code formatVersion}
 * is the one version this build reads. Anything else is refused by name before a field of the body is read, since
 * the fields of another format or version would be misread.
 */
public final class Envelope {
    public static final String FORMAT = "format";
    public static final String VERSION = "formatVersion";

    private Envelope() {
    }

    /** Refuses a root that is not an object. */
    public static void checkObject(JsonNode root, ExchangeFile kind) {
        if (!root.isObject()) {
            throw PackageException.of(JsonPaths.ROOT, kind.keys().notObject());
        }
    }

    /**
     * Refuses, naming what it is, a file of this application's {@code otherFormat} given where another kind is read (a
     * delegation package chosen as a rate set or a plan), so that the clerk is told which file they chose rather than
     * "format not supported".
     */
    public static void refuseOther(FieldReader envelope, String otherFormat, String messageKey) {
        JsonNode format = envelope.raw(FORMAT);
        if (format != null && otherFormat.equals(format.asText())) {
            throw PackageException.of(envelope.path(FORMAT), messageKey, otherFormat);
        }
    }

    /**
     * The body of a file of {@code kind} (its object under {@code bodyField}) once the root is an object, is not a file of
     * {@code otherFormat} (refused with {@code otherKey}) and has the kind's format and version; refused when the body is
     * missing or not an object.
     */
    public static JsonNode body(JsonNode root, ExchangeFile kind, String bodyField, String otherFormat, String otherKey) {
        checkObject(root, kind);
        FieldReader envelope = FieldReader.of(root, JsonPaths.ROOT, new ArrayList<>());
        refuseOther(envelope, otherFormat, otherKey);
        check(envelope, kind);
        JsonNode body = envelope.raw(bodyField);
        if (body == null) {
            throw PackageException.of(envelope.path(bodyField), "exchange.error.missingField");
        }
        if (!body.isObject()) {
            throw PackageException.of(envelope.path(bodyField), "exchange.error.expectedObject", FieldReader.preview(body));
        }
        return body;
    }

    /** Format first: the version number of some other format means nothing; then a version this build reads. */
    public static void check(FieldReader envelope, ExchangeFile kind) {
        String formatPath = envelope.path(FORMAT);
        JsonNode format = envelope.raw(FORMAT);
        if (format == null) {
            throw PackageException.of(formatPath, kind.keys().formatMissing(), kind.formatName());
        }
        if (!format.isTextual() || !kind.formatName().equals(format.textValue())) {
            throw PackageException.of(formatPath, "exchange.error.unknownFormat", FieldReader.preview(format),
                    kind.formatName());
        }
        String versionPath = envelope.path(VERSION);
        JsonNode version = envelope.raw(VERSION);
        if (version == null) {
            throw PackageException.of(versionPath, "exchange.error.missingField");
        }
        if (!version.isIntegralNumber()) {
            throw PackageException.of(versionPath, version.isNumber() ? "exchange.error.integerWritten"
                    : "exchange.error.expectedInteger", FieldReader.preview(version));
        }
        // Compared as text so that a huge number is refused by name too, and printed without grouping.
        if (!kind.reads(version.asText())) {
            throw PackageException.of(versionPath, kind.keys().unsupportedVersion(), version.asText(), kind.versionsRead());
        }
    }
}
