package vn.delegationdesk.conferencedesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.conferencedesk.ConferenceDeskLimits;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateMerge;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * A conference's delegates kept on both stores: read back equal and in order, replaced whole, untouched by a save the
 * store refuses, a check-in that survives a restart, a walk-in at the end, and the desk gone with its delegation.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcDelegateRepositoryTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final String LAM_DONG = SampleDelegation.CONFERENCE_LAM_DONG;

    @RegisterExtension
    final TestStores stores;

    JdbcDelegateRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aListIsReadBackEqualInOrderAndASaveReplacesIt() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        assertThat(delegates.list(id, DAK_LAK)).isEmpty();

        List<Delegate> four = DeskSamples.four(DAK_LAK, "dl-");
        delegates.saveAll(id, DAK_LAK, four);
        delegates.saveAll(id, LAM_DONG, DeskSamples.four(LAM_DONG, "ld-"));

        assertThat(delegates.list(id, DAK_LAK)).isEqualTo(four);
        assertThat(delegates.list(id, DAK_LAK).get(0).checkedInAt()).isEqualTo(Instant.parse("2025-10-15T01:30:15.123456Z"));
        assertThat(delegates.list(id, LAM_DONG)).extracting(Delegate::id).containsExactly("ld-1", "ld-2", "ld-3", "ld-4");

        List<Delegate> reordered = List.of(four.get(3), four.get(1));
        delegates.saveAll(id, DAK_LAK, reordered);
        assertThat(delegates.list(id, DAK_LAK)).extracting(Delegate::fullName).containsExactly("Phạm Thu Dung", "Trần Thị Bình");
        assertThat(delegates.list(id, LAM_DONG)).as("the other conference untouched").hasSize(4);
        store.close();
        assertThat(new JdbcDelegateRepository(stores.open()).list(id, DAK_LAK)).as("after a restart").isEqualTo(reordered);
    }

    @Test
    void aSaveTheStoreRefusesLeavesThePreviousListIntact() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        List<Delegate> kept = DeskSamples.four(DAK_LAK, "dl-");
        delegates.saveAll(id, DAK_LAK, kept);
        String body = "Sở Văn hóa, Thể thao và Du lịch ".repeat(40).substring(0, ConferenceDeskLimits.BODY.maxLength() + 1);
        List<Delegate> tooLong = new ArrayList<>(kept.subList(0, 2));
        tooLong.add(DeskSamples.delegate("dl-9", DAK_LAK, "Võ Văn Hải", body, DelegateGroup.HOSTS, 0));

        assertThatThrownBy(() -> delegates.saveAll(id, DAK_LAK, tooLong)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage(new Messages())).startsWith("Có nội dung dài quá giới hạn lưu trữ"));
        assertThatThrownBy(() -> delegates.saveAll(id, DAK_LAK, List.of(DeskSamples.delegate("dl-8", DAK_LAK, "Võ Văn Hải",
                "UBND tỉnh", DelegateGroup.HOSTS, -1)))).as("a negative precedence the CHECK refuses").isInstanceOf(StoreException.class);

        assertThat(delegates.list(id, DAK_LAK)).isEqualTo(kept);
    }

    @Test
    void aCheckInStampsOneRowAndSurvivesARestart() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        delegates.saveAll(id, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        Instant at = Instant.parse("2025-10-15T01:45:00Z");

        Delegate binh = delegates.checkIn("dl-2", at).orElseThrow();
        assertThat(binh.status()).isEqualTo(DelegateStatus.ATTENDED);
        assertThat(binh.checkedInAt()).isEqualTo(at);
        assertThat(delegates.checkIn("dl-1", at).orElseThrow().checkedInAt()).as("the first check-in's time is kept")
                .isEqualTo(Instant.parse("2025-10-15T01:30:15.123456Z"));
        assertThat(delegates.checkIn("nobody", at)).isEmpty();
        store.close();

        JdbcDelegateRepository reopened = new JdbcDelegateRepository(stores.open());
        assertThat(reopened.list(id, DAK_LAK)).extracting(Delegate::id, Delegate::status, Delegate::checkedInAt).containsExactly(
                tuple("dl-1", DelegateStatus.ATTENDED, Instant.parse("2025-10-15T01:30:15.123456Z")),
                tuple("dl-2", DelegateStatus.ATTENDED, at),
                tuple("dl-3", DelegateStatus.DECLINED, null),
                tuple("dl-4", DelegateStatus.INVITED, null));
    }

    @Test
    void aWalkInComesAtTheEndCheckedIn() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        Delegate first = new Delegate("w-1", DAK_LAK, "Đỗ Minh Khánh", "Phóng viên", "Đài Phát thanh và Truyền hình Đắk Lắk",
                DelegateGroup.PRESS, 0, "", false, DelegateStatus.ATTENDED, Instant.parse("2025-10-15T02:00:00Z"), "", true);
        delegates.addWalkIn(id, first);
        delegates.saveAll(id, LAM_DONG, DeskSamples.four(LAM_DONG, "ld-"));
        delegates.saveAll(id, DAK_LAK, List.of(first, DeskSamples.four(DAK_LAK, "dl-").get(1)));
        Delegate second = new Delegate("w-2", DAK_LAK, "Ngô Thị Yến", "", "", DelegateGroup.OTHER, 0, "", true,
                DelegateStatus.ATTENDED, Instant.parse("2025-10-15T02:05:00Z"), "", true);
        delegates.addWalkIn(id, second);

        assertThat(delegates.list(id, DAK_LAK)).extracting(Delegate::fullName, Delegate::walkIn).containsExactly(
                tuple("Đỗ Minh Khánh", true), tuple("Trần Thị Bình", false), tuple("Ngô Thị Yến", true));
        assertThat(delegates.list(id, DAK_LAK).get(2)).isEqualTo(second);
    }

    @Test
    void aListSavedLateKeepsTheCheckInsAndWalkInsTheDeskMadeSinceItWasLoaded() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        delegates.saveAll(id, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        List<Delegate> base = delegates.list(id, DAK_LAK);
        Instant at = Instant.parse("2025-10-15T01:45:00Z");
        delegates.checkIn("dl-2", at);
        Delegate walkIn = new Delegate("w-1", DAK_LAK, "Đỗ Minh Khánh", "Phóng viên", "Đài Phát thanh và Truyền hình Đắk Lắk",
                DelegateGroup.PRESS, 0, "", false, DelegateStatus.ATTENDED, Instant.parse("2025-10-15T01:50:00Z"), "", true);
        delegates.addWalkIn(id, walkIn);
        List<Delegate> edited = new ArrayList<>(base);
        Delegate dung = base.get(3);
        edited.set(3, new Delegate(dung.id(), DAK_LAK, dung.fullName(), "Trưởng ban Thời sự", dung.body(), dung.group(), 0,
                dung.contact(), dung.onPayroll(), dung.status(), null, "", false));

        List<Delegate> saved = delegates.update(id, DAK_LAK, stored -> DelegateMerge.merge(base, edited, stored));

        assertThat(delegates.list(id, DAK_LAK)).isEqualTo(saved);
        store.close();
        assertThat(new JdbcDelegateRepository(stores.open()).list(id, DAK_LAK)).as("after a restart")
                .extracting(Delegate::fullName, Delegate::title, Delegate::status, Delegate::checkedInAt).containsExactly(
                        tuple("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh", DelegateStatus.ATTENDED,
                                Instant.parse("2025-10-15T01:30:15.123456Z")),
                        tuple("Trần Thị Bình", "Giám đốc Sở", DelegateStatus.ATTENDED, at),
                        tuple("Lê Hoàng Cường", "Tổng Giám đốc", DelegateStatus.DECLINED, null),
                        tuple("Phạm Thu Dung", "Trưởng ban Thời sự", DelegateStatus.INVITED, null),
                        tuple("Đỗ Minh Khánh", "Phóng viên", DelegateStatus.ATTENDED, Instant.parse("2025-10-15T01:50:00Z")));
    }

    @Test
    void aCheckInMadeWhileTheListIsBeingSavedWaitsAndIsKept() throws Exception {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        delegates.saveAll(id, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        List<Delegate> base = delegates.list(id, DAK_LAK);
        Instant at = Instant.parse("2025-10-15T01:46:00Z");
        CompletableFuture<Optional<Delegate>> desk = new CompletableFuture<>();

        delegates.update(id, DAK_LAK, stored -> {
            // The desk checks Dung in while the list's rows are held: it waits for the save, then stamps the row.
            Thread checkIn = new Thread(() -> desk.complete(delegates.checkIn("dl-4", at)));
            checkIn.start();
            return DelegateMerge.merge(base, base, stored);
        });

        assertThat(desk.get(20, TimeUnit.SECONDS)).hasValueSatisfying(d -> assertThat(d.checkedInAt()).isEqualTo(at));
        assertThat(delegates.list(id, DAK_LAK).get(3)).extracting(Delegate::status, Delegate::checkedInAt)
                .containsExactly(DelegateStatus.ATTENDED, at);
    }

    @Test
    void theDeskGoesWithItsDelegation() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(SampleDelegation.create());
        long other = delegations.insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        delegates.saveAll(id, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        delegates.saveAll(other, DAK_LAK, DeskSamples.four(DAK_LAK, "other-"));

        assertThat(delegations.delete(id)).isTrue();

        assertThat(delegates.list(id, DAK_LAK)).isEmpty();
        assertThat(delegates.checkIn("dl-2", Instant.parse("2025-10-15T01:45:00Z"))).as("its delegates are gone").isEmpty();
        assertThat(delegates.list(other, DAK_LAK)).extracting(Delegate::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình",
                "Lê Hoàng Cường", "Phạm Thu Dung");
    }
}
