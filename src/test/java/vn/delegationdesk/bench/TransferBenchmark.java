package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.app.transfer.StoreTransfer;
import vn.delegationdesk.app.transfer.TransferResult;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * "Chuyển dữ liệu lên máy chủ…" (a main class, not a unit test): the copy of a laptop store holding the sample and a
 * {@code --members}-member delegation to a fresh database on the embedded PostgreSQL, verification included, median of
 * {@code --runs} (each into a new database). No target: a one-off move, reported in the note.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.TransferBenchmark --runs 5
 * </pre>
 */
public final class TransferBenchmark {
    private TransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 5);
        Path dataDir = Files.createTempDirectory("dd-transfer-bench-");
        List<Long> nanos = new ArrayList<>();
        try (Database laptop = Database.openStore(dataDir)) {
            long sample = new JdbcDelegationRepository(laptop).insert(SampleDelegation.create());
            new JdbcWorksheetRepository(laptop).save(sample, SampleEstimates.pricedWorksheet());
            new JdbcDelegationRepository(laptop).insert(LargeDelegation.of(members));
            for (int run = 0; run < runs + 1; run++) {
                String database = EmbeddedServer.createDatabase();
                try (ServerStore server = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null)) {
                    long started = System.nanoTime();
                    TransferResult result = new StoreTransfer(laptop, server, new Messages()).copy(Map.of());
                    long took = System.nanoTime() - started;
                    if (result.members() != 37 + members) {
                        throw new IllegalStateException("copied " + result.members() + " members");
                    }
                    if (run > 0) {
                        nanos.add(took);
                    }
                } finally {
                    EmbeddedServer.drop(database);
                }
            }
        }
        BenchFigures.print("copy to PostgreSQL: sample + " + members + "-member delegation, verified", nanos, Double.NaN);
        System.exit(0);
    }
}
