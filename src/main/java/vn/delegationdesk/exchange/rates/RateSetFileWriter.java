package vn.delegationdesk.exchange.rates;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.exchange.json.AtomicFiles;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * Writes a rate set as a file: UTF-8 JSON as the delegation package is written (two-space indent, Vietnamese letters
 * as they are, a final newline), fields in the order of the format's documentation and values in the regulation's
 * order, so two exports of one set differ only in {@code exportedAt}. The stored id is not written. Thread-safe.
 */
public final class RateSetFileWriter {
    private final Clock clock;

    public RateSetFileWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives {@code exportedAt}; a fixed clock makes the output reproducible. */
    public RateSetFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes whole or not at all: a failed export leaves {@code file} as it was. */
    public void write(RateSet set, Path file) throws IOException {
        AtomicFiles.write(toBytes(set), file);
    }

    public byte[] toBytes(RateSet set) {
        ObjectNode root = PackageJson.envelope(RateSetFormat.NAME, RateSetFormat.VERSION, clock);
        ObjectNode body = root.putObject(RateSetFileReader.RATE_SET_FIELD);
        body.put("name", set.name());
        body.put("issuer", set.issuer());
        body.put("documentNumber", set.documentNumber());
        body.put("kind", set.kind().name());
        body.put("effectiveFrom", set.effectiveFrom().toString());
        body.put("effectiveTo", set.effectiveTo() == null ? null : set.effectiveTo().toString());
        body.put("notes", set.notes());
        ArrayNode values = body.putArray("values");
        set.values().stream().sorted(Comparator.comparing(RateValue::key)).forEach(v -> {
            ObjectNode value = values.addObject();
            value.put("key", v.key().name());
            value.put("amount", v.amount());
            value.put("basis", v.basis());
            value.put("verified", v.verified());
        });
        return PackageJson.bytes(root);
    }
}
