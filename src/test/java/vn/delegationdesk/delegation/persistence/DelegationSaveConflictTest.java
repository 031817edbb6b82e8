package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.SaveConflict;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * Two clerks on one store (two services over the same database, as two computers on one server): a save from a version
 * someone else has saved over is refused, naming who and when, and writes nothing; of two saves from the same version in
 * the same instant exactly one wins.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class DelegationSaveConflictTest {
    /** 09:41 in Hà Nội. */
    private static final Instant AT = Instant.parse("2026-12-07T02:41:00Z");

    @RegisterExtension
    final TestStores stores;

    DelegationSaveConflictTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    private Store database;
    private DelegationService an;
    private DelegationService binh;
    private long id;

    @BeforeEach
    void open() {
        database = stores.open();
        an = new DelegationService(new JdbcDelegationRepository(database), () -> "Nguyễn Văn An",
                Clock.fixed(AT.plusSeconds(60), ZoneOffset.UTC));
        binh = new DelegationService(new JdbcDelegationRepository(database), () -> "Trần Thị Bình", Clock.fixed(AT, ZoneOffset.UTC));
        id = an.create(SampleDelegation.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedNamingWhoAndWhenAndWritesNothing() {
        VersionedDelegation openedByAn = an.openVersioned(id).orElseThrow();
        VersionedDelegation openedByBinh = binh.openVersioned(id).orElseThrow();
        Delegation binhs = openedByBinh.delegation().toBuilder().title("Bản kế hoạch chị Bình đã sửa").build();
        StoredVersion saved = binh.save(binhs, openedByBinh.version());
        Delegation ans = openedByAn.delegation().toBuilder().title("Bản kế hoạch anh An đã sửa")
                .members(openedByAn.delegation().members().subList(0, 10)).build();

        SaveConflict conflict = catchThrowableOfType(SaveConflict.class, () -> an.save(ans, openedByAn.version()));

        assertThat(saved).isEqualTo(new StoredVersion(2, "Trần Thị Bình", AT));
        assertThat(conflict.stored().version()).isEqualTo(saved);
        assertThat(conflict.stored().delegation()).isEqualTo(binhs);
        assertThat(conflict.openedVersion()).isEqualTo(1);
        String said = new Messages().describeFailure(conflict, "\n");
        String nineFortyOne = SaveConflict.when(saved);
        assertThat(said).isEqualTo("Đoàn này đã được Trần Thị Bình lưu lúc " + nineFortyOne
                + ", sau khi bạn mở nó. Bản của bạn chưa được lưu, không có gì bị ghi đè.");
        if (ZoneId.systemDefault().getRules().getOffset(AT).equals(ZoneOffset.ofHours(7))) {
            assertThat(nineFortyOne).isEqualTo("09:41 ngày 07/12/2026");
        }
        VersionedDelegation stored = an.openVersioned(id).orElseThrow();
        assertThat(stored.delegation().title()).isEqualTo("Bản kế hoạch chị Bình đã sửa");
        assertThat(stored.delegation().members()).hasSize(37);
        assertThat(stored.version()).isEqualTo(saved);
    }

    @Test
    void afterReloadingTheStoredVersionMySaveGoesThroughAsTheNextVersion() {
        VersionedDelegation openedByBinh = binh.openVersioned(id).orElseThrow();
        binh.save(openedByBinh.delegation().toBuilder().title("Chị Bình sửa").build(), openedByBinh.version());

        VersionedDelegation reloaded = an.openVersioned(id).orElseThrow();
        StoredVersion mine = an.save(reloaded.delegation().toBuilder().title("Anh An sửa tiếp").build(), reloaded.version());

        assertThat(mine).isEqualTo(new StoredVersion(3, "Nguyễn Văn An", AT.plusSeconds(60)));
        assertThat(binh.storedVersion(id)).contains(mine);
        assertThat(binh.find(id).orElseThrow().title()).isEqualTo("Anh An sửa tiếp");
    }

    @Test
    void theOperatingSystemUserSavesWhenNoPersonIsGiven() {
        DelegationService plain = new DelegationService(new JdbcDelegationRepository(database));
        VersionedDelegation opened = plain.openVersioned(id).orElseThrow();

        StoredVersion saved = plain.save(opened.delegation().toBuilder().title("Sửa trên máy này").build(), opened.version());

        assertThat(saved.savedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(plain.storedVersion(id).orElseThrow().savedBy()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aVeryLongNameIsCutToTheColumnAndTheSaveGoesThrough() {
        String longName = "Nguyễn Văn An ".repeat(30);
        DelegationService verbose = new DelegationService(new JdbcDelegationRepository(database), () -> longName);
        VersionedDelegation opened = verbose.openVersioned(id).orElseThrow();

        StoredVersion saved = verbose.save(opened.delegation(), opened.version());

        assertThat(saved.savedBy()).hasSize(DelegationService.SAVED_BY_MAX).isEqualTo(longName.strip().substring(0, 200));
        assertThat(verbose.storedVersion(id)).contains(saved);
    }

    /** "Two clerks saving the same delegation within the same second": exactly one wins, the other is told, every round. */
    @Test
    void twoClerksSavingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                VersionedDelegation opened = an.openVersioned(id).orElseThrow();
                Delegation ans = opened.delegation().toBuilder().title("Vòng " + round + ": bản của anh An").build();
                Delegation binhs = opened.delegation().toBuilder().title("Vòng " + round + ": bản của chị Bình")
                        .members(opened.delegation().members().subList(0, 36)).build();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Object> first = threads.submit(() -> attempt(together, an, ans, opened.version()));
                Future<Object> second = threads.submit(() -> attempt(together, binh, binhs, opened.version()));
                List<Object> outcomes = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)));

                List<StoredVersion> won = outcomes.stream().filter(StoredVersion.class::isInstance).map(StoredVersion.class::cast)
                        .toList();
                List<SaveConflict> told = outcomes.stream().filter(SaveConflict.class::isInstance).map(SaveConflict.class::cast)
                        .toList();
                assertThat(won).as("round %d", round).hasSize(1);
                assertThat(told).as("round %d", round).hasSize(1);
                StoredVersion winner = won.get(0);
                assertThat(winner.version()).isEqualTo(opened.version().version() + 1);
                assertThat(told.get(0).stored().version()).isEqualTo(winner);
                Delegation expected = winner.savedBy().equals("Nguyễn Văn An") ? ans : binhs;
                VersionedDelegation stored = an.openVersioned(id).orElseThrow();
                assertThat(stored.delegation()).isEqualTo(expected);
                assertThat(told.get(0).stored().delegation()).isEqualTo(expected);
                assertThat(stored.version()).isEqualTo(winner);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object attempt(CyclicBarrier together, DelegationService service, Delegation d, StoredVersion opened)
            throws Exception {
        together.await(10, TimeUnit.SECONDS);
        try {
            return service.save(d, opened);
        } catch (SaveConflict refused) {
            return refused;
        }
    }
}
