package vn.delegationdesk.app;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.delegationdesk.app.reading.DocumentReading;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.reading.DocumentKind;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.review.ui.PasteTextDialog;
import vn.delegationdesk.reading.review.ui.ReadingReviewView;
import vn.delegationdesk.reading.review.ui.ReadingReviewViewModel;
import vn.delegationdesk.reading.source.SourceReading;

/**
 * "Đọc văn bản có sẵn…" and "Dán văn bản…": a .docx, .pdf or .txt file (or pasted text) read in the background through its
 * source, recognised as a delegation plan or a plan by its content, and shown in the review window; what "Tạo …" stores
 * opens in its editor. A file that cannot be read is said in an alert and nothing is stored.
 * The source (by extension) and the kind (by content) are chosen by {@link DocumentReading}, as on the command line; a
 * text that looks like neither kind is refused in words.
 */
final class ReadingCommands {
    private final DocumentReading reading = new DocumentReading();
    private final AppServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final LongConsumer planCreated;
    private final LongConsumer delegationCreated;
    private Stage open;

    ReadingCommands(AppServices services, TaskRunner tasks, DialogService dialogs, Messages messages, Supplier<Window> owner,
            LongConsumer planCreated, LongConsumer delegationCreated) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.owner = owner;
        this.planCreated = planCreated;
        this.delegationCreated = delegationCreated;
    }

    /** Asks for a .docx, .pdf or .txt file and reviews it. */
    void readFile() {
        dialogs.chooseOpenFile(messages.get("reading.open.title"), messages.get("reading.open.filter"), "*.docx", "*.pdf", "*.txt", "*.doc")
                .ifPresent(file -> review(() -> reading.open(file)));
    }

    /** Asks for pasted text and reviews it. */
    void pasteText() {
        PasteTextDialog.ask(owner.get(), messages)
                .ifPresent(text -> review(() -> reading.pasted(messages.get("reading.paste.name"), text)));
    }

    /** Reads {@code source} in the background and opens the review on what it gave (also for the tests). */
    void review(java.util.concurrent.Callable<SourceReading> source) {
        tasks.run(() -> prepare(source.call()), this::show, failure -> dialogs.showError(messages.get("reading.open.failed"),
                messages.describeFailure(failure, "\n")));
    }

    /** The review window last opened, while it is open. */
    Stage openReview() {
        return open != null && open.isShowing() ? open : null;
    }

    /** A review ready to show, and whether what it creates is a plan (else a delegation). */
    private record Prepared(ReadingReviewViewModel review, boolean plan) {
    }

    private Prepared prepare(SourceReading reading) {
        reading.notice().ifPresent(notice -> {
            throw new LocalizedException(notice.key(), notice.args(), "nothing to read", null);
        });
        SourceDocument document = reading.document();
        DocumentKind kind = this.reading.kindOf(document).orElseThrow(() ->
                new LocalizedException("reading.open.notAPlan", List.of(document.name()), "neither kind", null));
        DocumentReading.Draft draft = this.reading.read(document, kind);
        if (kind == DocumentKind.DELEGATION) {
            DelegationService delegations = services.delegations();
            return new Prepared(ReadingReviewViewModel.forDelegation(document, draft.delegation().orElseThrow(), delegations,
                    tasks, messages), false);
        }
        PlanService plans = services.plans();
        return new Prepared(ReadingReviewViewModel.forPlan(document, draft.plan().orElseThrow(), plans, tasks, messages), true);
    }

    private void show(Prepared prepared) {
        ReadingReviewViewModel review = prepared.review();
        Stage stage = ReadingReviewView.open(owner.get(), review, messages, () -> !review.edited()
                || dialogs.confirm(messages.get("reading.review.discard.title"), messages.get("reading.review.discard.message"),
                        messages.get("reading.review.discard.action")));
        prepared.review().setOnCreated(id -> {
            stage.close();
            (prepared.plan() ? planCreated : delegationCreated).accept(id);
        });
        open = stage;
    }
}
