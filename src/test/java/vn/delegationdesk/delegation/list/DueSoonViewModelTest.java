package vn.delegationdesk.delegation.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.TestDelegations;

/** "Việc sắp đến hạn" over two stored delegations, on a fixed day (Thứ Ba, 07/10/2025). */
class DueSoonViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 7);
    private static final String HUE = "Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế";

    private final Messages messages = new Messages();

    @Test
    void listsOverdueFirstThenTodayThenByDayAcrossDelegations() {
        DueSoonViewModel due = model(repository());

        due.reload();

        assertThat(due.rows()).extracting(DueSoonRow::unit).containsExactly("Văn phòng Sở", "Phòng Quản lý Di sản văn hóa",
                "Phòng Tổ chức - Pháp chế", "Thư viện Hà Nội");
        DueSoonRow overdue = due.rows().get(0);
        assertThat(overdue.urgency()).isEqualTo(DueSoonRow.Urgency.OVERDUE);
        assertThat(overdue.due()).isEqualTo("Hạn: Chủ nhật, 05/10/2025");
        assertThat(overdue.date()).isEqualTo("Chủ nhật, 05/10/2025");
        assertThat(overdue.remaining()).isEqualTo("quá hạn 2 ngày");
        assertThat(overdue.role()).isEqualTo("Phối hợp");
        assertThat(overdue.firstDuty()).isEqualTo("Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết. "
                + "(và 1 nhiệm vụ khác)");
        assertThat(overdue.delegationTitle()).isEqualTo(TestDelegations.TITLE);
        assertThat(overdue.status()).isEqualTo("Đang thực hiện");

        DueSoonRow today = due.rows().get(1);
        assertThat(today.urgency()).isEqualTo(DueSoonRow.Urgency.TODAY);
        assertThat(today.remaining()).isEqualTo("hôm nay");
        assertThat(today.delegationTitle()).isEqualTo(HUE);
        assertThat(today.firstDuty()).isEqualTo("Chuẩn bị tài liệu về di sản Huế");

        DueSoonRow soon = due.rows().get(2);
        assertThat(soon.urgency()).isEqualTo(DueSoonRow.Urgency.SOON);
        assertThat(soon.due()).isEqualTo("Hạn: Thứ Sáu, 10/10/2025");
        assertThat(soon.remaining()).isEqualTo("còn 3 ngày");
        assertThat(soon.role()).isEqualTo("Chủ trì");

        assertThat(due.rows().get(3).remaining()).isEqualTo("còn 14 ngày");
        assertThat(due.rows().get(3).firstDuty()).isEqualTo("(chưa ghi nhiệm vụ)");

        assertThat(due.countProperty().get()).isEqualTo(4);
        assertThat(due.overdueCountProperty().get()).isEqualTo(1);
        assertThat(due.countTextProperty().get()).isEqualTo("4 việc sắp đến hạn (1 quá hạn)");
        assertThat(due.isBusy()).isFalse();
    }

    @Test
    void doneItemsAndItemsAfterFourteenDaysAreLeftOut() {
        DueSoonViewModel due = model(repository());
        due.reload();

        assertThat(due.rows()).extracting(DueSoonRow::unit)
                .doesNotContain("Phòng Quản lý Nghệ thuật", "Bảo tàng Hà Nội", "Các phòng, đơn vị sự nghiệp thuộc Sở");
    }

    @Test
    void withNothingDueTheTableSaysSoAndTheBadgeToo() {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(TestDelegations.daklakLamDong().toBuilder()
                .responsibilities(List.of(block("Văn phòng Sở", TODAY.plusDays(15), TaskStatus.NOT_STARTED))).build());
        DueSoonViewModel due = model(repository);

        due.reload();

        assertThat(due.rows()).isEmpty();
        assertThat(due.placeholderProperty().get()).isEqualTo("Không có việc nào đến hạn trong 14 ngày tới.");
        assertThat(due.countTextProperty().get()).isEqualTo("Không có việc sắp đến hạn");
        assertThat(due.loadedProperty().get()).isTrue();
    }

    @Test
    void withoutOverdueItemsTheBadgeJustCounts() {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(TestDelegations.daklakLamDong().toBuilder()
                .responsibilities(List.of(block("Văn phòng Sở", TODAY.plusDays(1), TaskStatus.NOT_STARTED),
                        block("Thư viện Hà Nội", TODAY.plusDays(2), TaskStatus.IN_PROGRESS))).build());
        DueSoonViewModel due = model(repository);

        due.reload();

        assertThat(due.countTextProperty().get()).isEqualTo("2 việc sắp đến hạn");
        assertThat(due.rows().get(0).remaining()).isEqualTo("còn 1 ngày");
    }

    @Test
    void loadsInTheBackgroundAndANewerLoadWins() {
        InMemoryDelegationRepository repository = repository();
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        List<LocalDate> days = new ArrayList<>(List.of(TODAY, TODAY.plusDays(3)));
        DueSoonViewModel due = new DueSoonViewModel(new DelegationService(repository), tasks, messages, () -> days.remove(0));

        due.reload();
        assertThat(due.isBusy()).isTrue();
        assertThat(due.placeholderProperty().get()).isEqualTo("Đang tải các việc sắp đến hạn…");
        due.reload();
        tasks.runLast();
        tasks.runAll();

        assertThat(due.isBusy()).isFalse();
        assertThat(due.rows().get(0).remaining()).as("seen from 10/10").isEqualTo("quá hạn 5 ngày");
    }

    @Test
    void aFailedLoadSaysWhyInThePlaceholder() {
        InMemoryDelegationRepository repository = repository();
        repository.failNext(new StoreException(StoreException.Reason.OTHER, "store.error.operationFailed", List.of(), "test", null));
        DueSoonViewModel due = model(repository);

        due.reload();

        assertThat(due.rows()).isEmpty();
        assertThat(due.placeholderProperty().get()).startsWith("Không tải được các việc sắp đến hạn. Không đọc hoặc ghi được");
        assertThat(due.loadedProperty().get()).isTrue();
    }

    @Test
    void openingAnItemHandsItsDelegationToTheCallback() {
        InMemoryDelegationRepository repository = repository();
        DueSoonViewModel due = model(repository);
        List<Long> opened = new ArrayList<>();
        due.setOnOpenRequested(opened::add);
        due.reload();

        due.open(due.rows().get(1));
        due.open(null);

        assertThat(opened).containsExactly(2L);
    }

    private DueSoonViewModel model(InMemoryDelegationRepository repository) {
        return new DueSoonViewModel(new DelegationService(repository), new DirectTaskRunner(), messages, () -> TODAY);
    }

    /** Delegation 1: the seed plan with due dates set; delegation 2: a trip to Huế. */
    private static InMemoryDelegationRepository repository() {
        Delegation daklak = TestDelegations.daklakLamDong();
        List<Responsibility> blocks = new ArrayList<>(daklak.responsibilities());
        blocks.set(0, withDue(blocks.get(0), TODAY.plusDays(3), TaskStatus.IN_PROGRESS));
        blocks.set(1, withDue(blocks.get(1), TODAY.minusDays(2), TaskStatus.IN_PROGRESS));
        blocks.set(2, withDue(blocks.get(2), TODAY.minusDays(5), TaskStatus.DONE));
        Delegation hue = TestDelegations.simple(HUE, DelegationStatus.APPROVED, "thành phố Huế", LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 5), 20, 18).toBuilder().responsibilities(List.of(
                        new Responsibility("Phòng Quản lý Di sản văn hóa", ResponsibilityRole.LEAD,
                                List.of("Chuẩn bị tài liệu về di sản Huế"), TODAY, TaskStatus.NOT_STARTED),
                        block("Phòng Quản lý Nghệ thuật", TODAY.plusDays(1), TaskStatus.DONE),
                        block("Thư viện Hà Nội", TODAY.plusDays(14), TaskStatus.NOT_STARTED),
                        block("Bảo tàng Hà Nội", TODAY.plusDays(15), TaskStatus.NOT_STARTED))).build();
        return InMemoryDelegationRepository.with(daklak.toBuilder().responsibilities(blocks).build(), hue);
    }

    private static Responsibility withDue(Responsibility r, LocalDate due, TaskStatus status) {
        return new Responsibility(r.unit(), r.role(), r.duties(), due, status);
    }

    private static Responsibility block(String unit, LocalDate due, TaskStatus status) {
        return new Responsibility(unit, ResponsibilityRole.COORDINATING, List.of(), due, status);
    }
}
