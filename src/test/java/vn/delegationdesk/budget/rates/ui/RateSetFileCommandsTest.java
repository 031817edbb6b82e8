package vn.delegationdesk.budget.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.exchange.rates.RateSetExchange;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SmallDisk;

/** "Xuất tệp…" and "Nhập tệp…" of the rate-set dialog, without a screen: what the user is asked, shown and left with. */
class RateSetFileCommandsTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<ImportPreview> previews = new ArrayList<>();
    private boolean confirm = true;
    private int changes;

    @TempDir
    Path dir;

    private BudgetService budget;
    private RateSetsViewModel model;

    @BeforeEach
    void setUp() {
        budget = new BudgetService(new InMemoryRateSetRepository(), new InMemoryWorksheetRepository(), new RateSetExchange());
        model = new RateSetsViewModel(budget, new DirectTaskRunner(), dialogs, messages, () -> changes++);
        model.files().setConfirmation(preview -> {
            previews.add(preview);
            return confirm;
        });
        model.load();
    }

    @Test
    void exportProposesANameFromTheDocumentNumberAndWritesTheShownSet() throws IOException {
        Path target = dir.resolve("Dinh-muc_TT-12-2025");
        dialogs.chooseFile(target);

        model.files().exportSelected();

        assertThat(dialogs.shown("save")).singleElement().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Dinh-muc_12-2025-TT-BTC.json");
        Path written = dir.resolve("Dinh-muc_TT-12-2025.json");
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("\"name\": \"Thông tư 12/2025/TT-BTC\"");
        assertThat(model.noticeProperty().get()).isEqualTo("Đã xuất bộ định mức «Thông tư 12/2025/TT-BTC» ra tệp " + written + ".");
    }

    @Test
    void anExportToAFullDiskNamesTheFileAndTheReasonAndKeepsThePreviousFile() throws IOException {
        try (SmallDisk disk = SmallDisk.full()) {
            Path target = Files.writeString(disk.folder("dinh-muc").resolve("Dinh-muc_12-2025-TT-BTC.json"), "tệp cũ");
            disk.fillLeaving(0);
            dialogs.chooseFile(target);

            model.files().exportSelected();

            assertThat(dialogs.shown("error")).containsExactly(new RecordingDialogService.Shown("error",
                    "Không xuất được bộ định mức", "Không ghi được tệp Dinh-muc_12-2025-TT-BTC.json (ổ đĩa đã đầy – hãy giải "
                            + "phóng dung lượng rồi thử lại); tệp cũ (nếu có) vẫn giữ nguyên."));
            assertThat(Files.readString(target)).isEqualTo("tệp cũ");
            try (var files = Files.list(target.getParent())) {
                assertThat(files).containsExactly(target);
            }
        }
    }

    @Test
    void aFileNameIsSafeOnEveryComputer() {
        RateSet hanoi = new RateSet("x", "Nghị quyết 05/2025/NQ-HĐND Hà Nội", "", "05/2025/NQ-HĐND", RateSetKind.LOCAL,
                LocalDate.of(2025, 4, 29), null, "", List.of());
        assertThat(model.files().fileName(hanoi)).isEqualTo("Dinh-muc_05-2025-NQ-HDND.json");
        RateSet unnamed = new RateSet("x", "Quy chế chi tiêu nội bộ: Sở Văn hóa?", "", "", RateSetKind.LOCAL,
                LocalDate.of(2025, 1, 1), null, "", List.of());
        assertThat(model.files().fileName(unnamed)).isEqualTo("Dinh-muc_Quy-che-chi-tieu-noi-bo-So-Van-hoa.json");
    }

    @Test
    void importShowsEveryChangeAndReplacesOnlyWhenConfirmed() throws IOException {
        Path file = changedTt12File();
        confirm = false;
        dialogs.chooseFile(file);

        model.files().importFile();

        ImportPreview preview = previews.get(0);
        assertThat(preview.heading()).isEqualTo("Tệp Dinh-muc_TT-12-2025.json sẽ thay thế bộ định mức «Thông tư 12/2025/TT-BTC»: "
                + "1 mức chi và 0 thông tin chung khác với bản đang lưu. Chưa có gì thay đổi cho đến khi bấm «Thay thế».");
        assertThat(preview.confirmText()).isEqualTo("Thay thế");
        assertThat(preview.rows()).containsExactly(new ImportPreview.Row(
                "Phòng nghỉ theo hóa đơn, 2 người/phòng – vùng còn lại",
                "chưa có số liệu · TT 40/2017 Đ7, sửa đổi bởi TT 12/2025, 2 người/phòng · chưa xác minh",
                "1.500.000 đ · Điều 7 khoản 2 TT 12/2025 · đã xác minh"));
        assertThat(cap()).isNull();
        assertThat(changes).isZero();

        confirm = true;
        dialogs.chooseFile(file);
        model.files().importFile();

        assertThat(cap()).isEqualTo(1_500_000L);
        assertThat(changes).isEqualTo(1);
        assertThat(model.selectedProperty().get().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(model.values().get(RateKey.LODGING_INVOICE_SHARED_OTHER.ordinal()).amountText()).isEqualTo("1.500.000");
        assertThat(model.noticeProperty().get())
                .isEqualTo("Đã thay thế bộ định mức «Thông tư 12/2025/TT-BTC» bằng nội dung tệp Dinh-muc_TT-12-2025.json.");
    }

    @Test
    void theSameFileAgainSaysSoAndAsksNothing() throws IOException {
        Path file = dir.resolve("Dinh-muc_12-2025-TT-BTC.json");
        budget.exportRateSet(BuiltInRateSets.TT12_ID, file);
        dialogs.chooseFile(file);

        model.files().importFile();

        assertThat(previews).isEmpty();
        assertThat(dialogs.shown("info")).singleElement().extracting(RecordingDialogService.Shown::message).isEqualTo(
                "Tệp Dinh-muc_12-2025-TT-BTC.json giống hệt bộ định mức «Thông tư 12/2025/TT-BTC» đang lưu: không có gì thay đổi.");
    }

    @Test
    void aRefusedFileIsShownByNameWithItsFieldAndNothingChanges() throws IOException {
        List<RateSet> before = budget.rateSets();
        Path file = dir.resolve("Dinh-muc_TT-12-2025.json");
        Files.writeString(file, Files.readString(changedTt12File()).replace("1500000", "-1500000"));
        dialogs.chooseFile(file);

        model.files().importFile();

        assertThat(previews).isEmpty();
        assertThat(dialogs.shown("error")).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Không nhập được bộ định mức");
            assertThat(error.message()).isEqualTo("Không nhập tệp Dinh-muc_TT-12-2025.json; chưa có gì thay đổi.\n"
                    + "$.rateSet.values[10].amount: mức chi không được âm (đang ghi -1500000)");
        });
        assertThat(budget.rateSets()).isEqualTo(before);
        assertThat(changes).isZero();
    }

    @Test
    void importAsksBeforeDroppingUnsavedChangesOfTheForm() throws IOException {
        Path file = changedTt12File();
        model.nameProperty().set("Đang sửa");
        dialogs.answer(false);
        dialogs.chooseFile(file);

        model.files().importFile();

        assertThat(dialogs.shown("confirm")).singleElement().extracting(RecordingDialogService.Shown::title)
                .isEqualTo("Bỏ thay đổi chưa lưu");
        assertThat(dialogs.confirmedActions()).containsExactly("Bỏ thay đổi");
        assertThat(dialogs.shown("open")).isEmpty();
        assertThat(previews).isEmpty();
    }

    /** TT 12/2025 as another office completed it: the lodging cap for shared rooms outside the big cities typed in. */
    private Path changedTt12File() throws IOException {
        Path exported = dir.resolve("tt12.json");
        budget.exportRateSet(BuiltInRateSets.TT12_ID, exported);
        String text = Files.readString(exported).replaceFirst("(?<key>\"key\": \"LODGING_INVOICE_SHARED_OTHER\",\\s*)"
                + "\"amount\": null,(?<space>\\s*)\"basis\": \"[^\"]*\",\\s*\"verified\": false",
                "${key}\"amount\": 1500000,${space}\"basis\": \"Điều 7 khoản 2 TT 12/2025\",${space}\"verified\": true");
        assertThat(text).contains("1500000");
        return Files.writeString(dir.resolve("Dinh-muc_TT-12-2025.json"), text);
    }

    private Long cap() {
        return budget.rateSets().stream().filter(s -> s.id().equals(BuiltInRateSets.TT12_ID)).findFirst().orElseThrow()
                .value(RateKey.LODGING_INVOICE_SHARED_OTHER).orElseThrow().amount();
    }
}
