package vn.delegationdesk.app;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.DelegationPlanReader;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.review.ui.PasteTextDialog;
import vn.delegationdesk.reading.review.ui.ReadingReviewView;
import vn.delegationdesk.reading.review.ui.ReadingReviewViewModel;
import vn.delegationdesk.reading.source.SourceReading;
import vn.delegationdesk.reading.source.TextSource;
import vn.delegationdesk.reading.source.docx.DocxSource;

/**
 * "Đọc văn bản có sẵn…" and "Dán văn bản…": a .docx or .txt file (or pasted text) read in the background through its
 * source, recognised as a delegation plan or a plan by its content, and shown in the review window; what "Tạo …" stores
 * opens in its editor. A file that cannot be read is said in an alert and nothing is stored.
 *
 * <p>The source by extension and the kind by content are chosen here by a small private rule until the app-level
 * reading facade (issue 21, built beside this) replaces it.
 */
final class ReadingCommands {
    /** A delegation plan names the delegation it organises near its title ("Tổ chức Đoàn khảo sát …"). */
    private static final Pattern DELEGATION = Pattern.compile("(^|\\s)đoàn\\s+(khảo sát|công tác|học tập|nghiên cứu)");
    private static final int TITLE_PASSAGES = 40;
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

    /** Asks for a .docx or .txt file and reviews it. */
    void readFile() {
        dialogs.chooseOpenFile(messages.get("reading.open.title"), messages.get("reading.open.filter"), "*.docx", "*.txt", "*.doc")
                .ifPresent(file -> review(() -> read(file)));
    }

    /** Asks for pasted text and reviews it. */
    void pasteText() {
        PasteTextDialog.ask(owner.get(), messages)
                .ifPresent(text -> review(() -> new TextSource().fromText(messages.get("reading.paste.name"), text)));
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
            throw new vn.delegationdesk.common.LocalizedException(notice.key(), notice.args(), "nothing to read", null);
        });
        SourceDocument document = reading.document();
        if (delegationPlan(document)) {
            DelegationService delegations = services.delegations();
            return new Prepared(ReadingReviewViewModel.forDelegation(document, new DelegationPlanReader().read(document), delegations,
                    tasks, messages), false);
        }
        PlanService plans = services.plans();
        return new Prepared(ReadingReviewViewModel.forPlan(document, new PlanReader().read(document), plans, tasks, messages), true);
    }

    private void show(Prepared prepared) {
        Stage stage = ReadingReviewView.open(owner.get(), prepared.review(), messages);
        prepared.review().setOnCreated(id -> {
            stage.close();
            (prepared.plan() ? planCreated : delegationCreated).accept(id);
        });
        open = stage;
    }

    /** A .docx through the guarded reader, anything else as text (an old .doc is refused by the .docx source's check). */
    private static SourceReading read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") ? new TextSource().read(file) : new DocxSource().read(file);
    }

    static boolean delegationPlan(SourceDocument document) {
        StringBuilder head = new StringBuilder();
        for (Passage passage : document.passages().subList(0, Math.min(TITLE_PASSAGES, document.passages().size()))) {
            head.append(passage.text()).append(' ');
        }
        String text = Normalizer.normalize(head, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return DELEGATION.matcher(text).find();
    }
}
