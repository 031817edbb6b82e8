package vn.delegationdesk.exchange.rates;

import java.io.IOException;
import java.nio.file.Path;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.ForeignRateSetFiles;

/** The abroad feature's rate-set files, in the rate-set format of {@link RateSetFormat}, scope {@code FOREIGN}. */
public final class ForeignRateSetExchange implements ForeignRateSetFiles {
    private final ForeignRateSetFileReader reader = new ForeignRateSetFileReader();
    private final ForeignRateSetFileWriter writer;

    public ForeignRateSetExchange() {
        this(new ForeignRateSetFileWriter());
    }

    public ForeignRateSetExchange(ForeignRateSetFileWriter writer) {
        this.writer = writer;
    }

    @Override
    public ForeignRateSet read(Path file) {
        return reader.read(file);
    }

    @Override
    public void write(ForeignRateSet set, Path file) throws IOException {
        writer.write(set, file);
    }
}
