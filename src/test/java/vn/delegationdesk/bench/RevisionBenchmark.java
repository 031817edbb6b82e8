package vn.delegationdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.RevisionFreezing;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * What freezing a revision of the 37-member sample costs in H2: making its content (package JSON, estimate, the seven
 * PDFs of the standard pack) alone; a whole submission (that, then the stage, the revision, its PDFs and the audit line
 * in one transaction) followed by its return; listing the revisions and reading one revision's PDFs back; and how many
 * bytes a revision stores. A main class, not a unit test:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.RevisionBenchmark --runs 20
 * </pre>
 */
public final class RevisionBenchmark {
    private static final int WARM_UP = 10;

    private RevisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        Path dir = Files.createTempDirectory("revision-bench");
        Messages messages = new Messages();
        try (AppServices services = StoreServices.open(dir, messages)) {
            services.user().set(User.everyRole("bench"));
            long id = services.delegations().create(SampleDelegation.create());
            RevisionFreezing freezing = new RevisionFreezing(services.delegations(), services.budget(), services.documents(),
                    messages, Clock.systemUTC());
            ApprovalService approvals = services.approvals();

            List<Long> freezes = new ArrayList<>();
            FrozenContent frozen = null;
            for (int run = 0; run < runs + WARM_UP; run++) {
                long start = System.nanoTime();
                frozen = freezing.freeze(id);
                if (run >= WARM_UP) {
                    freezes.add(System.nanoTime() - start);
                }
            }
            BenchFigures.print("freeze the sample: package, estimate, 7 PDFs (no store write)", freezes, Double.NaN);

            List<Long> submissions = new ArrayList<>();
            List<Long> returns = new ArrayList<>();
            for (int run = 0; run < runs + WARM_UP; run++) {
                long start = System.nanoTime();
                approvals.submit(id);
                long middle = System.nanoTime();
                approvals.returnToDraft(id, "Sửa lại dự toán");
                long end = System.nanoTime();
                if (run >= WARM_UP) {
                    submissions.add(middle - start);
                    returns.add(end - middle);
                }
            }
            BenchFigures.print("submit the sample (freeze + one transaction)", submissions, Double.NaN);
            BenchFigures.print("return it (no freezing)", returns, Double.NaN);

            List<Long> lists = new ArrayList<>();
            List<Long> reads = new ArrayList<>();
            int count = 0;
            for (int run = 0; run < runs + WARM_UP; run++) {
                long start = System.nanoTime();
                count = approvals.revisions(id).size();
                long middle = System.nanoTime();
                List<RevisionFile> files = approvals.documents(id, 1 + run % count);
                long end = System.nanoTime();
                if (run >= WARM_UP && !files.isEmpty()) {
                    lists.add(middle - start);
                    reads.add(end - middle);
                }
            }
            BenchFigures.print("list " + count + " revisions (with their package JSON)", lists, Double.NaN);
            BenchFigures.print("read one revision's 7 PDFs back", reads, Double.NaN);

            System.out.println();
            System.out.printf(Locale.ROOT, "one revision of the sample stores %,d bytes:%n", stored(frozen));
            System.out.printf(Locale.ROOT, "  %-62s %,10d bytes%n", "package JSON (plan, worksheet, document settings)",
                    frozen.content().getBytes(StandardCharsets.UTF_8).length);
            for (RevisionFile file : frozen.documents()) {
                System.out.printf(Locale.ROOT, "  %-62s %,10d bytes%n", file.fileName(), file.size());
            }
            System.out.printf(Locale.ROOT, "  %-62s %,10d groups%n", "estimate groups", frozen.estimate().size());
        }
        System.exit(0);
    }

    private static long stored(FrozenContent frozen) {
        return frozen.content().getBytes(StandardCharsets.UTF_8).length + frozen.documentBytes();
    }
}
