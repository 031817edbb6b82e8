package vn.delegationdesk.conferencedesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.KeptSeating;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * A conference's seating plan kept on both stores: read back equal after a restart, replaced whole, matched to the
 * delegate list when read (a delegate removed loses the seat, one added has none), and gone with its delegation.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcSeatingRepositoryTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final String LAM_DONG = SampleDelegation.CONFERENCE_LAM_DONG;

    @RegisterExtension
    final TestStores stores;

    JdbcSeatingRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aPlanIsReadBackEqualAfterARestartAndASaveReplacesIt() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcSeatingRepository seating = new JdbcSeatingRepository(store);
        assertThat(seating.find(id, DAK_LAK)).isEmpty();

        KeptSeating tables = new KeptSeating(HallLayout.tables(3, 4, 8), Map.of("dl-1", Seat.head(2, HallKind.TABLES),
                "dl-2", new Seat(4, 8, HallKind.TABLES)));
        seating.save(id, DAK_LAK, tables);
        KeptSeating empty = new KeptSeating(HallLayout.theatre(5, 10, 20), Map.of());
        seating.save(id, LAM_DONG, empty);
        store.close();

        JdbcSeatingRepository reopened = new JdbcSeatingRepository(stores.open());
        assertThat(reopened.find(id, DAK_LAK)).contains(tables);
        assertThat(reopened.find(id, LAM_DONG)).contains(empty);

        KeptSeating moved = new KeptSeating(HallLayout.theatre(5, 2, 3), Map.of("dl-2", Seat.head(3, HallKind.THEATRE)));
        reopened.save(id, DAK_LAK, moved);
        assertThat(reopened.find(id, DAK_LAK)).contains(moved);
        assertThat(reopened.byConference(id)).containsOnlyKeys(DAK_LAK, LAM_DONG);
    }

    @Test
    void theKeptPlanIsMatchedToTheListWhenRead() {
        Store store = stores.open();
        long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
        JdbcDelegateRepository delegates = new JdbcDelegateRepository(store);
        ConferenceDeskService desk = new ConferenceDeskService(delegates, new JdbcSeatingRepository(store),
                RoleGate.everyRole(() -> "lan"), java.time.Clock.systemUTC());
        List<Delegate> four = DeskSamples.four(DAK_LAK, "dl-");
        delegates.saveAll(id, DAK_LAK, four);
        SeatingPlan plan = desk.seating().arrange(HallLayout.theatre(3, 1, 3), four);
        desk.seating().save(id, DAK_LAK, plan);
        assertThat(plan.seatOf("dl-4")).contains(new Seat(1, 2, HallKind.THEATRE));

        delegates.saveAll(id, DAK_LAK, List.of(four.get(0), four.get(1),
                DeskSamples.delegate("dl-5", DAK_LAK, "Võ Văn Hải", "UBND tỉnh Đắk Lắk", four.get(0).group(), 0)));

        SeatingPlan kept = desk.seating().kept(id, DAK_LAK).orElseThrow();
        assertThat(kept.occupants()).containsOnlyKeys(Seat.head(2, HallKind.THEATRE), Seat.head(1, HallKind.THEATRE));
        assertThat(kept.seatOf("dl-1")).contains(Seat.head(2, HallKind.THEATRE));
        assertThat(kept.seatOf("dl-2")).contains(Seat.head(1, HallKind.THEATRE));
        assertThat(kept.unseated()).extracting(Delegate::fullName).containsExactly("Võ Văn Hải");
    }

    @Test
    void thePlanGoesWithItsDelegation() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long id = delegations.insert(SampleDelegation.create());
        long other = delegations.insert(SampleDelegation.create());
        JdbcSeatingRepository seating = new JdbcSeatingRepository(store);
        KeptSeating plan = new KeptSeating(HallLayout.theatre(3, 1, 3), Map.of("dl-1", Seat.head(2, HallKind.THEATRE)));
        seating.save(id, DAK_LAK, plan);
        seating.save(other, DAK_LAK, plan);

        assertThat(delegations.delete(id)).isTrue();

        assertThat(seating.find(id, DAK_LAK)).isEmpty();
        assertThat(seating.find(other, DAK_LAK)).contains(plan);
    }
}
