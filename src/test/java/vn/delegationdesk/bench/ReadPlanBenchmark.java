package vn.delegationdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.plan.SeedText;

/**
 * Reading each plan seed (001–004, as plain text, one passage per line) into a draft, warm, median (target: 500 ms per
 * document, issue 21). The file is read once; what is timed is the reader (normalising, joining, recognising).
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.ReadPlanBenchmark --runs 50
 * </pre>
 */
public final class ReadPlanBenchmark {
    private static final double TARGET_MS = 500;

    private ReadPlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = BenchFigures.intOption(args, "--runs", 50);
        Path folder = SeedText.folder().orElseThrow(() -> new IllegalStateException("no seeds folder: set -Dseeds.dir"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(folder)) {
            seeds = files.filter(f -> f.getFileName().toString().matches("00[1-4]_.*\\.txt")).sorted().toList();
        }
        PlanReader reader = new PlanReader();
        for (Path seed : seeds) {
            SourceDocument source = SeedText.lines(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
            PlanDraft draft = null;
            for (int i = 0; i < 30; i++) {
                draft = reader.read(source);
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                draft = reader.read(source);
                nanos.add(System.nanoTime() - start);
            }
            BenchFigures.print(String.format("read plan %s (%d passages, %d tasks, %d unplaced)", seed.getFileName().toString()
                    .substring(0, 3), source.passages().size(), draft.plan().tasks().size(), draft.unplaced().size()), nanos, TARGET_MS);
        }
    }
}
