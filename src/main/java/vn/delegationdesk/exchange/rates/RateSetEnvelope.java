package vn.delegationdesk.exchange.rates;

import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.Envelope;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.FormatNames;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageException;

/**
 * The top of a rate-set file ({@code docs/rate-set-format.md}), shared by the domestic and the foreign reader. Version
 * 1 holds a domestic set under {@code rateSet}; version 2 says in {@code scope} which kind it holds: {@code DOMESTIC}
 * (under {@code rateSet}) or {@code FOREIGN} (under {@code foreignRateSet}). A file of the other kind is refused by
 * name before a field of its body is read, so that the clerk is told which file they chose.
 */
final class RateSetEnvelope {
    static final String DOMESTIC_BODY = "rateSet";
    static final String FOREIGN_BODY = "foreignRateSet";
    private static final List<String> COMMON = List.of(Envelope.FORMAT, Envelope.VERSION, "exportedAt", "application");

    private RateSetEnvelope() {
    }

    /**
     * The body of a file whose scope is {@code expected} ({@link RateSetFormat#DOMESTIC} or {@link RateSetFormat#FOREIGN}),
     * with every problem of the envelope after the kind recorded in {@code errors} (unknown fields); a file that is not a
     * rate-set file, of a version not read, or of the other kind is refused at once.
     */
    static FieldReader open(JsonNode root, String expected, List<ValidationError> errors) {
        Envelope.checkObject(root, RateSetFormat.FILE);
        FieldReader envelope = FieldReader.of(root, JsonPaths.ROOT, errors);
        Envelope.refuseOther(envelope, FormatNames.PACKAGE, "exchange.rateSet.error.isPackage");
        Envelope.check(envelope, RateSetFormat.FILE);
        boolean first = String.valueOf(RateSetFormat.VERSION).equals(envelope.raw(Envelope.VERSION).asText());
        String scope = first ? RateSetFormat.DOMESTIC : scope(envelope);
        if (!scope.equals(expected)) {
            String path = first ? JsonPaths.ROOT : envelope.path(RateSetFormat.SCOPE);
            throw PackageException.of(path, RateSetFormat.FOREIGN.equals(expected)
                    ? "exchange.rateSet.error.isDomestic" : "exchange.rateSet.error.isForeign");
        }
        String bodyField = RateSetFormat.FOREIGN.equals(scope) ? FOREIGN_BODY : DOMESTIC_BODY;
        List<String> allowed = new ArrayList<>(COMMON);
        if (!first) {
            allowed.add(RateSetFormat.SCOPE);
        }
        allowed.add(bodyField);
        for (String field : envelope.fieldNames()) {
            if (!allowed.contains(field)) {
                errors.add(ValidationError.of(envelope.path(field), "exchange.rateSet.error.unknownField",
                        String.join(", ", allowed)));
            }
        }
        JsonNode body = envelope.raw(bodyField);
        if (body == null) {
            errors.add(ValidationError.of(envelope.path(bodyField), "exchange.error.missingField"));
            throw new PackageException(errors);
        }
        return FieldReader.of(body, envelope.path(bodyField), errors);
    }

    private static String scope(FieldReader envelope) {
        JsonNode scope = envelope.raw(RateSetFormat.SCOPE);
        String path = envelope.path(RateSetFormat.SCOPE);
        if (scope == null) {
            throw PackageException.of(path, "exchange.rateSet.error.scopeMissing", RateSetFormat.DOMESTIC, RateSetFormat.FOREIGN);
        }
        if (!scope.isTextual() || !List.of(RateSetFormat.DOMESTIC, RateSetFormat.FOREIGN).contains(scope.textValue())) {
            throw PackageException.of(path, "exchange.rateSet.error.unknownScope", FieldReader.preview(scope),
                    RateSetFormat.DOMESTIC, RateSetFormat.FOREIGN);
        }
        return scope.textValue();
    }
}
