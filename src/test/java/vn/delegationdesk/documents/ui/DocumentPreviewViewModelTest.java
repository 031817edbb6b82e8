package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.QueuedTaskRunner;
import vn.delegationdesk.testing.SampleEstimates;

/** The page preview without a screen, over the small stand-in pack and a real PDFBox rasteriser. */
class DocumentPreviewViewModelTest {
    private final Messages messages = new Messages();
    private final Delegation sample = SampleDelegation.create();
    private final DocumentChoices choices = new DocumentChoices(messages);
    private Optional<DocumentSource> source = Optional.of(new DocumentSource(sample, DocumentSettings.defaults(),
            SampleEstimates.priced()));

    private DocumentPreviewViewModel preview(TaskRunner tasks) {
        choices.showMembers(sample);
        return new DocumentPreviewViewModel(FakeDocuments.service(new InMemoryDocumentSettingsRepository()),
                new PdfPageRasterizer(24), choices, () -> source, tasks, messages);
    }

    @Test
    void whileThePageIsMadeThePreviewSaysSoAndPagingWaits() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        DocumentPreviewViewModel preview = preview(queued);
        assertThat(preview.outdatedProperty().get()).isTrue();
        // The page is read at the preview's width from the start; the whole page is one toggle away.
        assertThat(preview.fitWidthProperty().get()).isTrue();
        assertThat(preview.shownNameProperty().get()).isEmpty();

        preview.refresh();
        assertThat(preview.messageProperty().get()).isEqualTo("Đang tạo bản xem trước…");
        assertThat(preview.renderingProperty().get()).isTrue();
        assertThat(preview.outdatedProperty().get()).isFalse();
        preview.nextPage();
        assertThat(queued.pending()).isEqualTo(1);

        queued.runAll();
        assertThat(preview.renderingProperty().get()).isFalse();
        assertThat(preview.messageProperty().get()).isEmpty();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("Trang 1/1");
        assertThat(preview.shownNameProperty().get()).isEqualTo("Kế hoạch");
        assertThat(preview.pageProperty().get().width()).isEqualTo(198);
    }

    @Test
    void anotherDocumentOrAnotherMembersTravelOrdersStartAtTheFirstPage() {
        DocumentPreviewViewModel preview = preview(new DirectTaskRunner());
        choices.selectedProperty().set(DocumentKind.TRAVEL_ORDERS);
        preview.refresh();
        preview.nextPage();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("Trang 2/37");

        long changes = preview.changesProperty().get();
        long choiceChanges = preview.choiceChangesProperty().get();
        choices.memberChoiceProperty().set(choices.memberChoices().get(5));
        assertThat(preview.pageIndexProperty().get()).isZero();
        assertThat(preview.outdatedProperty().get()).isTrue();
        assertThat(preview.choiceChangesProperty().get()).as("a choice is made at once").isGreaterThan(choiceChanges);
        assertThat(preview.changesProperty().get()).as("not after the pause typing waits for").isEqualTo(changes);
        preview.refresh();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("Trang 1/1");

        choices.selectedProperty().set(DocumentKind.PLAN);
        preview.refresh();
        choices.memberChoiceProperty().set(choices.memberChoices().get(0));
        assertThat(preview.outdatedProperty().get()).isFalse();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("Trang 1/1");
    }

    @Test
    void aRenderOvertakenByAChangeIsDroppedAndNothingToMakeShowsNoPage() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        DocumentPreviewViewModel preview = preview(queued);
        preview.refresh();
        preview.changed();
        queued.runAll();
        assertThat(preview.pageProperty().get()).isNull();
        assertThat(preview.renderingProperty().get()).isFalse();
        assertThat(preview.outdatedProperty().get()).isTrue();

        preview.refresh();
        queued.runAll();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("Trang 1/1");

        source = Optional.empty();
        preview.refresh();
        assertThat(queued.pending()).isZero();
        assertThat(preview.pageProperty().get()).isNull();
        assertThat(preview.pageLabelProperty().get()).isEmpty();
        assertThat(preview.outdatedProperty().get()).isTrue();
    }
}
