package vn.delegationdesk.exchange.rates;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.exchange.json.AtomicFiles;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * Writes a foreign rate set as a rate-set file of version 2 and scope {@code FOREIGN}, laid out as the domestic one
 * (two-space indent, Vietnamese letters as they are, a final newline), fields in the order of the format's
 * documentation and the countries in the set's order (it decides which group a country's caps come from), so two
 * exports of one set differ only in {@code exportedAt}. Amounts are JSON strings of their exact decimals, as typed
 * ("60.50" stays "60.50"). The stored id is not written. Thread-safe.
 */
public final class ForeignRateSetFileWriter {
    private final Clock clock;

    public ForeignRateSetFileWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives {@code exportedAt}; a fixed clock makes the output reproducible. */
    public ForeignRateSetFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes whole or not at all: a failed export leaves {@code file} as it was. */
    public void write(ForeignRateSet set, Path file) throws IOException {
        AtomicFiles.write(toBytes(set), file);
    }

    public byte[] toBytes(ForeignRateSet set) {
        ObjectNode root = PackageJson.envelope(RateSetFormat.NAME, RateSetFormat.LATEST_VERSION, clock);
        root.put(RateSetFormat.SCOPE, RateSetFormat.FOREIGN);
        ObjectNode body = root.putObject(RateSetEnvelope.FOREIGN_BODY);
        body.put("name", set.name());
        body.put("documentNumber", set.documentNumber());
        body.put("effectiveFrom", set.effectiveFrom().toString());
        body.put("effectiveTo", set.effectiveTo() == null ? null : set.effectiveTo().toString());
        body.put("notes", set.notes());
        ArrayNode rates = body.putArray("rates");
        for (CountryRate rate : set.rates()) {
            ObjectNode entry = rates.addObject();
            entry.put("code", rate.code());
            entry.put("name", rate.name());
            if (!rate.countries().isEmpty()) {
                ArrayNode countries = entry.putArray("countries");
                rate.countries().forEach(countries::add);
            }
            entry.put("currency", rate.currency().getCurrencyCode());
            entry.put("perDiem", amount(rate.perDiem()));
            entry.put("lodgingCap", amount(rate.lodgingCap()));
            entry.put("basis", rate.basis());
            entry.put("verified", rate.verified());
        }
        return PackageJson.bytes(root);
    }

    /** The exact decimals as typed; a negative scale (6E+1) is written out in full ("60"). */
    private static String amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }
}
