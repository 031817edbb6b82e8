package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.delegationdesk.app.desk.ConferenceDeskAttendance;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.conferencedesk.persistence.JdbcDelegateRepository;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The delegate list's save in H2 (a main class, not a unit test), warm, median of {@code --runs}: {@code --delegates}
 * delegates loaded, one checked in at the desk meanwhile, one title edited, then saved through the three-way merge in one
 * transaction (rows updated in place), beside the whole replacement the list used before; and what the settlement's
 * preview now reads per conference, the desk's attendance of 180 delegates ({@link ConferenceDeskAttendance}). No target.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.DeskMergeBenchmark --delegates 2000 --runs 20
 * </pre>
 */
public final class DeskMergeBenchmark {
    private static final int WARM_UP = 5;

    private DeskMergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = BenchFigures.intOption(args, "--delegates", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 20);
        String conference = SampleDelegation.CONFERENCE_DAK_LAK;
        String other = SampleDelegation.CONFERENCE_LAM_DONG;
        Path dir = Files.createTempDirectory("desk-merge-bench");
        try (Database store = Database.openStore(dir)) {
            long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
            JdbcDelegateRepository repository = new JdbcDelegateRepository(store);
            ConferenceDeskService desk = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("lan")),
                    Clock.systemUTC());
            desk.save(id, conference, TestDelegates.of(conference, size));
            List<Delegate> small = desk.save(id, other, TestDelegates.of(other, TestDelegates.COUNT));
            small.stream().filter(d -> d.status() != DelegateStatus.DECLINED).forEach(d -> desk.checkIn(d.id()));
            ConferenceDeskAttendance attendance = new ConferenceDeskAttendance(desk);
            List<Long> merges = new ArrayList<>();
            List<Long> wholes = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (int run = 0; run < runs + WARM_UP; run++) {
                List<Delegate> base = desk.delegates(id, conference);
                desk.checkIn(base.get(run % base.size()).id());
                List<Delegate> edited = new ArrayList<>(base);
                Delegate d = base.get((run * 7 + 3) % base.size());
                edited.set((run * 7 + 3) % base.size(), new Delegate(d.id(), d.conferenceId(), d.fullName(), "Chuyên viên " + run,
                        d.body(), d.group(), d.precedence(), d.contact(), d.onPayroll(), d.status(), d.checkedInAt(), d.memberId(),
                        d.walkIn()));
                long t0 = System.nanoTime();
                List<Delegate> merged = desk.save(id, conference, base, edited);
                long t1 = System.nanoTime();
                desk.save(id, conference, merged);
                long t2 = System.nanoTime();
                int attended = attendance.attended(id, other).orElseThrow().attended();
                long t3 = System.nanoTime();
                if (attended != 174 || merged.size() != size) {
                    throw new IllegalStateException("unexpected figures: " + attended + ", " + merged.size());
                }
                if (run >= WARM_UP) {
                    merges.add(t1 - t0);
                    wholes.add(t2 - t1);
                    counts.add(t3 - t2);
                }
            }
            System.out.printf(Locale.ROOT, "Delegate list in H2: %d delegates; medians of %d after %d warm-up%n", size, runs,
                    WARM_UP);
            BenchFigures.print("save with the three-way merge (read, merge, update in place)", merges, Double.NaN);
            BenchFigures.print("save whole (delete and insert), as before", wholes, Double.NaN);
            BenchFigures.print("attendance of a 180-delegate conference for the settlement", counts, Double.NaN);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.exit(0);
    }
}
