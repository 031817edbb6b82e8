package vn.delegationdesk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.delegation.DelegationPlanReader;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.plan.SeedText;

/**
 * Reading each seed (000 into a delegation, 001–004 into plans; as plain text, one passage per line) into a draft, warm,
 * median (target: 500 ms per document, issue 21). The file is read once; what is timed is the reader (normalising, joining, recognising).
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
        delegation(runs);
        PlanReader reader = new PlanReader();
        for (String seed : SeedText.PLANS) {
            SourceDocument source = SeedText.seed(seed);
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
            BenchFigures.print(String.format("read plan %s (%d passages, %d tasks, %d unplaced)", seed,
                    source.passages().size(), draft.plan().tasks().size(), draft.unplaced().size()), nanos, TARGET_MS);
        }
    }

    /** Seed 000, the delegation plan, through {@link DelegationPlanReader}. */
    private static void delegation(int runs) {
        DelegationPlanReader reader = new DelegationPlanReader();
        SourceDocument source = SeedText.seed("000");
        DelegationDraft draft = null;
        for (int i = 0; i < 30; i++) {
            draft = reader.read(source);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            draft = reader.read(source);
            nanos.add(System.nanoTime() - start);
        }
        BenchFigures.print(String.format("read delegation 000 (%d passages, %d days, %d conferences, %d unplaced)",
                source.passages().size(), draft.delegation().programme().size(), draft.delegation().conferences().size(),
                draft.unplaced().size()), nanos, TARGET_MS);
    }
}
