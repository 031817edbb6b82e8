package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SampleEstimates;

/** The commands of the documents tab without a screen, over the small stand-in pack. */
class DocumentCommandsViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final DocumentChoices choices = new DocumentChoices(messages);
    private final List<String> notices = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private boolean printerPrints = true;
    private Optional<DocumentSource> source = Optional.of(new DocumentSource(SampleDelegation.create(),
            DocumentSettings.defaults(), SampleEstimates.priced()));
    private final DocumentCommandsViewModel commands = new DocumentCommandsViewModel(
            FakeDocuments.service(new InMemoryDocumentSettingsRepository()), (pdf, job) -> printerPrints,
            file -> {
                if (file.getFileName().toString().startsWith("Chuong-trinh-cong-tac_")) {
                    throw new IOException("Không có ứng dụng xem PDF.");
                }
                opened.add(file);
            }, choices, () -> source, new DirectTaskRunner(), dialogs, messages, notices::add);

    @Test
    void oneFileIsSavedUnderTheChosenNameWithItsExtensionAdded() throws Exception {
        choices.selectedProperty().set(DocumentKind.DECISION);
        dialogs.chooseFile(dir.resolve("quyet-dinh"));
        commands.saveWord();
        assertThat(dialogs.shown("save")).singleElement().satisfies(question -> {
            assertThat(question.title()).isEqualTo("Lưu Quyết định cử đoàn (kèm danh sách) ra tệp Word");
            assertThat(question.message()).isEqualTo("Quyet-dinh-cu-doan_Dak-Lak-Lam-Dong_10-2025.docx");
        });
        assertThat(Files.readString(dir.resolve("quyet-dinh.docx"))).startsWith("DOCX");
        assertThat(notices).containsExactly("Đã lưu tệp " + dir.resolve("quyet-dinh.docx") + ".");
    }

    @Test
    void whenTheAddedExtensionNamesAFileThatExistsTheUserIsAskedAndCancelKeepsIt() throws Exception {
        Path old = Files.writeString(dir.resolve("ke-hoach.pdf"), "bản cũ");
        dialogs.answerReplace(false);
        dialogs.chooseFile(dir.resolve("ke-hoach"));

        commands.savePdf();

        assertThat(dialogs.shown("replace")).singleElement().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Thư mục " + dir + " đã có tệp ke-hoach.pdf.\nThay thế tệp đó bằng tệp mới? Chọn “Hủy” để giữ tệp cũ.");
        assertThat(Files.readString(old)).isEqualTo("bản cũ");
        assertThat(notices).isEmpty();

        dialogs.answerReplace(true);
        dialogs.chooseFile(dir.resolve("ke-hoach"));
        commands.savePdf();
        assertThat(PdfPages.allText(Files.readAllBytes(old))).startsWith("PLAN");
        assertThat(notices).containsExactly("Đã lưu tệp " + old + ".");
    }

    @Test
    void aNameTypedWithItsExtensionIsTheChoosersOwnQuestion() throws Exception {
        Path old = Files.writeString(dir.resolve("KE-HOACH.PDF"), "bản cũ");
        dialogs.chooseFile(old);

        commands.savePdf();

        assertThat(dialogs.shown("replace")).isEmpty();
        assertThat(PdfPages.allText(Files.readAllBytes(old))).startsWith("PLAN");
    }

    @Test
    void wordIsOnlyForThePlanAndTheDecision() {
        choices.selectedProperty().set(DocumentKind.ITINERARY);
        assertThat(commands.hasWordFiles()).isFalse();
        commands.saveWord();
        assertThat(notices).containsExactly("Chỉ kế hoạch và quyết định có bản Word; hãy chọn hoặc đánh dấu một trong hai văn bản này.");
        assertThat(dialogs.shown()).isEmpty();

        choices.rows().get(0).chosenProperty().set(true);
        assertThat(commands.hasWordFiles()).isTrue();
    }

    @Test
    void aCancelledPrintAndAFailedOpenSaySo() throws Exception {
        printerPrints = false;
        commands.print();
        assertThat(notices).containsExactly("Đã hủy in Kế hoạch.");

        commands.openExternally();
        assertThat(notices).endsWith("Đã mở Kế hoạch bằng ứng dụng xem PDF.");
        assertThat(opened).singleElement().satisfies(file -> assertThat(PdfPages.allText(Files.readAllBytes(file)))
                .startsWith("PLAN"));

        choices.selectedProperty().set(DocumentKind.ITINERARY);
        commands.openExternally();
        assertThat(dialogs.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Không mở được văn bản");
            assertThat(e.message()).isEqualTo("Không có ứng dụng xem PDF.");
        });
    }

    @Test
    void withNothingToMakeFromTheCommandsDoNothing() {
        source = Optional.empty();
        dialogs.chooseFile(dir.resolve("ke-hoach.pdf"));

        commands.savePdf();
        commands.print();
        commands.openExternally();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(notices).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void aFullTemporaryDiskIsSaidAsSuchWhenOpeningInAnotherApplication() {
        assertThatThrownBy(() -> DocumentCommandsViewModel.temporaryFolder(() -> {
            throw new java.nio.file.FileSystemException("/tmp/delegation-desk-1", null, "No space left on device");
        })).satisfies(failure -> assertThat(messages.describeFailure(failure, "\n")).isEqualTo(
                "Không tạo được bản tạm của văn bản trong thư mục tạm " + System.getProperty("java.io.tmpdir")
                        + " (ổ đĩa đã đầy – hãy giải phóng dung lượng rồi thử lại); văn bản vẫn xem được và lưu được bằng «Lưu PDF…»."));
    }
}
