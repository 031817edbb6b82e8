package vn.delegationdesk.reading.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;

/**
 * The seeds (the office's real plans, kept as test resources {@code reading/seed-001.txt} … as given in
 * {@code shared/seeds}) as plain text: one passage per line of the file, blank lines included, as a .txt source gives
 * them. In the repository, so that every build reads them.
 */
public final class SeedText {
    /** The plans among the seeds (000 is a delegation's plan). */
    public static final List<String> PLANS = List.of("001", "002", "003", "004");

    private SeedText() {
    }

    /** The seed {@code number} ("002") as passages. */
    public static SourceDocument seed(String number) {
        String resource = "/vn/delegationdesk/reading/seed-" + number + ".txt";
        try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return lines("seed-" + number + ".txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} as passages, one per line. */
    public static SourceDocument lines(String name, String text) {
        List<Passage> passages = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            passages.add(Passage.paragraph(passages.size(), line, false));
        }
        return new SourceDocument(name, passages);
    }
}
