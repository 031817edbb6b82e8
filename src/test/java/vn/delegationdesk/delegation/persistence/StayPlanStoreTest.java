package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.Stay;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/** The stay plan and the activities' times survive closing and reopening the store; older stores upgrade to "derived". */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class StayPlanStoreTest {
    private static final Accommodation MUONG_THANH = new Accommodation("Khách sạn Mường Thanh Holiday Mũi Né",
            "54 Huỳnh Thúc Kháng, Hàm Tiến, Bình Thuận", "0252 3847 777", false);

    @RegisterExtension
    final TestStores stores;

    StayPlanStoreTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @Test
    void anEditedStayPlanAndActivityTimesAreThereAfterReopening() {
        Delegation sample = SampleDelegation.create();
        StayPlan plan = StayPlans.of(sample).withAccommodation(oct(16), oct(19), MUONG_THANH)
                .withNight(new Night(oct(18), "tỉnh Lâm Đồng", MUONG_THANH.withHostProvides(true)));
        List<Activity> day14 = sample.programme().get(0).activities();
        Delegation edited = StayPlans.edited(sample, plan).toBuilder().programme(withFirstActivityAt(sample,
                day14.get(0).withTimes(LocalTime.of(6, 30), LocalTime.of(8, 35)))).build();
        long id;
        try (Store database = stores.open()) {
            id = new JdbcDelegationRepository(database).insert(edited);
        }

        try (Store reopened = stores.open()) {
            Delegation back = new JdbcDelegationRepository(reopened).findById(id).orElseThrow();

            assertThat(back).isEqualTo(edited.withId(id));
            assertThat(StayPlans.of(back).stays()).extracting(s -> s.accommodation().hotel(), Stay::checkIn,
                    Stay::checkOut, Stay::nights).containsExactly(
                            tuple("", oct(14), oct(16), 2L),
                            tuple("Khách sạn Mường Thanh Holiday Mũi Né", oct(16), oct(18), 2L),
                            tuple("Khách sạn Mường Thanh Holiday Mũi Né", oct(18), oct(19), 1L));
            assertThat(StayPlans.of(back).nightOn(oct(18)).orElseThrow().accommodation().hostProvides()).isTrue();
            Activity flight = back.programme().get(0).activitiesIn(HalfDay.MORNING).get(0);
            assertThat(flight.startTime()).isEqualTo(LocalTime.of(6, 30));
            assertThat(flight.endTime()).isEqualTo(LocalTime.of(8, 35));
            assertThat(back.programme().get(0).activitiesIn(HalfDay.AFTERNOON).get(0).startTime()).isNull();
        }
    }

    @Test
    void goingBackToTheProgrammesNightsRemovesTheStoredOnes() {
        Delegation sample = SampleDelegation.create();
        try (Store database = stores.open()) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            long id = repository.insert(StayPlans.edited(sample, StayPlans.of(sample)
                    .withAccommodation(oct(14), oct(19), MUONG_THANH)));
            Delegation stored = repository.findById(id).orElseThrow();
            assertThat(stored.nights()).hasSize(5);

            repository.update(StayPlans.followingProgramme(stored));

            Delegation back = repository.findById(id).orElseThrow();
            assertThat(back.nights()).isEmpty();
            assertThat(StayPlans.of(back).derived()).isTrue();
        }
    }

    @Test
    void aVersion4StoreOpensWithItsNightsFollowingTheProgrammeAndNoTimes() throws Exception {
        assumeTrue(stores.kind() == StoreKind.H2, "an upgrade of an H2 file written by version 4; no such server store exists");
        String url = "jdbc:h2:file:" + stores.dataDir().resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO delegation (id, title, status, issuing_parent_body, issuing_name, issuing_abbreviation,"
                    + " document_number, document_symbol, document_place, departure_place, planned_size, funding_source,"
                    + " signer_authority_prefix, signer_principal_title, signer_title, signer_name, sample, start_date,"
                    + " end_date) VALUES (3, 'Đoàn Tây Nguyên', 'DRAFT', '', '', '', '', '', '', 'Hà Nội', 2, '', '', '', '',"
                    + " '', FALSE, DATE '2025-10-14', DATE '2025-10-19')");
            s.executeUpdate("INSERT INTO leg VALUES (3, 0, 'tỉnh Đắk Lắk', 'Buôn Ma Thuột', DATE '2025-10-14',"
                    + " DATE '2025-10-16', '')");
            s.executeUpdate("INSERT INTO leg VALUES (3, 1, 'tỉnh Lâm Đồng', 'Bình Thuận', DATE '2025-10-17',"
                    + " DATE '2025-10-19', '')");
            s.executeUpdate("INSERT INTO programme_day VALUES (3, 0, DATE '2025-10-16')");
            s.executeUpdate("INSERT INTO activity (delegation_id, day_position, position, half_day, kind, description,"
                    + " place, host, transport, conference_id, notes) VALUES (3, 0, 0, 'AFTERNOON', 'TRAVEL', 'Di chuyển',"
                    + " 'Buôn Ma Thuột – Bình Thuận', '', 'CAR', NULL, '')");
        }

        try (Store database = stores.open()) {
            Delegation upgraded = new JdbcDelegationRepository(database).findById(3).orElseThrow();

            assertThat(upgraded.nights()).isEmpty();
            assertThat(StayPlans.of(upgraded).nights()).extracting(Night::date, Night::place).containsExactly(
                    tuple(oct(14), "tỉnh Đắk Lắk"), tuple(oct(15), "tỉnh Đắk Lắk"), tuple(oct(16), "tỉnh Lâm Đồng"),
                    tuple(oct(17), "tỉnh Lâm Đồng"), tuple(oct(18), "tỉnh Lâm Đồng"));
            Activity travel = upgraded.programme().get(0).activities().get(0);
            assertThat(travel.place()).isEqualTo("Buôn Ma Thuột – Bình Thuận");
            assertThat(travel.startTime()).isNull();
            assertThat(travel.endTime()).isNull();
        }
    }

    private static List<ProgrammeDay> withFirstActivityAt(Delegation d, Activity first) {
        List<ProgrammeDay> days = new ArrayList<>(d.programme());
        List<Activity> activities = new ArrayList<>(days.get(0).activities());
        activities.set(0, first);
        days.set(0, new ProgrammeDay(days.get(0).date(), activities));
        return days;
    }
}
