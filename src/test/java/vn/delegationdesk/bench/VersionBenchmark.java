package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.SaveConflict;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * What versions cost on the embedded store (a main class, not a unit test), warm medians of {@code --runs}, on the sample
 * and on a large delegation:
 * <ul>
 *   <li>the editor's poll: the version, who and when of the open delegation (one row, no child rows); target 5 ms, since
 *   every open editor asks every 15 s;</li>
 *   <li>opening with the version (the whole delegation and its version from one snapshot), for comparison;</li>
 *   <li>a compare-and-set save that goes through;</li>
 *   <li>a save refused because another was stored since (the refusal reads the stored delegation to show it).</li>
 * </ul>
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.VersionBenchmark --members 2000 --runs 30
 * </pre>
 */
public final class VersionBenchmark {
    private VersionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 30);
        measure("sample (37 members)", SampleDelegation.create(), runs);
        measure(String.format(Locale.ROOT, "large (%d members)", members), LargeDelegation.of(members), runs);
        System.exit(0);
    }

    private static void measure(String name, Delegation delegation, int runs) throws Exception {
        Path dir = Files.createTempDirectory("delegation-desk-versions");
        try (Database database = Database.openStore(dir)) {
            DelegationService mine = new DelegationService(new JdbcDelegationRepository(database), () -> "Nguyễn Văn An");
            DelegationService theirs = new DelegationService(new JdbcDelegationRepository(database), () -> "Trần Thị Bình");
            long id = mine.create(delegation);
            List<Long> poll = new ArrayList<>();
            List<Long> open = new ArrayList<>();
            List<Long> save = new ArrayList<>();
            List<Long> refused = new ArrayList<>();
            for (int run = 0; run < runs + 5; run++) {
                boolean counted = run >= 5;
                long t0 = System.nanoTime();
                StoredVersion polled = mine.storedVersion(id).orElseThrow();
                long t1 = System.nanoTime();
                VersionedDelegation opened = mine.openVersioned(id).orElseThrow();
                long t2 = System.nanoTime();
                Delegation edited = opened.delegation().toBuilder().title("Lần lưu " + run).build();
                StoredVersion saved = mine.save(edited, opened.version());
                long t3 = System.nanoTime();
                try {
                    theirs.save(edited.toBuilder().title("Bản cũ " + run).build(), opened.version());
                    throw new IllegalStateException("a save from an older version went through");
                } catch (SaveConflict expected) {
                    if (!expected.stored().version().equals(saved)) {
                        throw new IllegalStateException("the refusal named another version", expected);
                    }
                }
                long t4 = System.nanoTime();
                if (polled.version() != opened.version().version()) {
                    throw new IllegalStateException("poll and open disagree");
                }
                if (counted) {
                    poll.add(t1 - t0);
                    open.add(t2 - t1);
                    save.add(t3 - t2);
                    refused.add(t4 - t3);
                }
            }
            BenchFigures.print(name + ": poll (version, who, when)", poll, 5);
            BenchFigures.print(name + ": open with version", open, Double.NaN);
            BenchFigures.print(name + ": save (compare-and-set)", save, Double.NaN);
            BenchFigures.print(name + ": save refused, stored one read", refused, Double.NaN);
        }
    }
}
