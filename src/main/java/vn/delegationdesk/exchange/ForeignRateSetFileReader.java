package vn.delegationdesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.common.ValidationError;

/**
 * Reads a rate-set file of scope {@code FOREIGN} ({@code docs/rate-set-format.md}, version 2) or refuses it, naming the
 * file and every problem with its path ({@code $.foreignRateSet.rates[3].currency}): the file as any rate-set file
 * ({@link PackageText}), the envelope ({@link RateSetEnvelope}; a file of domestic rates, version 1 or scope
 * {@code DOMESTIC}, refused by name), then the set field by field ({@link ForeignRateSetDecoder}). Stateless.
 */
public final class ForeignRateSetFileReader {
    /** The set of {@code file}, without id. */
    public ForeignRateSet read(Path file) throws RateSetFileException {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        try {
            return decode(PackageText.load(file, ExchangeFile.RATE_SET));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    /** The set of the bytes of a file called {@code fileName}. */
    public ForeignRateSet read(byte[] bytes, String fileName) throws RateSetFileException {
        try {
            return decode(PackageText.parse(PackageText.decode(bytes, ExchangeFile.RATE_SET), ExchangeFile.RATE_SET));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    private static ForeignRateSet decode(JsonNode root) {
        List<ValidationError> errors = new ArrayList<>();
        FieldReader body = RateSetEnvelope.open(root, RateSetFormat.FOREIGN, errors);
        ForeignRateSet set = ForeignRateSetDecoder.rateSet(body, errors);
        if (!errors.isEmpty()) {
            throw new PackageException(errors);
        }
        return set;
    }
}
