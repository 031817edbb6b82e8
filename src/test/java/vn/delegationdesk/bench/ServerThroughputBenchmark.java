package vn.delegationdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;

/**
 * A department on one PostgreSQL server (issue 15), a main class, not a unit test: versioned saves per second of the
 * 37-member sample with 1, 5 and 20 clients at once (each its own {@link ServerStore}, as each clerk's computer, and its
 * own delegation, so no save is refused; saves go through the approval trail's journal as in the app), {@code --saves}
 * saves per client after {@code --warmup}; and the latency of opening the sample from the server ({@code openVersioned},
 * {@code --opens} times, on an idle server). Each client count runs on a fresh database of the embedded PostgreSQL.
 * No target: reported in the note.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.ServerThroughputBenchmark
 * </pre>
 */
public final class ServerThroughputBenchmark {
    private static final int[] CLIENTS = {1, 5, 20};

    private ServerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = BenchFigures.intOption(args, "--saves", 100);
        int warmup = BenchFigures.intOption(args, "--warmup", 20);
        int opens = BenchFigures.intOption(args, "--opens", 100);
        // A cold JVM would count its compiling against the first client count: one untimed pass first.
        throughput(1, 200, warmup, false);
        for (int clients : CLIENTS) {
            throughput(clients, saves, warmup, true);
        }
        opening(opens, warmup);
        System.exit(0);
    }

    private static void throughput(int clients, int saves, int warmup, boolean print) throws Exception {
        String database = EmbeddedServer.createDatabase();
        List<ServerStore> stores = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<DelegationService> services = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                ServerStore store = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null);
                stores.add(store);
                String name = "Cán bộ " + client;
                DelegationService service = asTheAppSaves(store, name);
                services.add(service);
                ids.add(service.create(SampleDelegation.create()));
            }
            CyclicBarrier start = new CyclicBarrier(clients + 1);
            CyclicBarrier end = new CyclicBarrier(clients + 1);
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                DelegationService service = services.get(client);
                long id = ids.get(client);
                runs.add(threads.submit(() -> saveLoop(service, id, saves, warmup, start, end)));
            }
            start.await(5, TimeUnit.MINUTES);
            long began = System.nanoTime();
            end.await(5, TimeUnit.MINUTES);
            long took = System.nanoTime() - began;
            List<Long> latencies = new ArrayList<>();
            for (Future<List<Long>> run : runs) {
                latencies.addAll(run.get());
            }
            if (!print) {
                return;
            }
            double perSecond = latencies.size() / (took / 1e9);
            System.out.printf(Locale.ROOT, "%-62s %8.1f saves/s   (%d saves in %.2f s)%n",
                    "save sample (37 members) on PostgreSQL, " + clients + " client" + (clients == 1 ? "" : "s"),
                    perSecond, latencies.size(), took / 1e9);
            BenchFigures.print("  one save's latency with " + clients + " client" + (clients == 1 ? "" : "s"), latencies,
                    Double.NaN);
        } finally {
            threads.shutdownNow();
            stores.forEach(ServerStore::close);
            EmbeddedServer.drop(database);
        }
    }

    /**
     * One client's saves, each from the version the last returned (as an editor saving again): {@code warmup} before the
     * start barrier, {@code saves} timed between it and the end barrier; returns each timed save's nanoseconds.
     */
    private static List<Long> saveLoop(DelegationService service, long id, int saves, int warmup, CyclicBarrier start,
            CyclicBarrier end) throws Exception {
        VersionedDelegation opened = service.openVersioned(id).orElseThrow();
        Delegation d = opened.delegation();
        StoredVersion version = opened.version();
        for (int i = 0; i < warmup; i++) {
            version = service.save(d.toBuilder().plannedSize(d.plannedSize() + 1 + i % 2).build(), version);
        }
        List<Long> nanos = new ArrayList<>();
        start.await(5, TimeUnit.MINUTES);
        for (int i = 0; i < saves; i++) {
            Delegation next = d.toBuilder().plannedSize(d.plannedSize() + 1 + i % 2).build();
            long began = System.nanoTime();
            version = service.save(next, version);
            nanos.add(System.nanoTime() - began);
        }
        end.await(5, TimeUnit.MINUTES);
        return Collections.unmodifiableList(nanos);
    }

    /** As the app wires it: saves go through the approval trail's journal (a locked read of the stage, an audit line). */
    private static DelegationService asTheAppSaves(ServerStore store, String name) {
        CurrentUser user = new CurrentUser(User.everyRole(name));
        return new DelegationService(new JdbcDelegationRepository(store, new JdbcApprovalTrail(store, user)), () -> name);
    }

    private static void opening(int opens, int warmup) {
        String database = EmbeddedServer.createDatabase();
        try (ServerStore store = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null)) {
            DelegationService service = asTheAppSaves(store, "Cán bộ mở");
            long id = service.create(SampleDelegation.create());
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < warmup + opens; i++) {
                long began = System.nanoTime();
                VersionedDelegation opened = service.openVersioned(id).orElseThrow();
                long took = System.nanoTime() - began;
                if (opened.delegation().members().size() != 37) {
                    throw new IllegalStateException("opened " + opened.delegation().members().size() + " members");
                }
                if (i >= warmup) {
                    nanos.add(took);
                }
            }
            BenchFigures.print("open sample (37 members) from PostgreSQL (openVersioned)", nanos, Double.NaN);
        } finally {
            EmbeddedServer.drop(database);
        }
    }
}
