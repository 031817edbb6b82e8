package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * The text policy on the document settings: a refused text typed into the Văn bản tab's fields is a problem of the
 * editor named by its field, saving waits for it, and the service refuses to store such settings whatever calls it.
 */
class DocumentSettingsTextTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InMemoryDocumentSettingsRepository stored = new InMemoryDocumentSettingsRepository();
    private final DocumentService documents = FakeDocuments.service(stored);
    private DelegationEditorViewModel editor;
    private DocumentsViewModel model;

    @BeforeEach
    void setUp() {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(SampleDelegation.create());
        editor = new DelegationEditorViewModel(new DelegationService(repository), new DirectTaskRunner(), dialogs, messages);
        EstimateViewModel estimate = new EstimateViewModel(editor.draft(), TestServices.budget(), new DirectTaskRunner(),
                dialogs, messages, (e, d, file) -> { });
        editor.addPart(estimate);
        model = new DocumentsViewModel(editor.draft(), estimate.estimateProperty(), documents, new PdfPageRasterizer(24),
                (pdf, job) -> true, file -> { }, new DirectTaskRunner(), dialogs, messages);
        editor.addPart(model);
        editor.open(repository.findById(1).orElseThrow());
    }

    @Test
    void aZeroWidthSpacePastedIntoTheProposerIsAProblemUntilRemoved() {
        model.form().proposerProperty().set("Trưởng phòng\u200B Tổ chức - Pháp chế");

        assertThat(editor.problems()).containsExactly("Xét đề nghị của: có ký tự ẩn không nhìn thấy (U+200B) ở vị trí 13");
        assertThat(editor.problemAreas()).containsExactly("documents");
        assertThat(editor.save()).isFalse();
        assertThat(stored.find(1)).isEmpty();

        model.form().proposerProperty().set("Trưởng phòng Tổ chức - Pháp chế");

        assertThat(editor.problems()).isEmpty();
        assertThat(editor.save()).isTrue();
        assertThat(stored.find(1).orElseThrow().decisionProposer()).isEqualTo("Trưởng phòng Tổ chức - Pháp chế");
    }

    @Test
    void aRecipientLineTooLongIsNamedByItsLine() {
        model.form().recipientsProperty().set("Như Điều 3;\n" + "Đ".repeat(2001));

        assertThat(editor.problems()).containsExactly("Nơi nhận của quyết định (dòng 2): dài 2.001 ký tự, tối đa 2.000");
    }

    @Test
    void theServiceRefusesToStoreSettingsWithARefusedText() {
        DocumentSettings bad = DocumentSettings.defaults().withTravelOrderDepartment("Phòng\u001bTổ chức");

        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> documents.saveSettings(1, bad));

        assertThat(messages.describeAll(refusal.errors())).containsExactly(
                "travelOrderDepartment: Bộ phận: có ký tự điều khiển không in được (U+001B) ở vị trí 6");
        assertThat(stored.find(1)).isEmpty();
    }
}
