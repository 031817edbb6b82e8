package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.documents.content.ResultsReportDocument;
import vn.delegationdesk.documents.content.travel.TravelOrdersDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.TestServices;

/** The documents tab without a screen, over the small stand-in pack and a real PDFBox rasteriser. */
class DocumentsViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InMemoryDocumentSettingsRepository stored = new InMemoryDocumentSettingsRepository();
    private final DocumentService documents = FakeDocuments.service(stored);
    private final List<Printed> printed = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private InMemoryDelegationRepository repository;
    private DelegationEditorViewModel editor;
    private DocumentsViewModel model;

    private record Printed(String job, List<String> pages) {
    }

    @BeforeEach
    void setUp() {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        model = open(new DirectTaskRunner());
    }

    private DocumentsViewModel open(TaskRunner tasks) {
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), dialogs, messages);
        EstimateViewModel estimate = new EstimateViewModel(editor.draft(), TestServices.budget(), new DirectTaskRunner(),
                dialogs, messages, (e, d, file) -> { });
        editor.addPart(estimate);
        DocumentsViewModel documentsModel = new DocumentsViewModel(editor.draft(), estimate.estimateProperty(), documents,
                new PdfPageRasterizer(24), (pdf, job) -> printed.add(new Printed(job, PdfPages.text(pdf))), opened::add, tasks,
                dialogs, messages);
        editor.addPart(documentsModel);
        editor.open(repository.findById(1).orElseThrow());
        return documentsModel;
    }

    private DocumentRow row(DocumentKind kind) {
        return model.choices().rows().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void listsTheSevenDocumentsByTheirVietnameseNames() {
        assertThat(model.choices().rows()).extracting(DocumentRow::name).containsExactly("Kế hoạch", "Quyết định cử đoàn (kèm danh sách)",
                "Giấy đi đường (C16-HD)", "Chương trình công tác", "Dự toán kinh phí",
                "Danh sách đoàn (khách sạn, hàng không)", "Báo cáo kết quả");
        assertThat(model.choices().memberChoices()).hasSize(38);
        assertThat(model.choices().memberChoiceProperty().get().label()).isEqualTo("Tất cả thành viên");
        assertThat(model.overviewInfoProperty().get()).isEqualTo("Sửa ở thẻ Tổng quan: cơ quan ban hành SỞ VĂN HÓA VÀ THỂ THAO"
                + " (SVHTT); kế hoạch số …/KH-SVHTT, chưa có ngày; người ký: GIÁM ĐỐC Bạch Liên Hương.");
    }

    @Test
    void settingsEditsMakeTheEditorUnsavedAreSavedWithItAndUndone() {
        assertThat(model.readyProperty().get()).isTrue();
        model.form().decisionNumberProperty().set("125/QĐ-SVHTT");
        model.form().decisionDate().textProperty().set("06/10/2025");
        model.form().recipientsProperty().set("Như Điều 3;\n\nLưu: VT, TCPC.\n");
        model.form().spendingProperty().set("64.250.000");

        assertThat(editor.isDirty()).isTrue();
        assertThat(model.settingsProperty().get().decision()).isEqualTo(new IssueNumber("125/QĐ-SVHTT", LocalDate.of(2025, 10, 6)));
        assertThat(model.settingsProperty().get().decisionRecipients()).containsExactly("Như Điều 3;", "Lưu: VT, TCPC.");
        assertThat(editor.save()).isTrue();
        assertThat(editor.isDirty()).isFalse();
        assertThat(stored.find(1)).hasValueSatisfying(s -> {
            assertThat(s.decision().number()).isEqualTo("125/QĐ-SVHTT");
            assertThat(s.actualSpending()).isEqualTo(64_250_000L);
        });

        model.form().proposerProperty().set("Trưởng phòng Tổ chức - Pháp chế");
        assertThat(editor.isDirty()).isTrue();
        dialogs.answer(true);
        editor.revert();
        assertThat(editor.isDirty()).isFalse();
        assertThat(model.form().proposerProperty().get()).isEmpty();
        assertThat(model.form().decisionNumberProperty().get()).isEqualTo("125/QĐ-SVHTT");

        DocumentsViewModel reopened = open(new DirectTaskRunner());
        assertThat(reopened.form().spendingProperty().get()).isEqualTo("64.250.000");
        assertThat(reopened.form().decisionDate().textProperty().get()).isEqualTo("06/10/2025");
        assertThat(reopened.form().recipientsProperty().get()).isEqualTo("Như Điều 3;\nLưu: VT, TCPC.");
    }

    @Test
    void theProposalAbroadIsTypedSavedAndReadBack() {
        model.form().proposalNumberProperty().set("12/TTr-SVHTT");
        model.form().proposalDate().textProperty().set("02/03/2026");

        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.save()).isTrue();
        assertThat(stored.find(1)).hasValueSatisfying(s -> assertThat(s.outboundProposal())
                .isEqualTo(new IssueNumber("12/TTr-SVHTT", LocalDate.of(2026, 3, 2))));
        DocumentsViewModel reopened = open(new DirectTaskRunner());
        assertThat(reopened.form().proposalNumberProperty().get()).isEqualTo("12/TTr-SVHTT");
        assertThat(reopened.form().proposalDate().textProperty().get()).isEqualTo("02/03/2026");

        reopened.form().proposalDate().textProperty().set("31/02/2026");
        assertThat(editor.save()).as("a date that is not one waits").isFalse();
    }

    @Test
    void spendingThatIsNotWholeDongIsRefusedNamingTheFieldAndSavingWaits() {
        model.form().spendingProperty().set("5.000.000");
        model.form().spendingProperty().set("-5.000.000");

        String message = "Kinh phí thực chi (đồng) phải là số đồng nguyên không âm, ví dụ 64.250.000 (đã nhập «-5.000.000»);"
                + " để trống nếu chưa biết.";
        assertThat(model.form().spendingErrorProperty().get()).isEqualTo(message);
        assertThat(model.settingsProperty().get().actualSpending()).isEqualTo(5_000_000L);
        assertThat(editor.problems()).contains(message);
        assertThat(editor.save()).isFalse();

        model.form().spendingProperty().set("năm triệu");
        assertThat(model.form().spendingErrorProperty().get()).contains("«năm triệu»");
        model.form().spendingProperty().set("");
        assertThat(model.form().spendingErrorProperty().get()).isNull();
        assertThat(model.settingsProperty().get().actualSpending()).isNull();
        assertThat(editor.problems()).isEmpty();
    }

    @Test
    void theWrongFirstOrderNumberOrDateIsRefusedToo() {
        model.form().firstOrderNumberProperty().set("4a");
        model.form().reportDate().textProperty().set("31/02/2025");

        assertThat(model.form().firstOrderNumberErrorProperty().get()).startsWith("Số giấy đi đường đầu tiên phải là số nguyên không âm");
        assertThat(editor.problems()).anySatisfy(p -> assertThat(p).startsWith("Ngày báo cáo không phải ngày hợp lệ"));
        model.form().firstOrderNumberProperty().set("41");
        assertThat(model.settingsProperty().get().firstTravelOrderNumber()).isEqualTo(41);
    }

    private DocumentsViewModel overPricedSample() {
        DocumentsViewModel priced = new DocumentsViewModel(editor.draft(), new javafx.beans.property.SimpleObjectProperty<>(
                SampleEstimates.priced()), documents, new PdfPageRasterizer(24), (pdf, job) -> true, file -> { },
                new DirectTaskRunner(), dialogs, messages);
        editor.addPart(priced);
        priced.open(repository.findById(1).orElseThrow());
        return priced;
    }

    private void typeApproval(DocumentsViewModel target) {
        target.form().approverProperty().set("Sở Tài chính");
        target.form().approvalNumberProperty().set("215/QĐ-STC");
        target.form().approvalDate().textProperty().set("20/09/2025");
        target.form().approvedTotalProperty().set("420.000.000");
    }

    @Test
    void theFourApprovalFieldsAreStoredAndTheReportGivesBothFigures() {
        DocumentsViewModel priced = overPricedSample();
        typeApproval(priced);

        EstimateApproval approval = new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 420_000_000L);
        assertThat(priced.settingsProperty().get().approval()).isEqualTo(approval);
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.save()).isTrue();
        assertThat(stored.find(1)).hasValueSatisfying(s -> assertThat(s.approval()).isEqualTo(approval));

        String report = new ResultsReportDocument().build(new DocumentSource(editor.draft().get(), priced.settingsProperty().get(),
                SampleEstimates.priced())).plainText();
        assertThat(report).contains("Dự toán được duyệt 420.000.000 đồng (dự toán hiện tại 433.410.000 đồng)");

        DocumentsViewModel reopened = open(new DirectTaskRunner());
        assertThat(reopened.form().approverProperty().get()).isEqualTo("Sở Tài chính");
        assertThat(reopened.form().approvalNumberProperty().get()).isEqualTo("215/QĐ-STC");
        assertThat(reopened.form().approvalDate().textProperty().get()).isEqualTo("20/09/2025");
        assertThat(reopened.form().approvedTotalProperty().get()).isEqualTo("420.000.000");
        assertThat(reopened.form().approvalErrorProperty().get()).isNull();
    }

    @Test
    void aTotalTypedWithoutDotsIsTheSameApprovalAndEmptyingAllFourRemovesIt() {
        typeApproval(model);
        model.form().approvedTotalProperty().set("420000000");
        assertThat(model.settingsProperty().get().approval().total()).isEqualTo(420_000_000L);

        model.form().approverProperty().set("");
        model.form().approvalNumberProperty().set("");
        model.form().approvalDate().textProperty().set("");
        model.form().approvedTotalProperty().set("");
        assertThat(model.settingsProperty().get().approval()).isNull();
        assertThat(model.form().approvalErrorProperty().get()).isNull();
        assertThat(editor.problems()).isEmpty();
    }

    @Test
    void aPartlyFilledApprovalIsRefusedNamingTheMissingFields() {
        model.form().approvalNumberProperty().set("215/QĐ-STC");

        String message = "Dự toán được duyệt còn thiếu: Cơ quan duyệt, Ngày duyệt, Tổng kinh phí được duyệt (đồng); hãy nhập đủ"
                + " bốn ô, hoặc để trống cả bốn nếu chưa được duyệt.";
        assertThat(model.form().approvalErrorProperty().get()).isEqualTo(message);
        assertThat(model.form().approvalNumberProperty().get()).isEqualTo("215/QĐ-STC");
        assertThat(model.settingsProperty().get().approval()).isNull();
        assertThat(editor.problems()).contains(message);
        assertThat(editor.save()).isFalse();
    }

    @Test
    void aTotalThatIsNotWholeDongIsRefusedAndTheLastApprovalKept() {
        typeApproval(model);
        model.form().approvedTotalProperty().set("abc");

        String message = "Tổng kinh phí được duyệt (đồng) phải là số đồng nguyên không âm, ví dụ 420.000.000 (đã nhập «abc»).";
        assertThat(model.form().approvalErrorProperty().get()).isEqualTo(message);
        assertThat(model.form().approvedTotalProperty().get()).isEqualTo("abc");
        assertThat(model.settingsProperty().get().approval().total()).isEqualTo(420_000_000L);
        assertThat(editor.problems()).contains(message);
        assertThat(editor.save()).isFalse();

        model.form().approvalDate().textProperty().set("31/02/2025");
        model.form().approvedTotalProperty().set("420.000.000");
        assertThat(editor.problems()).anySatisfy(p -> assertThat(p).startsWith("Ngày duyệt không phải ngày hợp lệ"));
    }

    @Test
    void anApprovedTotalOtherThanTheCurrentEstimateIsWarnedOfWithBoth() {
        DocumentsViewModel priced = overPricedSample();
        assertThat(priced.approvalWarningProperty().get()).isEmpty();
        typeApproval(priced);

        assertThat(priced.approvalWarningProperty().get())
                .isEqualTo("Tổng được duyệt 420.000.000 đồng khác dự toán hiện tại 433.410.000 đồng; báo cáo sẽ ghi cả hai.");
        assertThat(priced.form().approvedTotalProperty().get()).isEqualTo("420.000.000");
        priced.form().approvedTotalProperty().set("433.410.000");
        assertThat(priced.approvalWarningProperty().get()).isEmpty();
    }

    @Test
    void thePreviewShowsTheCurrentDraftPageByPage() {
        model.choices().selectedProperty().set(DocumentKind.TRAVEL_ORDERS);
        model.preview().refresh();

        assertThat(model.preview().pageCountProperty().get()).isEqualTo(37);
        assertThat(model.preview().pageLabelProperty().get()).isEqualTo("Trang 1/37");
        PreviewPage first = model.preview().pageProperty().get();
        // A4 is 595.28 points wide: 198 pixels at 24 dpi.
        assertThat(first.width()).isEqualTo(198);
        model.preview().nextPage();
        model.preview().nextPage();
        assertThat(model.preview().pageLabelProperty().get()).isEqualTo("Trang 3/37");
        model.preview().previousPage();
        assertThat(model.preview().pageIndexProperty().get()).isEqualTo(1);

        Member one = editor.draft().get().members().get(0);
        editor.draft().update(b -> b.members(List.of(one)));
        assertThat(model.preview().outdatedProperty().get()).isTrue();
        model.preview().refresh();
        assertThat(model.preview().pageLabelProperty().get()).isEqualTo("Trang 1/1");
        assertThat(model.preview().outdatedProperty().get()).isFalse();
    }

    @Test
    void aRenderStartedBeforeTheLatestChangeIsDropped() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        model = open(queued);
        queued.runAll();
        model.preview().refresh();
        model.form().decisionNumberProperty().set("9/QĐ-SVHTT");

        queued.runAll();
        assertThat(model.preview().pageProperty().get()).isNull();
        assertThat(model.preview().outdatedProperty().get()).isTrue();

        model.preview().refresh();
        queued.runAll();
        assertThat(model.preview().pageLabelProperty().get()).isEqualTo("Trang 1/1");
    }

    @Test
    void aPreviewThePackCannotMakeSaysWhy() {
        model.choices().selectedProperty().set(DocumentKind.DECISION);
        DocumentsViewModel broken = new DocumentsViewModel(editor.draft(), new javafx.beans.property.SimpleObjectProperty<>(
                vn.delegationdesk.testing.SampleEstimates.priced()), new DocumentService(stored,
                () -> new vn.delegationdesk.documents.DocumentPack(java.util.Map.of(), java.util.Map.of()),
                FakeDocuments::memberOrders), new PdfPageRasterizer(24), (pdf, job) -> true, file -> { },
                new DirectTaskRunner(), dialogs, messages);
        broken.open(repository.findById(1).orElseThrow());
        broken.preview().refresh();
        assertThat(broken.preview().pageProperty().get()).isNull();
        assertThat(broken.preview().messageProperty().get())
                .isEqualTo("Không tạo được Kế hoạch (tệp plan.pdf): phiên bản này chưa có mẫu của văn bản này.");
    }

    @Test
    void savingSeveralWritesOneFilePerDocumentNamedForTheTripIntoTheChosenFolder() throws Exception {
        for (DocumentKind kind : DocumentKind.values()) {
            row(kind).chosenProperty().set(true);
        }
        model.form().decisionNumberProperty().set("125/QĐ-SVHTT");
        Path folder = dir.resolve("van-ban");
        dialogs.chooseFile(folder);

        model.commands().savePdf();

        assertThat(dialogs.shown("directory")).singleElement().extracting(RecordingDialogService.Shown::title)
                .isEqualTo("Chọn thư mục để lưu 7 tệp văn bản");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf", "Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.pdf",
                    "Giay-di-duong_Dak-Lak-Lam-Dong_10-2025.pdf", "Chuong-trinh-cong-tac_Dak-Lak-Lam-Dong_10-2025.pdf",
                    "Du-toan_Dak-Lak-Lam-Dong_10-2025.pdf", "Danh-sach-doan_Dak-Lak-Lam-Dong_10-2025.pdf",
                    "Bao-cao-ket-qua_Dak-Lak-Lam-Dong_10-2025.pdf");
        }
        assertThat(PdfPages.allText(Files.readAllBytes(folder.resolve("Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.pdf"))))
                .contains("Decision 125/QD-SVHTT");
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu 7 tệp vào " + folder + ".");
        assertThat(dialogs.shown("replace")).isEmpty();

        dialogs.chooseFile(folder);
        model.commands().saveWord();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("Ke-hoach_Dak-Lak-Lam-Dong_10-2025.docx",
                    "Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.docx").hasSize(9);
        }
    }

    @Test
    void theTravelOrdersSavedFromTheTabPrintTheAdvancesOfTheStoredSettlement() throws Exception {
        Member advanced = SampleDelegation.create().members().get(2);
        Settlement settlement = new Settlement(LocalDate.of(2025, 10, 30),
                List.of(new Advance(advanced.id(), LocalDate.of(2025, 10, 10), "PC-0103", 5_000_000L)), List.of(), List.of());
        DocumentService real = new DocumentService(stored, () -> new DocumentPack(
                Map.of(DocumentKind.TRAVEL_ORDERS, new TravelOrdersDocument()), Map.of(DocumentFormat.PDF, new PdfDocumentWriter())),
                TravelOrdersDocument::forMember, RoleGate.everyRole(() -> ""),
                id -> id == 1 ? SettlementFigures.advancesOf(settlement) : SettlementFigures.none());
        DocumentsViewModel tab = new DocumentsViewModel(editor.draft(), new SimpleObjectProperty<>(SampleEstimates.priced()), real,
                new PdfPageRasterizer(24), (pdf, job) -> true, file -> { }, new DirectTaskRunner(), dialogs, messages);
        tab.open(repository.findById(1).orElseThrow());
        tab.choices().rows().stream().filter(r -> r.kind() == DocumentKind.TRAVEL_ORDERS).findFirst().orElseThrow()
                .chosenProperty().set(true);
        Path file = dir.resolve("giay-di-duong.pdf");
        dialogs.chooseFile(file);

        tab.commands().savePdf();

        List<String> pages = PdfPages.text(Files.readAllBytes(file));
        assertThat(pages.get(2)).contains(advanced.fullName(), "Công tác phí: 5.000.000 đ", "Cộng: 5.000.000 đ");
        assertThat(pages.get(3)).contains("Công tác phí: ……………… đ").doesNotContain("5.000.000");
    }

    @Test
    void savingSeveralIntoAFolderThatHasThemAsksAndKeepsTheOldFilesUnlessTold() throws Exception {
        row(DocumentKind.PLAN).chosenProperty().set(true);
        row(DocumentKind.DECISION).chosenProperty().set(true);
        row(DocumentKind.ITINERARY).chosenProperty().set(true);
        Path folder = Files.createDirectories(dir.resolve("van-ban"));
        Path plan = Files.writeString(folder.resolve("Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf"), "bản cũ");
        Path decision = Files.writeString(folder.resolve("Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.pdf"), "bản cũ");
        dialogs.answerReplace(false);
        dialogs.chooseFile(folder);

        model.commands().savePdf();

        assertThat(dialogs.shown("replace")).singleElement().satisfies(question -> {
            assertThat(question.title()).isEqualTo("Thay thế tệp đã có?");
            assertThat(question.message()).isEqualTo("Thư mục " + folder + " đã có 2 tệp trùng tên với các tệp sắp lưu:"
                    + "\n• Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf\n• Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.pdf"
                    + "\nThay thế các tệp đó bằng tệp mới? Chọn “Hủy” để giữ các tệp cũ.");
        });
        assertThat(Files.readString(plan)).isEqualTo("bản cũ");
        assertThat(Files.readString(decision)).isEqualTo("bản cũ");
        assertThat(folder.resolve("Chuong-trinh-cong-tac_Dak-Lak-Lam-Dong_10-2025.pdf")).doesNotExist();

        dialogs.answerReplace(true);
        dialogs.chooseFile(folder);
        model.commands().savePdf();

        assertThat(PdfPages.allText(Files.readAllBytes(plan))).startsWith("PLAN");
        assertThat(folder.resolve("Chuong-trinh-cong-tac_Dak-Lak-Lam-Dong_10-2025.pdf")).exists();
        assertThat(model.noticeProperty().get()).isEqualTo("Đã lưu 3 tệp vào " + folder + ".");
    }

    @Test
    void savingOneProposesANameForTheDocumentAndTheTrip() throws Exception {
        model.choices().selectedProperty().set(DocumentKind.ESTIMATE);
        dialogs.chooseFile(dir.resolve("du-toan"));

        model.commands().savePdf();

        assertThat(dialogs.shown("save")).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Lưu Dự toán kinh phí ra tệp PDF");
            assertThat(s.message()).isEqualTo("Du-toan_Dak-Lak-Lam-Dong_10-2025.pdf");
        });
        assertThat(PdfPages.allText(Files.readAllBytes(dir.resolve("du-toan.pdf")))).startsWith("ESTIMATE");
        model.commands().saveWord();
        assertThat(model.noticeProperty().get()).startsWith("Chỉ kế hoạch và quyết định có bản Word");
        assertThat(dialogs.shown("save")).hasSize(1);
    }

    @Test
    void aFailedSaveIsAVietnameseDialog() {
        dialogs.chooseFile(dir.resolve("missing/plan.pdf"));
        model.commands().savePdf();
        assertThat(dialogs.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Không lưu được văn bản");
            assertThat(e.message()).isEqualTo("Không ghi được tệp plan.pdf (thư mục không tồn tại); tệp cũ (nếu có) vẫn giữ nguyên.");
        });
    }

    @Test
    void printAndOpenGoToTheirDevicesWithTheDocumentShown() throws Exception {
        Member third = editor.draft().get().members().get(2);
        model.choices().selectedProperty().set(DocumentKind.TRAVEL_ORDERS);
        model.choices().memberChoiceProperty().set(model.choices().memberChoices().get(3));

        model.commands().print();
        model.commands().openExternally();

        assertThat(printed).singleElement().satisfies(p -> {
            assertThat(p.job()).isEqualTo("Giấy đi đường (C16-HD)");
            assertThat(p.pages()).singleElement().asString().contains(FakeDocuments.ascii(third.fullName()));
        });
        assertThat(model.noticeProperty().get()).isEqualTo("Đã mở Giấy đi đường (C16-HD) bằng ứng dụng xem PDF.");
        assertThat(opened).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString())
                    .isEqualTo("Giay-di-duong_" + FileNames.part(third.fullName()) + "_Dak-Lak-Lam-Dong_10-2025.pdf");
            assertThat(PdfPages.text(Files.readAllBytes(file))).hasSize(1);
        });
    }

    @Test
    void aCopyTakesTheUnitsSettingsButNotThisTripsNumbers() {
        model.form().decisionNumberProperty().set("125/QĐ-SVHTT");
        model.form().budgetUnitCodeProperty().set("1234567");
        model.form().contactsProperty().set("Đ/c Nguyễn Văn A: 0912 345 678");
        model.form().spendingProperty().set("1.000");

        editor.copy("Đoàn mới", LocalDate.of(2026, 3, 2), false);

        long copyId = repository.findSummaries().stream().mapToLong(s -> s.id()).max().orElseThrow();
        assertThat(copyId).isNotEqualTo(1L);
        assertThat(stored.find(copyId)).hasValueSatisfying(s -> {
            assertThat(s.budgetUnitCode()).isEqualTo("1234567");
            assertThat(s.itineraryContacts()).containsExactly("Đ/c Nguyễn Văn A: 0912 345 678");
            assertThat(s.decision()).isEqualTo(IssueNumber.DRAFT);
            assertThat(s.actualSpending()).isNull();
        });
        assertThat(stored.find(1)).isEmpty();
        assertThat(DocumentSettings.defaults().decision()).isEqualTo(IssueNumber.DRAFT);
    }
}
