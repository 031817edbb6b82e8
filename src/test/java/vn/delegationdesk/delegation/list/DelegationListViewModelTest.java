package vn.delegationdesk.delegation.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestDelegations;

class DelegationListViewModelTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private InMemoryDelegationRepository repository;

    @BeforeEach
    void threeDelegations() {
        repository = InMemoryDelegationRepository.with(
                TestDelegations.daklakLamDong(),
                TestDelegations.simple("Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế", DelegationStatus.APPROVED,
                        "thành phố Huế", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5), 20, 18),
                TestDelegations.simple("Đoàn khảo sát du lịch cộng đồng", DelegationStatus.IN_PROGRESS,
                        "tỉnh Lào Cai", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1), 0, 5));
    }

    private DelegationListViewModel model(TaskRunner tasks) {
        return new DelegationListViewModel(new DelegationService(repository), tasks, dialogs, messages,
                TestDelegations::daklakLamDong);
    }

    @Test
    void rowsCarryVietnameseColumns() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();

        DelegationRowItem row = model.rows().get(0);
        assertThat(row.title()).isEqualTo(TestDelegations.TITLE);
        assertThat(row.dates().text()).isEqualTo("14/10/2025 – 19/10/2025");
        assertThat(row.places()).isEqualTo("tỉnh Đắk Lắk, tỉnh Lâm Đồng");
        assertThat(row.members().text()).isEqualTo("37/37");
        assertThat(row.status()).isEqualTo("Dự thảo (mẫu)");

        DelegationRowItem hue = model.rows().get(1);
        assertThat(hue.dates().text()).isEqualTo("03/11/2025 – 05/11/2025");
        assertThat(hue.members().text()).isEqualTo("18/20");
        assertThat(hue.status()).isEqualTo("Đã phê duyệt");

        DelegationRowItem laoCai = model.rows().get(2);
        assertThat(laoCai.dates().text()).isEqualTo("01/12/2025");
        assertThat(laoCai.members().text()).isEqualTo("5");
        assertThat(laoCai.status()).isEqualTo("Đang thực hiện");
        assertThat(model.statusTextProperty().get()).isEqualTo("3 đoàn công tác");
    }

    @Test
    void datesSortChronologicallyNotAsText() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();
        List<String> sorted = model.rows().stream().map(DelegationRowItem::dates).sorted()
                .map(Object::toString).toList();
        assertThat(sorted).containsExactly("14/10/2025 – 19/10/2025", "03/11/2025 – 05/11/2025", "01/12/2025");
    }

    @Test
    void searchIgnoresCaseAndVietnameseMarks() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();

        model.searchTextProperty().set("dak lak");
        assertThat(titles(model)).containsExactly(TestDelegations.TITLE);
        model.searchTextProperty().set("ĐẮK LẮK");
        assertThat(model.rows()).hasSize(1);
        model.searchTextProperty().set("lak");
        assertThat(model.rows()).hasSize(1);
        model.searchTextProperty().set("hue");
        assertThat(titles(model)).containsExactly("Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế");
        model.searchTextProperty().set("lao cai");
        assertThat(model.rows()).hasSize(1);
        assertThat(model.statusTextProperty().get()).isEqualTo("Hiển thị 1/3 đoàn công tác");
    }

    @Test
    void searchFindsByStatus() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();

        model.searchTextProperty().set("da phe duyet");
        assertThat(model.rows()).extracting(DelegationRowItem::status).containsExactly("Đã phê duyệt");
        model.searchTextProperty().set("dự thảo");
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void searchWithoutMatchesSaysSo() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();

        model.searchTextProperty().set("Quảng Ninh");
        assertThat(model.rows()).isEmpty();
        assertThat(model.noMatchesProperty().get()).isTrue();
        assertThat(model.noMatchesText()).isEqualTo("Không có đoàn nào khớp với “Quảng Ninh”.");
        assertThat(model.statusTextProperty().get()).isEqualTo("Hiển thị 0/3 đoàn công tác");

        model.searchTextProperty().set("");
        assertThat(model.rows()).hasSize(3);
        assertThat(model.noMatchesProperty().get()).isFalse();
    }

    @Test
    void emptyStoreIsKnownOnlyAfterLoading() {
        repository = new InMemoryDelegationRepository();
        DelegationListViewModel model = model(new DirectTaskRunner());
        assertThat(model.isEmptyStore()).isFalse();
        assertThat(model.loadedProperty().get()).isFalse();

        model.load();
        assertThat(model.isEmptyStore()).isTrue();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.noMatchesProperty().get()).isFalse();
    }

    @Test
    void aStoreWithDelegationsIsNotEmpty() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();
        assertThat(model.isEmptyStore()).isFalse();
    }

    @Test
    void creatingTheSampleStoresReloadsSelectsAndOpensIt() {
        repository = new InMemoryDelegationRepository();
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();

        model.createSample();

        assertThat(repository.all()).hasSize(1);
        assertThat(model.isEmptyStore()).isFalse();
        assertThat(model.rows()).hasSize(1);
        long id = repository.all().get(0).id();
        assertThat(model.selectedRowProperty().get().id()).isEqualTo(id);
        Delegation opened = model.openedDelegationProperty().get();
        assertThat(opened.id()).isEqualTo(id);
        assertThat(opened.members()).hasSize(37);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void anInvalidSampleIsReportedInVietnamese() {
        repository = new InMemoryDelegationRepository();
        DelegationListViewModel model = new DelegationListViewModel(new DelegationService(repository), new DirectTaskRunner(),
                dialogs, messages, () -> TestDelegations.simple("", DelegationStatus.DRAFT, "tỉnh Đắk Lắk",
                        LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16), 1, 1));
        model.load();

        model.createSample();

        assertThat(repository.all()).isEmpty();
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Không tạo được đoàn mẫu");
            assertThat(shown.message()).isEqualTo("title: chưa nhập, trường này là bắt buộc");
        });
    }

    @Test
    void selectingARowOpensItsDelegation() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();
        assertThat(model.openedDelegationProperty().get()).isNull();

        model.selectedRowProperty().set(model.rows().get(1));

        assertThat(model.openedDelegationProperty().get().title())
                .isEqualTo("Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế");
    }

    @Test
    void reloadingKeepsTheSelection() {
        DelegationListViewModel model = model(new DirectTaskRunner());
        model.load();
        model.selectedRowProperty().set(model.rows().get(2));

        model.load();

        assertThat(model.selectedRowProperty().get().id()).isEqualTo(model.rows().get(2).id());
    }

    @Test
    void aRowChosenWhileTheListReloadsAfterASaveStaysChosen() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        DelegationListViewModel model = model(tasks);
        model.load();
        tasks.runAll();
        model.selectedRowProperty().set(model.rows().get(1));
        tasks.runAll();
        long saved = model.rows().get(1).id();

        model.reloadAndSelect(saved);
        model.selectedRowProperty().set(model.rows().get(2));
        tasks.runAll();

        assertThat(model.selectedRowProperty().get().title()).isEqualTo("Đoàn khảo sát du lịch cộng đồng");
        assertThat(model.openedDelegationProperty().get().title()).isEqualTo("Đoàn khảo sát du lịch cộng đồng");
    }

    @Test
    void busyWhileWorkIsPendingAndStaleLoadsAreDropped() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        DelegationListViewModel model = model(tasks);
        model.load();
        assertThat(model.isBusy()).isTrue();
        assertThat(model.statusTextProperty().get()).isEqualTo("Đang tải danh sách đoàn…");

        model.load();
        tasks.runLast();
        assertThat(model.rows()).hasSize(3);
        assertThat(model.isBusy()).isTrue();

        repository.insert(TestDelegations.simple("Đoàn muộn", DelegationStatus.DRAFT, "tỉnh Cà Mau",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), 3, 0));
        tasks.runNext();
        assertThat(model.rows()).hasSize(3);
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void aFailedLoadIsShownAndEndsTheLoadingState() {
        repository.failNext(new IllegalStateException("Không đọc được tệp dữ liệu."));
        DelegationListViewModel model = model(new DirectTaskRunner());

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(dialogs.shown()).containsExactly(
                new RecordingDialogService.Shown("error", "Không tải được danh sách đoàn", "Không đọc được tệp dữ liệu."));
    }

    @Test
    void aFailureWithoutMessageGetsAVietnameseOne() {
        repository.failNext(new IllegalStateException());
        DelegationListViewModel model = model(new DirectTaskRunner());

        model.load();

        assertThat(dialogs.shown().get(0).message()).isEqualTo("Đã xảy ra lỗi không mong muốn (IllegalStateException).");
    }

    private static List<String> titles(DelegationListViewModel model) {
        return model.rows().stream().map(DelegationRowItem::title).toList();
    }
}
