package vn.delegationdesk.exchange.rates;

import java.nio.file.Path;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.exchange.json.Envelope;
import vn.delegationdesk.exchange.json.PackageText;

/**
 * Reads a rate-set file ({@code docs/rate-set-format.md}) or refuses it, naming the file and every problem with its
 * path ({@code $.rateSet.values[3].amount}). The same three stages as the delegation package, with its helpers: the
 * file ({@link PackageText}: size, UTF-8, JSON), the envelope ({@link Envelope}: format and version by name, and a
 * delegation package recognised as such; {@link RateSetEnvelope}: version 1, or version 2 of scope DOMESTIC, a file of
 * foreign caps refused by name), then the set field by field ({@link RateSetDecoder}). Stateless.
 */
public final class RateSetFileReader {
    static final String RATE_SET_FIELD = RateSetEnvelope.DOMESTIC_BODY;

    private final RateSetFileLoader<RateSet> loader = new RateSetFileLoader<>(RateSetFormat.DOMESTIC, RateSetDecoder::rateSet);

    /** The set of {@code file}, without id. */
    public RateSet read(Path file) throws RateSetFileException {
        return loader.read(file);
    }

    /** The set of the bytes of a file called {@code fileName}. */
    public RateSet read(byte[] bytes, String fileName) throws RateSetFileException {
        return loader.read(bytes, fileName);
    }
}
