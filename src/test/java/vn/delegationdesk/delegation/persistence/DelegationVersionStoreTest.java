package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * The delegation's version in the store (H2 and PostgreSQL): compare-and-set saves, the version counting up, who and when
 * kept beside the plan.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class DelegationVersionStoreTest {
    private static final Instant NINE_FORTY_ONE = Instant.parse("2026-12-07T02:41:00Z");
    private static final Instant TEN = Instant.parse("2026-12-07T03:00:00.123Z");

    @RegisterExtension
    final TestStores stores;

    DelegationVersionStoreTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    private Store database;
    private JdbcDelegationRepository repository;

    @BeforeEach
    void open() {
        database = stores.open();
        repository = new JdbcDelegationRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDelegationIsVersionOneSavedByNobodyNamed() {
        long id = repository.insert(DelegationFixtures.minimal("Đoàn mới"));

        StoredVersion version = repository.findVersion(id).orElseThrow();
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.savedBy()).isEmpty();
        assertThat(repository.findVersioned(id)).map(VersionedDelegation::version).contains(version);
        assertThat(repository.findVersion(id + 1)).isEmpty();
        assertThat(repository.findVersioned(id + 1)).isEmpty();
    }

    @Test
    void aSaveFromTheStoredVersionIsTheNextVersionWithWhoAndWhen() {
        Delegation rich = DelegationFixtures.rich();
        long id = repository.insert(rich);
        Delegation edited = rich.withId(id).toBuilder().title("Đoàn khảo sát du lịch cộng đồng Tây Nguyên").build();

        Optional<StoredVersion> saved = repository.updateIfVersion(edited, 1, "Trần Thị Bình", NINE_FORTY_ONE);

        assertThat(saved).contains(new StoredVersion(2, "Trần Thị Bình", NINE_FORTY_ONE));
        VersionedDelegation read = repository.findVersioned(id).orElseThrow();
        assertThat(read.delegation()).isEqualTo(edited);
        assertThat(read.version()).isEqualTo(new StoredVersion(2, "Trần Thị Bình", NINE_FORTY_ONE));

        Delegation again = edited.toBuilder().title("Đoàn khảo sát lần hai").build();
        assertThat(repository.updateIfVersion(again, 2, "Nguyễn Văn An", TEN)).contains(new StoredVersion(3, "Nguyễn Văn An", TEN));
        assertThat(repository.findVersion(id)).contains(new StoredVersion(3, "Nguyễn Văn An", TEN));
    }

    @Test
    void aSaveFromAnOlderVersionWritesNothing() {
        Delegation rich = DelegationFixtures.rich();
        long id = repository.insert(rich);
        Delegation theirs = rich.withId(id).toBuilder().title("Bản của chị Bình").build();
        repository.updateIfVersion(theirs, 1, "Trần Thị Bình", NINE_FORTY_ONE);
        Delegation mine = rich.withId(id).toBuilder().title("Bản của anh An").members(rich.members().subList(0, 1)).build();

        assertThat(repository.updateIfVersion(mine, 1, "Nguyễn Văn An", TEN)).isEmpty();

        VersionedDelegation read = repository.findVersioned(id).orElseThrow();
        assertThat(read.delegation()).isEqualTo(theirs);
        assertThat(read.delegation().members()).hasSize(rich.members().size());
        assertThat(read.version()).isEqualTo(new StoredVersion(2, "Trần Thị Bình", NINE_FORTY_ONE));
    }

    @Test
    void aSaveOfADeletedOrUnstoredDelegationWritesNothing() {
        long id = repository.insert(DelegationFixtures.minimal("Sẽ bị xóa"));
        repository.delete(id);

        assertThat(repository.updateIfVersion(DelegationFixtures.minimal("Sẽ bị xóa").withId(id), 1, "An", TEN)).isEmpty();
        assertThat(repository.updateIfVersion(DelegationFixtures.minimal("Chưa lưu"), 1, "An", TEN)).isEmpty();
        assertThat(repository.findSummaries()).isEmpty();
    }

    @Test
    void aToolsUpdateCountsAsAVersionToo() {
        long id = repository.insert(DelegationFixtures.minimal("Đoàn"));

        repository.update(DelegationFixtures.minimal("Đoàn sửa bằng công cụ").withId(id));

        assertThat(repository.findVersion(id).orElseThrow().version()).isEqualTo(2);
        assertThat(repository.updateIfVersion(DelegationFixtures.minimal("Bản cũ").withId(id), 1, "An", TEN)).isEmpty();
    }
}
