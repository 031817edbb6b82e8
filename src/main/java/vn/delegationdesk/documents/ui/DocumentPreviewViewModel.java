package vn.delegationdesk.documents.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The page preview of "Văn bản": the document shown ({@link DocumentChoices}) is made from the source as it is now
 * (the editor's draft, the settings, the estimate on screen) and its page rasterised, in the background; a render
 * started before the latest change is dropped. Paging rasterises another page of the same PDF without making it again.
 *
 * <p>The view calls {@link #refresh()} when the tab shows and a moment after the last change ({@link #changesProperty()}),
 * not on every keystroke. Choosing another document, or another member while the travel orders are shown, starts at
 * its first page, at once ({@link #choiceChangesProperty()}).
 */
public final class DocumentPreviewViewModel extends ViewModel {
    private final DocumentService documents;
    private final PageRasterizer rasterizer;
    private final DocumentChoices choices;
    private final Supplier<Optional<DocumentSource>> source;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<PreviewPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex", 0);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated", true);
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering", false);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes", 0);
    private final ReadOnlyStringWrapper shownName = new ReadOnlyStringWrapper(this, "shownName", "");
    /** The page as wide as the room, to read it without zooming; off, the whole page fits the room. */
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);
    private final ReadOnlyLongWrapper choiceChanges = new ReadOnlyLongWrapper(this, "choiceChanges", 0);

    /** The PDF the preview shows, for paging without rendering again. */
    private byte[] pdf;
    private long renderTicket;
    private long changeCount;

    /** {@code source} is what the documents are made from now; empty while there is nothing to make them from. */
    DocumentPreviewViewModel(DocumentService documents, PageRasterizer rasterizer, DocumentChoices choices,
            Supplier<Optional<DocumentSource>> source, TaskRunner tasks, Messages messages) {
        super(tasks);
        this.documents = Objects.requireNonNull(documents, "documents");
        this.rasterizer = Objects.requireNonNull(rasterizer, "rasterizer");
        this.choices = choices;
        this.source = source;
        this.messages = messages;
        choices.selectedProperty().addListener((observable, old, kind) -> {
            pageIndex.set(0);
            chosen();
        });
        choices.memberChoiceProperty().addListener((observable, old, choice) -> {
            if (choices.selectedProperty().get() == DocumentKind.TRAVEL_ORDERS) {
                pageIndex.set(0);
                chosen();
            }
        });
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** The page the preview shows; null before the first render or when there is nothing to show. */
    public ReadOnlyObjectProperty<PreviewPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** "Trang 2/37". */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    /** The name of the document whose page is shown ("Dự toán kinh phí"); empty while none is. */
    public ReadOnlyStringProperty shownNameProperty() {
        return shownName.getReadOnlyProperty();
    }

    /** What the preview says instead of, or above, a page: it is being made, or why it could not be. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when something changed since the preview shown was started. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** Counts changes that make the preview outdated: the view waits for a pause in them before rendering again. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /**
     * Counts choices of another document or member: a click, not typing, so the view renders at once instead of
     * waiting for a pause (which would make every preview take the pause longer).
     */
    public ReadOnlyLongProperty choiceChangesProperty() {
        return choiceChanges.getReadOnlyProperty();
    }

    /** "Vừa chiều rộng" (on at first): the page is as wide as the room and scrolls; otherwise the whole page fits the room. */
    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    // ---- rendering -------------------------------------------------------------------------------------

    /** Renders the document shown from the source as it is now and shows its page; a later change drops it. */
    public void refresh() {
        Optional<DocumentSource> now = source.get();
        if (now.isEmpty()) {
            clear();
            return;
        }
        long ticket = ++renderTicket;
        long atChange = changeCount;
        DocumentFile file = choices.shownPdf();
        String member = choices.memberId();
        int wanted = pageIndex.get();
        outdated.set(false);
        rendering.set(true);
        if (page.get() == null) {
            message.set(messages.get("ui.documents.preview.making"));
        }
        runInBackground(() -> {
            byte[] rendered = documents.render(file, now.get(), member);
            return new Rendered(rendered, rasterizer.render(rendered, wanted));
        }, rendered -> {
            if (ticket != renderTicket) {
                return;
            }
            rendering.set(false);
            if (atChange != changeCount) {
                outdated.set(true);
                return;
            }
            pdf = rendered.pdf();
            shownName.set(choices.name(file.kind()));
            show(rendered.page());
        }, error -> {
            if (ticket != renderTicket) {
                return;
            }
            rendering.set(false);
            pdf = null;
            page.set(null);
            shownName.set("");
            pageCount.set(0);
            pageLabel.set("");
            message.set(messages.describeFailure(error, " "));
        });
    }

    public void nextPage() {
        goToPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        goToPage(pageIndex.get() - 1);
    }

    /** Nothing shown, and any render under way dropped: a delegation is opened, or there is nothing to make. */
    void clear() {
        renderTicket++;
        rendering.set(false);
        pdf = null;
        page.set(null);
        shownName.set("");
        pageCount.set(0);
        pageIndex.set(0);
        pageLabel.set("");
        message.set("");
        outdated.set(true);
    }

    /** Something the documents are made from changed: the preview shown is outdated. */
    void changed() {
        changeCount++;
        outdated.set(true);
        changes.set(changeCount);
    }

    /** Another document or member was chosen: the preview shown is outdated, and worth making at once. */
    private void chosen() {
        changeCount++;
        outdated.set(true);
        choiceChanges.set(changeCount);
    }

    private void goToPage(int index) {
        byte[] shown = pdf;
        if (shown == null || index < 0 || index >= pageCount.get() || rendering.get()) {
            return;
        }
        long ticket = ++renderTicket;
        rendering.set(true);
        runInBackground(() -> rasterizer.render(shown, index), next -> {
            if (ticket == renderTicket) {
                rendering.set(false);
                show(next);
            }
        }, error -> {
            if (ticket == renderTicket) {
                rendering.set(false);
                message.set(messages.describeFailure(error, " "));
            }
        });
    }

    private void show(PreviewPage shown) {
        page.set(shown);
        pageCount.set(shown.pageCount());
        pageIndex.set(shown.index());
        pageLabel.set(messages.get("ui.documents.preview.page", shown.index() + 1, shown.pageCount()));
        message.set("");
    }

    private record Rendered(byte[] pdf, PreviewPage page) {
    }
}
