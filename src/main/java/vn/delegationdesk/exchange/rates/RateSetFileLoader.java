package vn.delegationdesk.exchange.rates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageText;

/**
 * The stages both rate-set readers share: the file ({@link PackageText}), the envelope of the expected scope
 * ({@link RateSetEnvelope}), then the body by {@code decoder}; every problem named with its path, the file named once.
 */
final class RateSetFileLoader<T> {
    private final String scope;
    private final BiFunction<FieldReader, List<ValidationError>, T> decoder;

    RateSetFileLoader(String scope, BiFunction<FieldReader, List<ValidationError>, T> decoder) {
        this.scope = scope;
        this.decoder = decoder;
    }

    T read(Path file) throws RateSetFileException {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        try {
            return decode(PackageText.load(file, RateSetFormat.FILE));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    T read(byte[] bytes, String fileName) throws RateSetFileException {
        try {
            return decode(PackageText.parse(PackageText.decode(bytes, RateSetFormat.FILE), RateSetFormat.FILE));
        } catch (PackageException e) {
            throw new RateSetFileException(fileName, e.errors());
        }
    }

    private T decode(JsonNode root) {
        List<ValidationError> errors = new ArrayList<>();
        FieldReader body = RateSetEnvelope.open(root, scope, errors);
        T set = decoder.apply(body, errors);
        if (!errors.isEmpty()) {
            throw new PackageException(errors);
        }
        return set;
    }
}
