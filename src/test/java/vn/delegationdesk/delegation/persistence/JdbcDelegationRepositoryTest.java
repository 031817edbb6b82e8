package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.delegationdesk.delegation.persistence.DelegationFixtures.D14;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcDelegationRepositoryTest {
    private static final List<String> TABLES = List.of("delegation", "legal_basis", "purpose", "exchange_topic", "leg",
            "transport_mode", "member_group", "quota", "member", "programme_day", "activity", "stay_night", "conference",
            "agenda_item", "responsibility", "responsibility_duty", "recipient");

    private Store database;
    private JdbcDelegationRepository repository;

    @RegisterExtension
    final TestStores stores;

    JdbcDelegationRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

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
    void richDelegationRoundTripsEqual() {
        Delegation original = DelegationFixtures.rich();

        long id = repository.insert(original);

        assertThat(repository.findById(id)).contains(original.withId(id));
        assertThat(rowCounts()).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
    }

    @Test
    void minimalDelegationRoundTripsEqual() {
        Delegation original = DelegationFixtures.minimal("Đoàn công tác nháp");

        long id = repository.insert(original);

        assertThat(repository.findById(id)).contains(original.withId(id));
    }

    @Test
    void insertIgnoresTheGivenIdAndGivesNewOnes() {
        long first = repository.insert(DelegationFixtures.minimal("Một").withId(999L));
        long second = repository.insert(DelegationFixtures.minimal("Hai"));

        assertThat(second).isNotEqualTo(first);
        assertThat(repository.findById(999L)).isEmpty();
        assertThat(repository.findById(first).orElseThrow().title()).isEqualTo("Một");
    }

    @Test
    void coefficientsKeepTheirValueAndEquality() {
        Delegation original = withMembers(DelegationFixtures.minimal("Hệ số"), List.of(
                coefficient("A", "0.7"), coefficient("B", "1.25"), coefficient("C", "1"), coefficient("D", "10"),
                coefficient("E", "0.05"), coefficient("F", null)));

        long id = repository.insert(original);

        assertThat(repository.findById(id).orElseThrow().members()).extracting(Member::allowanceCoefficient)
                .containsExactly(new BigDecimal("0.7"), new BigDecimal("1.25"), BigDecimal.ONE, BigDecimal.TEN,
                        new BigDecimal("0.05"), null);
    }

    @Test
    void coefficientWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        Delegation original = withMembers(DelegationFixtures.minimal("Hệ số"), List.of(coefficient("A", "0.125")));

        assertThatThrownBy(() -> repository.insert(original)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("store.error.coefficientScale");
            assertThat(e.userMessage(new Messages())).contains("Người A", "0,125");
        });
        assertThat(rowCounts().get("delegation")).isZero();
    }

    @Test
    void everyStatusRoundTrips() {
        Delegation original = DelegationFixtures.minimal("Trạng thái");
        long id = repository.insert(original);

        for (DelegationStatus status : DelegationStatus.values()) {
            Delegation changed = withStatus(original.withId(id), status);
            assertThat(repository.update(changed)).isTrue();
            assertThat(repository.findById(id)).contains(changed);
        }
    }

    @Test
    void updateReplacesChildrenAndKeepsId() {
        Delegation rich = DelegationFixtures.rich();
        long id = repository.insert(rich);
        long other = repository.insert(DelegationFixtures.rich());
        Delegation smaller = new Delegation(id, "Đoàn đã rút gọn", DelegationStatus.IN_PROGRESS, rich.issuingBody(),
                rich.document(), List.of(), List.of("Mục đích mới"), rich.exchangeTopics().subList(0, 1),
                rich.departurePlace(), D14, D14, List.of(new Leg("tỉnh Gia Lai", "Pleiku", D14, D14, "")), 5,
                List.of(), "", rich.groups().subList(0, 1), rich.members().subList(0, 2), List.of(),
                rich.conferences().subList(1, 2), List.of(), List.of("Lưu: VT"), rich.signer(), true);

        assertThat(repository.update(smaller)).isTrue();

        assertThat(repository.findById(id)).contains(smaller);
        assertThat(repository.findById(other)).contains(rich.withId(other));
        Map<String, Integer> counts = rowCountsOf(id);
        assertThat(counts.get("member")).isEqualTo(2);
        assertThat(counts.get("quota")).isEqualTo(1);
        assertThat(counts.get("activity")).isZero();
        assertThat(counts.get("stay_night")).isZero();
        assertThat(counts.get("agenda_item")).isZero();
        assertThat(counts.get("responsibility_duty")).isZero();
    }

    @Test
    void updateOfUnknownOrUnstoredDelegationChangesNothing() {
        assertThat(repository.update(DelegationFixtures.minimal("Không có").withId(42L))).isFalse();
        assertThat(repository.update(DelegationFixtures.minimal("Chưa lưu"))).isFalse();
        assertThat(rowCounts().get("delegation")).isZero();
    }

    @Test
    void deleteCascadesToEveryChildTable() {
        long id = repository.insert(DelegationFixtures.rich());
        long kept = repository.insert(DelegationFixtures.rich());
        Map<String, Integer> keptCounts = rowCountsOf(kept);

        assertThat(repository.delete(id)).isTrue();

        assertThat(repository.findById(id)).isEmpty();
        assertThat(rowCountsOf(id)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(rowCountsOf(kept)).isEqualTo(keptCounts);
        assertThat(repository.delete(id)).isFalse();
    }

    @Test
    void summariesComputeDatesPlacesAndFilling() {
        long rich = repository.insert(DelegationFixtures.rich());
        long empty = repository.insert(DelegationFixtures.minimal("Đoàn chưa có lịch"));

        List<DelegationSummary> summaries = repository.findSummaries();

        assertThat(summaries).containsExactly(
                new DelegationSummary(rich, DelegationFixtures.rich().title(), D14, LocalDate.of(2025, 10, 19),
                        List.of("tỉnh Lâm Đồng", "tỉnh Đắk Lắk"), 4, 37, DelegationStatus.APPROVED, false),
                new DelegationSummary(empty, "Đoàn chưa có lịch", null, null, List.of(), 0, 0, DelegationStatus.DRAFT,
                        true));
        assertThat(summaries.get(0)).isEqualTo(DelegationFixtures.rich().withId(rich).summary());
    }

    @Test
    void summaryDatesIncludeProgrammeDaysOutsideTheLegs() {
        Delegation base = DelegationFixtures.rich();
        Delegation wider = withProgrammeDates(base, LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 20));
        long id = repository.insert(wider);

        DelegationSummary summary = repository.findSummaries().get(0);

        assertThat(summary.firstDate()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(summary).isEqualTo(wider.withId(id).summary());
    }

    @Test
    void failedInsertLeavesTheStoreAsItWas() {
        repository.insert(DelegationFixtures.rich());
        Map<String, Integer> before = rowCounts();
        Delegation tooLong = withRecipients(DelegationFixtures.rich(), List.of("Như trên", "x".repeat(2001)));

        assertThatThrownBy(() -> repository.insert(tooLong))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.OTHER);
                    assertThat(e.messageKey()).isEqualTo("store.error.valueTooLong");
                });

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void failedUpdateLeavesTheStoredDelegationAsItWas() {
        Delegation original = DelegationFixtures.rich();
        long id = repository.insert(original);
        Delegation broken = withRecipients(original.withId(id), List.of("y".repeat(2001)));

        assertThatThrownBy(() -> repository.update(broken)).isInstanceOf(StoreException.class);

        assertThat(repository.findById(id)).contains(original.withId(id));
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Delegation original = DelegationFixtures.rich();
        long id = repository.insert(original);
        database.close();

        database = stores.open();
        repository = new JdbcDelegationRepository(database);

        assertThat(repository.findById(id)).contains(original.withId(id));
        assertThat(repository.findSummaries()).hasSize(1);
    }

    private Map<String, Integer> rowCounts() {
        return counts("SELECT COUNT(*) FROM %s", null);
    }

    private Map<String, Integer> rowCountsOf(long id) {
        return counts("SELECT COUNT(*) FROM %s WHERE %s = ?", id);
    }

    private Map<String, Integer> counts(String pattern, Long id) {
        return database.inTransaction(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                String sql = String.format(pattern, table, table.equals("delegation") ? "id" : "delegation_id");
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    if (id != null) {
                        statement.setLong(1, id);
                    }
                    try (ResultSet r = statement.executeQuery()) {
                        r.next();
                        counts.put(table, r.getInt(1));
                    }
                }
            }
            return counts;
        });
    }

    private static Member coefficient(String id, String value) {
        return DelegationFixtures.member(id, "Người " + id, Gender.MALE, null, "", value == null ? null
                : new BigDecimal(value), DelegationRole.MEMBER);
    }

    private static Delegation withMembers(Delegation d, List<Member> members) {
        return d.toBuilder().members(members).build();
    }

    private static Delegation withStatus(Delegation d, DelegationStatus status) {
        return d.toBuilder().status(status).build();
    }

    private static Delegation withRecipients(Delegation d, List<String> recipients) {
        return d.toBuilder().recipients(recipients).build();
    }

    private static Delegation withProgrammeDates(Delegation d, LocalDate before, LocalDate after) {
        List<ProgrammeDay> days = new ArrayList<>(d.programme());
        days.add(new ProgrammeDay(after, List.of()));
        days.add(0, new ProgrammeDay(before, List.of()));
        // Without trip dates of its own, a delegation's dates come from its legs and programme days.
        return d.toBuilder().startDate(null).endDate(null).programme(days).build();
    }
}
