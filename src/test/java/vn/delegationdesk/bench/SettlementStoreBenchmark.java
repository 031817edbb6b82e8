package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.persistence.JdbcSettlementRepository;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * The settlement of a large delegation in H2 (a main class, not a unit test), warm, median of {@code --runs}: the
 * input of {@link SettlementBenchmark} ({@code --members} members, each with an advance, certified stays, two tickets
 * and a shared room, each with its voucher) saved whole in one transaction, replacing the one stored, then read back
 * whole. No target: reported beside the 100 ms of the computation.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.SettlementStoreBenchmark --members 2000 --runs 20
 * </pre>
 */
public final class SettlementStoreBenchmark {
    private static final int WARM_UP = 5;

    private SettlementStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 20);
        Delegation delegation = LargeDelegation.of(size);
        Settlement settlement = SettlementBenchmark.settlement(delegation.members());
        Path dir = Files.createTempDirectory("settlement-store-bench");
        try (Database store = Database.openStore(dir)) {
            long id = new JdbcDelegationRepository(store).insert(delegation);
            JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
            System.out.printf(Locale.ROOT, "Settlement in H2: %d members, %d advances, %d outcomes, %d actual lines; medians of"
                    + " %d after %d warm-up%n", delegation.members().size(), settlement.advances().size(),
                    settlement.outcomes().size(), settlement.lines().size(), runs, WARM_UP);
            List<Long> saves = new ArrayList<>();
            List<Long> finds = new ArrayList<>();
            for (int run = 0; run < runs + WARM_UP; run++) {
                long start = System.nanoTime();
                settlements.save(id, settlement);
                long saved = System.nanoTime();
                Settlement read = settlements.find(id).orElseThrow();
                long found = System.nanoTime();
                if (!read.equals(settlement)) {
                    throw new IllegalStateException("the settlement read back differs from the one saved");
                }
                if (run >= WARM_UP) {
                    saves.add(saved - start);
                    finds.add(found - saved);
                }
            }
            BenchFigures.print("save: the settlement whole, replacing the stored one (one transaction)", saves, Double.NaN);
            BenchFigures.print("find: the settlement read back whole", finds, Double.NaN);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.exit(0);
    }
}
