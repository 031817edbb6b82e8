package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/** The "due soon" query across delegations, on a real temporary H2 store. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class DueResponsibilityQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    private Store database;
    private JdbcDelegationRepository repository;

    @RegisterExtension
    final TestStores stores;

    DueResponsibilityQueryTest(StoreKind kind) {
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
    void openBlocksDueByTheDayAcrossDelegationsByDateThenDelegationWithTheirDuties() {
        long hue = repository.insert(delegation("Đoàn Huế", DelegationStatus.APPROVED,
                block("Văn phòng Sở", TODAY.plusDays(3), TaskStatus.NOT_STARTED, "Đặt vé máy bay", "Đặt khách sạn"),
                block("Phòng Quản lý Di sản", TODAY.minusDays(2), TaskStatus.IN_PROGRESS, "Chuẩn bị tài liệu"),
                block("Phòng Kế hoạch - Tài chính", TODAY.plusDays(5), TaskStatus.DONE, "Lập dự toán"),
                block("Thư viện Hà Nội", null, TaskStatus.NOT_STARTED, "Cử cán bộ"),
                block("Bảo tàng Hà Nội", TODAY.plusDays(15), TaskStatus.NOT_STARTED, "Báo cáo kết quả")));
        long daklak = repository.insert(delegation("Đoàn Đắk Lắk", DelegationStatus.DRAFT,
                block("Phòng Tổ chức - Pháp chế", TODAY.plusDays(3), TaskStatus.IN_PROGRESS, "Liên hệ Sở bạn"),
                block("UBND các xã, phường", TODAY, TaskStatus.NOT_STARTED)));
        long cancelled = repository.insert(delegation("Đoàn đã hủy", DelegationStatus.CANCELLED,
                block("Văn phòng Sở", TODAY.plusDays(1), TaskStatus.NOT_STARTED, "Hủy vé")));
        assertThat(cancelled).isPositive();

        List<DueResponsibility> due = repository.findOpenDue(TODAY.plusDays(14));

        assertThat(due).extracting(d -> d.responsibility().unit()).containsExactly("Phòng Quản lý Di sản",
                "UBND các xã, phường", "Văn phòng Sở", "Phòng Tổ chức - Pháp chế");
        assertThat(due.get(0)).isEqualTo(new DueResponsibility(hue, "Đoàn Huế", 1,
                block("Phòng Quản lý Di sản", TODAY.minusDays(2), TaskStatus.IN_PROGRESS, "Chuẩn bị tài liệu")));
        assertThat(due.get(1).delegationId()).isEqualTo(daklak);
        assertThat(due.get(1).responsibility().duties()).isEmpty();
        assertThat(due.get(2).delegationId()).isEqualTo(hue);
        assertThat(due.get(2).position()).isZero();
        assertThat(due.get(2).responsibility().duties()).containsExactly("Đặt vé máy bay", "Đặt khách sạn");
        assertThat(due.get(3).delegationTitle()).isEqualTo("Đoàn Đắk Lắk");
        assertThat(due.get(3).responsibility().role()).isEqualTo(ResponsibilityRole.LEAD);
    }

    @Test
    void theLastDayIsIncludedAndTheServiceCountsDaysFromToday() {
        repository.insert(delegation("Đoàn Huế", DelegationStatus.APPROVED,
                block("Văn phòng Sở", TODAY.plusDays(14), TaskStatus.NOT_STARTED, "Đặt vé"),
                block("Bảo tàng Hà Nội", TODAY.plusDays(15), TaskStatus.NOT_STARTED, "Báo cáo")));

        List<DueResponsibility> due = new DelegationService(repository).dueWithin(TODAY, 14);

        assertThat(due).extracting(d -> d.responsibility().unit()).containsExactly("Văn phòng Sở");
        assertThat(due.get(0).daysLeft(TODAY)).isEqualTo(14);
    }

    @Test
    void theQueryAgreesWithTheDomainRuleTheTestDoublesUse() {
        Delegation stored = delegation("Đoàn Huế", DelegationStatus.IN_PROGRESS,
                block("Văn phòng Sở", TODAY.plusDays(3), TaskStatus.NOT_STARTED, "Đặt vé"),
                block("Phòng Quản lý Di sản", TODAY.minusDays(30), TaskStatus.DONE, "Xong"),
                block("Bảo tàng Hà Nội", TODAY.minusDays(1), TaskStatus.IN_PROGRESS));
        long id = repository.insert(stored);

        assertThat(repository.findOpenDue(TODAY.plusDays(14)))
                .isEqualTo(DueResponsibility.openIn(stored.withId(id), TODAY.plusDays(14)).stream()
                        .sorted(DueResponsibility.ORDER).toList());
    }

    @Test
    void nothingStoredNothingDue() {
        assertThat(repository.findOpenDue(TODAY.plusDays(14))).isEmpty();
    }

    private static Delegation delegation(String title, DelegationStatus status, Responsibility... blocks) {
        return DelegationFixtures.minimal(title).toBuilder().status(status).responsibilities(List.of(blocks)).build();
    }

    private static Responsibility block(String unit, LocalDate due, TaskStatus status, String... duties) {
        ResponsibilityRole role = unit.startsWith("Phòng Tổ chức") ? ResponsibilityRole.LEAD : ResponsibilityRole.COORDINATING;
        return new Responsibility(unit, role, List.of(duties), due, status);
    }
}
