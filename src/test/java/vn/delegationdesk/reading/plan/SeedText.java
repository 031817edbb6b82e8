package vn.delegationdesk.reading.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;

/**
 * The seeds (the real plans in {@code shared/seeds}) as plain text: one passage per line of the file, blank lines
 * included, as a .txt source gives them. The folder is {@code -Dseeds.dir}, else looked for beside the worktree.
 */
public final class SeedText {
    private SeedText() {
    }

    public static Optional<Path> folder() {
        String given = System.getProperty("seeds.dir");
        List<Path> candidates = given != null ? List.of(Path.of(given))
                : List.of(Path.of("../shared/seeds"), Path.of("../../shared/seeds"), Path.of("/work/shared/seeds"));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The seed whose file name starts with {@code prefix} ("002"); the test is skipped, saying so, when there are none. */
    public static SourceDocument seed(String prefix) {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "the seeds are not here (set -Dseeds.dir)");
        try (Stream<Path> files = Files.list(folder.get())) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return lines(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
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
