package vn.delegationdesk.budget;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Rate sets as files a finance office hands to colleagues ({@code docs/rate-set-format.md}). The budget feature names
 * what it needs; the file format itself is written in {@code exchange} and handed in by the composition root.
 */
public interface RateSetFiles {
    /**
     * The set in {@code file}, without id; never a partly read one.
     *
     * @throws RateSetFileException with every problem found, each with its path in the file
     */
    RateSet read(Path file);

    /**
     * Writes {@code set} to {@code file}, replacing it whole or not at all.
     *
     * @throws IOException when the file cannot be written; it is then left as it was
     */
    void write(RateSet set, Path file) throws IOException;
}
