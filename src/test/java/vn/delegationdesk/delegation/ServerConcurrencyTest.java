package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.delegationdesk.delegation.approval.AuditAction;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * A department on one PostgreSQL server (issue 15, "What must show"): 20 clerks each editing their own delegation and
 * 2 editing the same one, at once, for a bounded run on the embedded server. Every save opens the stored version,
 * raises the planned size by one and appends the clerk's tag as a line of the first member's notes, then saves from the
 * opened version. Nothing is lost: each delegation's final planned size is its first plus its accepted saves, its notes
 * are exactly the accepted saves' tags in order, its version is 1 plus its accepted saves; every refused save is a
 * {@link SaveConflict} (counted), and no client meets any other exception.
 *
 * <p>Each client has its own {@link vn.delegationdesk.platform.db.ServerStore} (its own connections) and its own
 * {@link DelegationService}, as each clerk's computer has: one shared store would share one pool of kept connections,
 * which is one copy of the app with many threads, not a department.
 */
class ServerConcurrencyTest {
    private static final int OWN_CLIENTS = 20;
    private static final int OWN_SAVES = 10;
    /** Rounds of the two clerks on the same delegation: both open the same version, then both save. */
    private static final int SHARED_ROUNDS = 15;

    @RegisterExtension
    final TestStores stores = new TestStores(StoreKind.POSTGRESQL);

