package vn.delegationdesk.abroad;

import java.io.IOException;
import java.nio.file.Path;
import vn.delegationdesk.budget.RateSetFileException;

/**
 * Foreign rate sets as files a finance office hands to colleagues: the rate-set file of the domestic sets, version 2
 * with scope {@code FOREIGN} ({@code docs/rate-set-format.md}, {@code docs/abroad.md}). The abroad feature names what it
 * needs; the format is written in {@code exchange} and handed in by the composition root.
 */
public interface ForeignRateSetFiles {
    /**
     * The set in {@code file}, without id; never a partly read one.
     *
     * @throws RateSetFileException with every problem found, each with its path in the file; a file of domestic rates is
     *                              refused by name
     */
    ForeignRateSet read(Path file);

    /**
     * Writes {@code set} to {@code file}, replacing it whole or not at all.
     *
     * @throws IOException when the file cannot be written; it is then left as it was
     */
    void write(ForeignRateSet set, Path file) throws IOException;
}
