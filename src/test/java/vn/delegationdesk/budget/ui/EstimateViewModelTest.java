package vn.delegationdesk.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.LineOrigin;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService.UnsavedChoice;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The estimate tab without a screen: the seed's figures, live recomputation from the draft, edits, saving with the editor. */
class EstimateViewModelTest {
    private static final String TICKET = "travel.flight.Hà Nội – Buôn Ma Thuột.ECONOMY";
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Exported> exported = new ArrayList<>();
    private InMemoryDelegationRepository repository;
    private BudgetService budget;
    private DelegationEditorViewModel editor;
    private EstimateViewModel estimate;
    private MembersEditorViewModel members;

    private record Exported(Estimate estimate, Delegation delegation, Path file) {
    }

    @BeforeEach
    void setUp() {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        budget = TestServices.budget();
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), dialogs, messages);
        estimate = new EstimateViewModel(editor.draft(), budget, new DirectTaskRunner(), dialogs, messages,
                (e, d, file) -> exported.add(new Exported(e, d, file)));
        editor.addPart(estimate);
        members = new MembersEditorViewModel(editor.draft(), editor.conflicts(), messages, editor::describe);
        editor.open(repository.findById(1).orElseThrow());
    }

    private EstimateRow row(String key) {
        return estimate.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSeedShowsItsPerDiemTotalAndTheRateSetInForce() {
        EstimateRow perDiem = row("perDiem");
        assertThat(perDiem.label()).isEqualTo("II.1");
        assertThat(perDiem.quantity()).isEqualTo("37");
        assertThat(perDiem.times()).isEqualTo("6");
        assertThat(perDiem.unitPrice()).isEqualTo("300.000");
        assertThat(perDiem.amount()).isEqualTo("66.600.000");
        assertThat(row("PER_DIEM").isSection()).isTrue();
        assertThat(row("PER_DIEM").amount()).isEqualTo("66.600.000");
        assertThat(estimate.rows().stream().filter(EstimateRow::isSection).map(EstimateRow::number))
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(estimate.totalProperty().get()).isEqualTo("66.600.000");
        assertThat(estimate.totalInWordsProperty().get()).isEqualTo("Sáu mươi sáu triệu sáu trăm nghìn đồng");
        assertThat(estimate.nationalChoiceProperty().get().label()).isEqualTo("Tự động theo ngày đi (Thông tư 12/2025/TT-BTC)");
        assertThat(estimate.rateInfoProperty().get())
                .isEqualTo("Thông tư 12/2025/TT-BTC (Bộ Tài chính, số 12/2025/TT-BTC, hiệu lực từ 04/05/2025)");
        assertThat(estimate.stops()).extracting(StopRow::place).containsExactly("tỉnh Đắk Lắk", "tỉnh Lâm Đồng");
        assertThat(estimate.warnings()).anyMatch(w -> w.startsWith("Dòng I.1 «Vé máy bay") && w.endsWith("chưa có đơn giá: "
                + "nhập theo báo giá hoặc bộ định mức."));
        assertThat(row(TICKET).missingPrice()).isTrue();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void greyedCommandsSayWhy() {
        assertThat(estimate.exportUnavailableProperty().get()).isEmpty();
        assertThat(estimate.editUnavailableProperty().get()).isEmpty();
        assertThat(estimate.removeUnavailableProperty().get())
                .isEqualTo("Hãy chọn một dòng khoản chi trong bảng (không phải dòng tên mục) để xóa.");
        assertThat(estimate.restoreUnavailableProperty().get())
                .isEqualTo("Hãy chọn một dòng đã sửa (được đánh dấu trong bảng) để đưa về giá trị tính theo kế hoạch.");

        estimate.select(row("PER_DIEM"));
        assertThat(estimate.removeUnavailableProperty().get()).startsWith("Hãy chọn một dòng khoản chi");
        estimate.select(row("travel.car"));
        assertThat(estimate.removeUnavailableProperty().get()).isEmpty();
        assertThat(estimate.edit(row("travel.car"), LineField.UNIT_PRICE, "3.500.000")).isNull();
        estimate.select(row("travel.car"));
        assertThat(estimate.restoreUnavailableProperty().get()).isEmpty();

        editor.open(null);
        assertThat(estimate.exportUnavailableProperty().get()).isEqualTo("Chưa có dự toán để xuất: hãy mở một đoàn công tác.");
        assertThat(estimate.editUnavailableProperty().get()).isEqualTo("Dự toán của đoàn chưa đọc xong từ kho dữ liệu.");
    }

    @Test
    void aTypedUnitPriceChangesTheLineItsSectionAndTheTotalAndIsMarked() {
        EstimateRow car = row("travel.car");

        assertThat(estimate.edit(car, LineField.UNIT_PRICE, "3.500.000")).isNull();

        EstimateRow edited = row("travel.car");
        assertThat(edited.unitPrice()).isEqualTo("3.500.000");
        assertThat(edited.amount()).isEqualTo("21.000.000");
        assertThat(edited.origin()).isEqualTo(LineOrigin.EDITED);
        assertThat(edited.edited(LineField.UNIT_PRICE)).isTrue();
        assertThat(edited.edited(LineField.QUANTITY)).isFalse();
        assertThat(estimate.editedHint(edited, LineField.UNIT_PRICE)).isEqualTo("Đã sửa; giá trị tính: (trống)");
        assertThat(row("TRAVEL").amount()).isEqualTo("21.000.000");
        assertThat(estimate.totalProperty().get()).isEqualTo("87.600.000");
        assertThat(estimate.totalInWordsProperty().get()).isEqualTo("Tám mươi bảy triệu sáu trăm nghìn đồng");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();

        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250000");
        assertThat(estimate.editedHint(row("perDiem"), LineField.UNIT_PRICE)).isEqualTo("Đã sửa; giá trị tính: 300.000");
        assertThat(row("perDiem").amount()).isEqualTo("55.500.000");
    }

    @Test
    void typingTheComputedValueOrNothingGivesTheFieldBackToThePlan() {
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "300.000");
        assertThat(row("perDiem").origin()).isEqualTo(LineOrigin.GENERATED);

        estimate.edit(row("perDiem"), LineField.CONTENT, "Phụ cấp lưu trú (37 người)");
        estimate.edit(row("perDiem"), LineField.CONTENT, "");
        assertThat(row("perDiem").content()).isEqualTo("Phụ cấp lưu trú");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void anInvalidNumberIsRefusedNamingTheFieldAndTheLineStaysAsItWas() {
        EstimateWorksheet before = estimate.worksheetProperty().get();

        String refused = estimate.edit(row("perDiem"), LineField.QUANTITY, "ba mươi");
        String negative = estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "-300.000");
        String decimal = estimate.edit(row("travel.car"), LineField.TIMES, "1,5");

        assertThat(refused).isEqualTo("Số lượng của dòng II.1 phải là số nguyên không âm, ví dụ 37 (đã nhập «ba mươi»); "
                + "giá trị cũ được giữ nguyên.");
        assertThat(negative).startsWith("Đơn giá của dòng II.1 phải là số nguyên không âm, ví dụ 2.450.000");
        assertThat(decimal).startsWith("Số ngày/lần của dòng I.");
        assertThat(estimate.noticeProperty().get()).isEqualTo(decimal);
        assertThat(row("perDiem").quantity()).isEqualTo("37");
        assertThat(row("perDiem").unitPrice()).isEqualTo("300.000");
        assertThat(estimate.worksheetProperty().get()).isEqualTo(before);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aFigureTooLargeToAddUpIsRefused() {
        assertThat(estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "999.999.999.999.999")).isNull();

        String refused = estimate.edit(row("perDiem"), LineField.QUANTITY, "999.999.999.999.999");

        assertThat(refused).startsWith("Con số quá lớn: thành tiền của dòng II.1");
        assertThat(row("perDiem").quantity()).isEqualTo("37");
        assertThat(estimate.totalProperty().get()).isEqualTo("221.999.999.999.999.778");
    }

    @Test
    void removingAMemberInTheMembersTabChangesThePerDiemAtOnce() {
        Member first = members.allMembers().get(0);

        members.remove(List.of(first));

        assertThat(row("perDiem").quantity()).isEqualTo("36");
        assertThat(row("perDiem").amount()).isEqualTo("64.800.000");
        assertThat(estimate.totalProperty().get()).isEqualTo("64.800.000");
    }

    @Test
    void editsStayOnTheirLineWhenThePlanChanges() {
        estimate.edit(row(TICKET), LineField.UNIT_PRICE, "2.450.000");
        int before = Integer.parseInt(row(TICKET).quantity());

        members.remove(List.of(members.allMembers().get(5)));

        assertThat(row(TICKET).unitPrice()).isEqualTo("2.450.000");
        assertThat(Integer.parseInt(row(TICKET).quantity())).isEqualTo(before - 1);
    }

    @Test
    void addedLinesGoToTheSelectedSectionAndSurviveRegenerating() {
        estimate.select(row("OTHER"));
        EstimateRow added = estimate.addLine();
        assertThat(added.label()).isEqualTo("VI.1");
        assertThat(added.content()).isEqualTo("Khoản chi mới");
        assertThat(estimate.selectedProperty().get()).isEqualTo(added);
        estimate.edit(added, LineField.CONTENT, "Quà tặng đơn vị bạn");
        estimate.edit(row(added.key()), LineField.UNIT, "phần");
        estimate.edit(row(added.key()), LineField.QUANTITY, "2");
        estimate.edit(row(added.key()), LineField.UNIT_PRICE, "1.500.000");
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        estimate.remove(row("travel.baggage"));
        assertThat(estimate.rows()).noneMatch(r -> r.key().equals("travel.baggage"));
        assertThat(estimate.noticeProperty().get()).contains("Tạo lại dự toán");
        assertThat(row("OTHER").amount()).isEqualTo("3.000.000");

        dialogs.answer(false);
        estimate.regenerate();
        assertThat(row("perDiem").unitPrice()).isEqualTo("250.000");

        dialogs.answer(true);
        estimate.regenerate();
        assertThat(dialogs.shown("confirm")).last().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Đưa 2 dòng đã sửa hoặc đã xóa về giá trị tính theo kế hoạch và bộ định mức? 1 dòng tự thêm được giữ nguyên.");
        assertThat(dialogs.confirmedActions()).last().isEqualTo("Tạo lại dự toán");
        assertThat(row("perDiem").unitPrice()).isEqualTo("300.000");
        assertThat(row("travel.baggage").origin()).isEqualTo(LineOrigin.GENERATED);
        EstimateRow gift = row(added.key());
        assertThat(gift.content()).isEqualTo("Quà tặng đơn vị bạn");
        assertThat(gift.amount()).isEqualTo("3.000.000");
        assertThat(estimate.totalProperty().get()).isEqualTo("69.600.000");
    }

    @Test
    void anAddedLineNeedsAQuantityButMayWaitForItsPrice() {
        EstimateRow added = estimate.addLine();
        assertThat(added.sectionKey()).isEqualTo("OTHER");

        assertThat(estimate.edit(added, LineField.QUANTITY, "")).startsWith("Số lượng của dòng VI.1");
        estimate.edit(added, LineField.UNIT_PRICE, "500.000");
        estimate.edit(row(added.key()), LineField.UNIT_PRICE, "");
        assertThat(row(added.key()).missingPrice()).isTrue();

        estimate.remove(row(added.key()));
        assertThat(estimate.worksheetProperty().get().manualLines()).isEmpty();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void restoreGivesEveryFieldOfALineBackToThePlan() {
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        estimate.edit(row("perDiem"), LineField.BASIS, "Quy chế chi tiêu nội bộ");

        estimate.restore(row("perDiem"));

        assertThat(row("perDiem").unitPrice()).isEqualTo("300.000");
        assertThat(row("perDiem").basis()).contains("TT 12/2025");
        assertThat(estimate.noticeProperty().get()).isEqualTo("Đã khôi phục dòng II.1 về giá trị tính theo kế hoạch.");
    }

    @Test
    void theHeaderChoosesRateSetsLodgingAndStops() {
        RateChoice tt40 = estimate.nationalChoices().stream().filter(c -> BuiltInRateSets.TT40_ID.equals(c.id())).findFirst()
                .orElseThrow();
        estimate.nationalChoiceProperty().set(tt40);
        assertThat(row("perDiem").unitPrice()).isEqualTo("200.000");
        assertThat(estimate.rateInfoProperty().get()).startsWith("Thông tư 40/2017/TT-BTC (Bộ Tài chính, số 40/2017/TT-BTC, "
                + "hiệu lực 01/07/2017 – 03/05/2025)");

        estimate.lodgingModeProperty().set(LodgingMode.FLAT);
        assertThat(row("lodging.tỉnh Đắk Lắk.flat").unitPrice()).isEqualTo("350.000");
        estimate.setStopCategory("tỉnh Đắk Lắk", StopCategory.CITY);
        assertThat(row("lodging.tỉnh Đắk Lắk.flat").unitPrice()).isEqualTo("450.000");
        estimate.setHostProvidesRooms("tỉnh Lâm Đồng", true);
        assertThat(row("lodging.tỉnh Lâm Đồng.host").amount()).isEqualTo("0");
        assertThat(estimate.stops()).containsExactly(new StopRow("tỉnh Đắk Lắk", StopCategory.CITY, false),
                new StopRow("tỉnh Lâm Đồng", StopCategory.PROVINCE, true));

        RateChoice auto = estimate.nationalChoices().get(0);
        estimate.nationalChoiceProperty().set(auto);
        assertThat(estimate.worksheetProperty().get().inputs().rateSetId()).isNull();
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void theEditorsSaveStoresTheWorksheetAfterTheDelegationAndReopeningShowsIt() {
        estimate.edit(row("travel.car"), LineField.UNIT_PRICE, "3.500.000");
        editor.draft().update(b -> b.plannedSize(40));

        assertThat(editor.save()).isTrue();

        assertThat(editor.isDirty()).isFalse();
        assertThat(repository.findById(1).orElseThrow().plannedSize()).isEqualTo(40);
        assertThat(budget.worksheet(1L).override("travel.car").unitPrice()).isEqualTo(3_500_000L);

        editor.open(null);
        assertThat(estimate.rows()).isEmpty();
        editor.open(repository.findById(1).orElseThrow());
        assertThat(row("travel.car").unitPrice()).isEqualTo("3.500.000");
        assertThat(estimate.totalProperty().get()).isEqualTo("87.600.000");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void onlyAChangedWorksheetMakesTheEditorUnsavedAndSaveStoresIt() {
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        assertThat(editor.draft().isDirty()).isFalse();
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.saveStateProperty().get()).isEqualTo("Có thay đổi chưa lưu");

        editor.save();

        assertThat(budget.worksheet(1L).override("perDiem").unitPrice()).isEqualTo(250_000L);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void undoAndDiscardGoBackToTheStoredWorksheet() {
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        dialogs.answer(true);
        editor.revert();
        assertThat(row("perDiem").unitPrice()).isEqualTo("300.000");
        assertThat(editor.isDirty()).isFalse();

        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        dialogs.answerUnsaved(UnsavedChoice.DISCARD);
        boolean[] left = {false};
        editor.leave(() -> left[0] = true, () -> { });
        assertThat(left[0]).isTrue();
        assertThat(dialogs.shown("unsaved")).hasSize(1);
        assertThat(row("perDiem").unitPrice()).isEqualTo("300.000");
        assertThat(budget.worksheet(1L)).isEqualTo(EstimateWorksheet.EMPTY);
    }

    @Test
    void leavingWithAnUnsavedWorksheetAsksAndCancelStays() {
        estimate.edit(row("perDiem"), LineField.UNIT_PRICE, "250.000");
        dialogs.answerUnsaved(UnsavedChoice.CANCEL);
        boolean[] stayed = {false};

        editor.leave(() -> { }, () -> stayed[0] = true);

        assertThat(stayed[0]).isTrue();
        assertThat(row("perDiem").unitPrice()).isEqualTo("250.000");
    }

    @Test
    void exportAsksForAFileAndHandsTheEstimateOnScreenToTheExporter() {
        estimate.edit(row("travel.car"), LineField.UNIT_PRICE, "3.500.000");
        dialogs.chooseFile(Path.of("/tmp/du-toan"));

        estimate.export();

        assertThat(dialogs.shown("save")).singleElement().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx");
        assertThat(exported).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(Path.of("/tmp/du-toan.xlsx"));
            assertThat(e.estimate().total()).isEqualTo(87_600_000L);
            assertThat(e.delegation().members()).hasSize(37);
        });
        assertThat(estimate.noticeProperty().get()).isEqualTo("Đã xuất dự toán ra tệp /tmp/du-toan.xlsx.");
    }

    @Test
    void aFailedExportIsShownAndACancelledOneDoesNothing() {
        EstimateViewModel failing = new EstimateViewModel(editor.draft(), budget, new DirectTaskRunner(), dialogs, messages,
                (e, d, file) -> {
                    throw new java.io.IOException("Ổ đĩa đầy");
                });
        failing.open(repository.findById(1).orElseThrow());
        failing.export();
        assertThat(dialogs.shown("error")).isEmpty();

        dialogs.chooseFile(Path.of("/tmp/du-toan.xlsx"));
        failing.export();

        assertThat(dialogs.shown("error")).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Không xuất được dự toán");
            assertThat(shown.message()).isEqualTo("Ổ đĩa đầy");
        });
    }

    @Test
    void aChangedRateSetShowsAfterReloading() {
        RateSet tt12 = budget.rateSets().stream().filter(s -> s.id().equals(BuiltInRateSets.TT12_ID)).findFirst().orElseThrow();
        List<RateValue> values = new ArrayList<>(tt12.values());
        values.removeIf(v -> v.key() == RateKey.LODGING_INVOICE_SHARED_OTHER);
        values.add(new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 900_000L, "TT 12/2025", true));
        budget.saveRateSet(tt12.withValues(values));

        estimate.reloadRateSets();

        assertThat(row("lodging.tỉnh Đắk Lắk.shared").unitPrice()).isEqualTo("900.000");
    }

    @Test
    void aCopyOfTheDelegationTakesTheWorksheetAsItIsNow() {
        estimate.edit(row("travel.car"), LineField.UNIT_PRICE, "3.500.000");

        editor.copy("Đoàn sao chép", LocalDate.of(2026, 10, 13), true);

        long copyId = repository.findSummaries().stream().mapToLong(s -> s.id()).max().orElseThrow();
        assertThat(copyId).isNotEqualTo(1L);
        assertThat(budget.worksheet(copyId).override("travel.car").unitPrice()).isEqualTo(3_500_000L);
        assertThat(budget.worksheet(1L)).isEqualTo(EstimateWorksheet.EMPTY);
    }

    @Test
    void offersTheCircularsBehindTheRatesAsGroundsOfThePlan() {
        SpendingGroundsOffer offer = estimate.grounds();
        assertThat(offer.availableProperty().get()).isTrue();
        assertThat(offer.descriptionProperty().get()).isEqualTo("Thêm vào căn cứ của kế hoạch và quyết định: "
                + "Thông tư số 40/2017/TT-BTC; Thông tư số 12/2025/TT-BTC");

        offer.add();

        assertThat(editor.draft().get().legalBases()).extracting(b -> b.citation().word() + " " + b.kind() + " số " + b.number())
                .endsWith("Căn cứ Thông tư số 40/2017/TT-BTC", "Căn cứ Thông tư số 12/2025/TT-BTC");
        assertThat(editor.isDirty()).isTrue();
        assertThat(offer.availableProperty().get()).isFalse();
        assertThat(offer.descriptionProperty().get())
                .isEqualTo("Các văn bản của bộ định mức đang dùng đã có trong căn cứ của kế hoạch.");
    }
}