    /** What one client did: its tags accepted (in order), its saves refused. */
    private record Outcome(List<String> accepted, List<SaveConflict> refused) {
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyClerksOnTheirOwnAndTwoOnTheSameDelegationLoseNoSaveAndEveryRefusalIsReported() throws Exception {
        List<DelegationService> own = new ArrayList<>();
        List<Long> ownIds = new ArrayList<>();
        for (int client = 0; client < OWN_CLIENTS; client++) {
            DelegationService service = clerk(stores.open(), "Cán bộ " + client);
            own.add(service);
            ownIds.add(service.create(sample()));
        }
        DelegationService an = clerk(stores.open(), "Nguyễn Văn An");
        DelegationService binh = clerk(stores.open(), "Trần Thị Bình");
        long sharedId = an.create(sample());
        int firstSize = an.find(sharedId).orElseThrow().plannedSize();

        ExecutorService threads = Executors.newFixedThreadPool(OWN_CLIENTS + 2);
        List<Outcome> ownOutcomes = new ArrayList<>();
        Outcome anOutcome;
        Outcome binhOutcome;
        try {
            CyclicBarrier bothOpened = new CyclicBarrier(2);
            Future<Outcome> anRun = threads.submit(() -> shared(an, sharedId, "An", bothOpened));
            Future<Outcome> binhRun = threads.submit(() -> shared(binh, sharedId, "Bình", bothOpened));
            List<Future<Outcome>> ownRuns = new ArrayList<>();
            for (int client = 0; client < OWN_CLIENTS; client++) {
                DelegationService service = own.get(client);
                long id = ownIds.get(client);
                String tag = "k" + client;
                ownRuns.add(threads.submit(() -> alone(service, id, tag)));
            }
            for (Future<Outcome> run : ownRuns) {
                ownOutcomes.add(run.get(60, TimeUnit.SECONDS));
            }
            anOutcome = anRun.get(60, TimeUnit.SECONDS);
            binhOutcome = binhRun.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        for (int client = 0; client < OWN_CLIENTS; client++) {
            Outcome outcome = ownOutcomes.get(client);
            assertThat(outcome.refused()).as("client %d refused", client).isEmpty();
            assertThat(outcome.accepted()).as("client %d accepted", client).hasSize(OWN_SAVES);
            VersionedDelegation stored = an.openVersioned(ownIds.get(client)).orElseThrow();
            assertThat(stored.version().version()).isEqualTo(1 + OWN_SAVES);
            assertThat(stored.version().savedBy()).isEqualTo("Cán bộ " + client);
            assertThat(stored.delegation().plannedSize()).isEqualTo(firstSize + OWN_SAVES);
            assertThat(notesOf(stored.delegation())).isEqualTo(outcome.accepted());
        }

        List<SaveConflict> refused = new ArrayList<>(anOutcome.refused());
        refused.addAll(binhOutcome.refused());
        assertThat(anOutcome.accepted().size() + binhOutcome.accepted().size()).isEqualTo(SHARED_ROUNDS);
        assertThat(refused).hasSize(SHARED_ROUNDS);
        assertThat(refused).allSatisfy(conflict -> assertThat(conflict.stored().version().version())
                .isEqualTo(conflict.openedVersion() + 1));
        VersionedDelegation shared = an.openVersioned(sharedId).orElseThrow();
        assertThat(shared.version().version()).isEqualTo(1 + SHARED_ROUNDS);
        assertThat(shared.delegation().plannedSize()).isEqualTo(firstSize + SHARED_ROUNDS);
        List<String> winners = notesOf(shared.delegation());
        assertThat(winners).hasSize(SHARED_ROUNDS);
        for (int round = 0; round < SHARED_ROUNDS; round++) {
            String ans = "An " + round;
            String binhs = "Bình " + round;
            assertThat(winners.get(round)).as("round %d", round).isIn(ans, binhs);
            boolean anWon = winners.get(round).equals(ans);
            assertThat(anOutcome.accepted().contains(ans)).as("round %d", round).isEqualTo(anWon);
            assertThat(binhOutcome.accepted().contains(binhs)).as("round %d", round).isEqualTo(!anWon);
        }
        assertThat(anOutcome.accepted()).isEqualTo(winners.stream().filter(tag -> tag.startsWith("An ")).toList());
        assertThat(binhOutcome.accepted()).isEqualTo(winners.stream().filter(tag -> tag.startsWith("Bình ")).toList());
        // The audit list has a line for each accepted save, by its winner, in order, and none for a refused one.
        List<String> savedBy = new JdbcApprovalTrail(stores.open(), () -> User.everyRole("Kiểm tra")).trail(sharedId).stream()
                .filter(line -> line.action() == AuditAction.SAVED).map(AuditEntry::who).toList();
        assertThat(savedBy).hasSize(SHARED_ROUNDS);
        assertThat(savedBy).containsExactlyElementsOf(winners.stream()
                .map(tag -> tag.startsWith("An ") ? "Nguyễn Văn An" : "Trần Thị Bình").toList());
    }

    /** The 37-member sample, its first member's notes (the lines the clerks append to) empty. */
    private static Delegation sample() {
        Delegation d = SampleDelegation.create();
        List<Member> members = new ArrayList<>(d.members());
        members.set(0, members.get(0).toBuilder().notes("").build());
        return d.toBuilder().members(members).build();
    }

    /** As the app wires it: saves go through the approval trail's journal (a locked read of the stage, an audit line). */
    private static DelegationService clerk(Store store, String name) {
        CurrentUser user = new CurrentUser(User.everyRole(name));
        return new DelegationService(new JdbcDelegationRepository(store, new JdbcApprovalTrail(store, user)), () -> name);
    }

    /** One clerk alone on a delegation: every save goes through. */
    private static Outcome alone(DelegationService service, long id, String tag) {
        List<String> accepted = new ArrayList<>();
        List<SaveConflict> refused = new ArrayList<>();
        for (int save = 0; save < OWN_SAVES; save++) {
            VersionedDelegation opened = service.openVersioned(id).orElseThrow();
            String line = tag + "-" + save;
            try {
                service.save(edited(opened.delegation(), line), opened.version());
                accepted.add(line);
            } catch (SaveConflict conflict) {
                refused.add(conflict);
            }
        }
        return new Outcome(accepted, refused);
    }

    /** One of two clerks on the same delegation: each round both open the same version, then both save. */
    private static Outcome shared(DelegationService service, long id, String name, CyclicBarrier bothOpened) throws Exception {
        List<String> accepted = new ArrayList<>();
        List<SaveConflict> refused = new ArrayList<>();
        for (int round = 0; round < SHARED_ROUNDS; round++) {
            VersionedDelegation opened = service.openVersioned(id).orElseThrow();
            bothOpened.await(30, TimeUnit.SECONDS);
            String line = name + " " + round;
            try {
                service.save(edited(opened.delegation(), line), opened.version());
                accepted.add(line);
            } catch (SaveConflict conflict) {
                refused.add(conflict);
            }
            // Both saves of this round are done before either opens for the next one.
            bothOpened.await(30, TimeUnit.SECONDS);
        }
        return new Outcome(accepted, refused);
    }

    /** The delegation with the planned size one more and {@code line} appended to the first member's notes. */
    private static Delegation edited(Delegation d, String line) {
        List<Member> members = new ArrayList<>(d.members());
        Member first = members.get(0);
        String notes = first.notes() == null || first.notes().isEmpty() ? line : first.notes() + "\n" + line;
        members.set(0, first.toBuilder().notes(notes).build());
        return d.toBuilder().plannedSize(d.plannedSize() + 1).members(members).build();
    }

    private static List<String> notesOf(Delegation d) {
        String notes = d.members().get(0).notes();
        return notes == null || notes.isEmpty() ? List.of() : List.of(notes.split("\n"));
    }
}
