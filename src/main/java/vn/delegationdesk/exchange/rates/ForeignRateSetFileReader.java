package vn.delegationdesk.exchange.rates;

import java.nio.file.Path;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.exchange.json.PackageText;

/**
 * Reads a rate-set file of scope {@code FOREIGN} ({@code docs/rate-set-format.md}, version 2) or refuses it, naming the
 * file and every problem with its path ({@code $.foreignRateSet.rates[3].currency}): the file as any rate-set file
 * ({@link PackageText}), the envelope ({@link RateSetEnvelope}; a file of domestic rates, version 1 or scope
 * {@code DOMESTIC}, refused by name), then the set field by field ({@link ForeignRateSetDecoder}). Stateless.
 */
public final class ForeignRateSetFileReader {
    private final RateSetFileLoader<ForeignRateSet> loader = new RateSetFileLoader<>(RateSetFormat.FOREIGN, ForeignRateSetDecoder::rateSet);

    /** The set of {@code file}, without id. */
    public ForeignRateSet read(Path file) throws RateSetFileException {
        return loader.read(file);
    }

    /** The set of the bytes of a file called {@code fileName}. */
    public ForeignRateSet read(byte[] bytes, String fileName) throws RateSetFileException {
        return loader.read(bytes, fileName);
    }
}
