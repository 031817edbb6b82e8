package vn.delegationdesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.common.ValidationError;

/**
 * Reads a rate-set file ({@code docs/rate-set-format.md}) or refuses it, naming the file and every problem with its
 * path ({@code $.rateSet.values[3].amount}). The same three stages as the delegation package, with its helpers: the
 * file ({@link PackageText}: size, UTF-8, JSON), the envelope ({@link Envelope}: format and version by name, and a
 * delegation package recognised as such; {@link RateSetEnvelope}: version 1, or version 2 of scope DOMESTIC, a file of
 * foreign caps refused by name), then the set field by field ({@link RateSetDecoder}). Stateless.
 */
public final class RateSetFileReader {
    static final String RATE_SET_FIELD = RateSetEnvelope.DOMESTIC_BODY;

    /** The set of {@code file}, without id. */
    public RateSet read(Path file) throws RateSetFileException {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        try {
            return decode(PackageText.load(file, ExchangeFile.RATE_SET));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    /** The set of the bytes of a file called {@code fileName}. */
    public RateSet read(byte[] bytes, String fileName) throws RateSetFileException {
        try {
            return decode(PackageText.parse(PackageText.decode(bytes, ExchangeFile.RATE_SET), ExchangeFile.RATE_SET));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    private static RateSet decode(JsonNode root) {
        List<ValidationError> errors = new ArrayList<>();
        FieldReader body = RateSetEnvelope.open(root, RateSetFormat.DOMESTIC, errors);
        RateSet set = RateSetDecoder.rateSet(body, errors);
        if (!errors.isEmpty()) {
            throw new PackageException(errors);
        }
        return set;
    }
}
