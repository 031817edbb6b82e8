package vn.delegationdesk.exchange.rates;

import java.io.IOException;
import java.nio.file.Path;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFiles;

/** The budget feature's rate-set files, in the format of {@link RateSetFormat}. */
public final class RateSetExchange implements RateSetFiles {
    private final RateSetFileReader reader = new RateSetFileReader();
    private final RateSetFileWriter writer;

    public RateSetExchange() {
        this(new RateSetFileWriter());
    }

    public RateSetExchange(RateSetFileWriter writer) {
        this.writer = writer;
    }

    @Override
    public RateSet read(Path file) {
        return reader.read(file);
    }

    @Override
    public void write(RateSet set, Path file) throws IOException {
        writer.write(set, file);
    }
}
