package vn.delegationdesk.documents.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The commands of "Văn bản": "Lưu PDF…" and "Lưu Word…" (one file, or several into a folder), "Mở bằng ứng dụng khác"
 * and "In…". They make the documents chosen ({@link DocumentChoices}) from the source as it is now (the editor's
 * draft, the settings, the estimate on screen) in the background, tell what was done through {@code notice}, and show
 * a failure as a dialog. Without a source (no delegation open, no estimate yet) they do nothing.
 */
public final class DocumentCommandsViewModel extends ViewModel {
    private final DocumentService documents;
    private final DocumentPrinter printer;
    private final DocumentOpener opener;
    private final DocumentChoices choices;
    private final Supplier<Optional<DocumentSource>> source;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<String> notice;

    DocumentCommandsViewModel(DocumentService documents, DocumentPrinter printer, DocumentOpener opener,
            DocumentChoices choices, Supplier<Optional<DocumentSource>> source, TaskRunner tasks, DialogService dialogs,
            Messages messages, Consumer<String> notice) {
        super(tasks);
        this.documents = Objects.requireNonNull(documents, "documents");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.choices = choices;
        this.source = source;
        this.dialogs = dialogs;
        this.messages = messages;
        this.notice = notice;
    }

    /** Whether "Lưu Word…" has something to write: the plan or the decision is ticked, or shown when none is. */
    public boolean hasWordFiles() {
        return !choices.files(DocumentFormat.DOCX).isEmpty();
    }

    /**
     * "Lưu PDF…": the ticked documents (the one shown when none is ticked). One document asks for its file; several
     * ask for a folder and write one file each, named for the document and the trip ("Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf"),
     * asking first when that would replace files in the folder.
     */
    public void savePdf() {
        save(choices.files(DocumentFormat.PDF), "ui.documents.savePdf.choose", "ui.documents.filter.pdf", "*.pdf");
    }

    /** "Lưu Word…": the plan and the decision among the ticked documents (or the one shown), as .docx for Word. */
    public void saveWord() {
        List<DocumentFile> files = choices.files(DocumentFormat.DOCX);
        if (files.isEmpty()) {
            notice.accept(messages.get("ui.documents.saveWord.none"));
            return;
        }
        save(files, "ui.documents.saveWord.choose", "ui.documents.filter.word", "*.docx");
    }

    /** "Mở bằng ứng dụng khác": writes the document shown to a temporary file and opens it in the system's viewer. */
    public void openExternally() {
        Optional<DocumentSource> now = source.get();
        if (now.isEmpty()) {
            return;
        }
        DocumentFile file = choices.shownPdf();
        String member = choices.memberId();
        String name = fileName(file, now.get().delegation(), member);
        runInBackground(() -> {
            Path target = temporaryFolder(() -> Files.createTempDirectory("delegation-desk-")).resolve(name);
            documents.write(file, now.get(), member, target);
            target.toFile().deleteOnExit();
            target.getParent().toFile().deleteOnExit();
            opener.open(target);
            return target;
        }, target -> notice.accept(messages.get("ui.documents.opened", choices.name(file.kind()))),
                failure("ui.documents.open.failed"));
    }

    /** The folder {@code create} makes for a document to open; a full or read-only temporary disk said as such. */
    static Path temporaryFolder(Callable<Path> create) {
        try {
            return create.call();
        } catch (Exception e) {
            throw new LocalizedException("ui.documents.open.noTemporaryFolder",
                    List.of(System.getProperty("java.io.tmpdir"), WriteFailures.reason(e)), "cannot create a temporary folder", e);
        }
    }

    /** "In…": the document shown, through the system's print dialog. */
    public void print() {
        Optional<DocumentSource> now = source.get();
        if (now.isEmpty()) {
            return;
        }
        DocumentFile file = choices.shownPdf();
        String member = choices.memberId();
        String title = choices.name(file.kind());
        runInBackground(() -> printer.print(documents.render(file, now.get(), member), title),
                printed -> notice.accept(messages.get(printed ? "ui.documents.printed" : "ui.documents.printCancelled", title)),
                failure("ui.documents.print.failed"));
    }

    private void save(List<DocumentFile> files, String chooseKey, String filterKey, String pattern) {
        Optional<DocumentSource> now = source.get();
        if (now.isEmpty() || files.isEmpty()) {
            return;
        }
        String member = choices.memberId();
        Delegation delegation = now.get().delegation();
        if (files.size() == 1) {
            DocumentFile file = files.get(0);
            Optional<Path> chosen = dialogs.chooseSaveFile(messages.get(chooseKey, choices.name(file.kind())),
                    fileName(file, delegation, member), messages.get(filterKey), pattern)
                    .flatMap(path -> FileTargets.withExtension(path, file.format().extension(), dialogs, messages));
            if (chosen.isEmpty()) {
                return;
            }
            Path target = chosen.get();
            runInBackground(() -> {
                documents.write(file, now.get(), member, target);
                return target;
            }, written -> notice.accept(messages.get("ui.documents.saved", written.toString())),
                    failure("ui.documents.save.failed"));
            return;
        }
        Optional<Path> folder = dialogs.chooseDirectory(messages.get("ui.documents.saveSeveral.choose", files.size()));
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        Map<DocumentFile, String> names = new LinkedHashMap<>();
        files.forEach(file -> names.put(file, fileName(file, delegation, member)));
        if (!FileTargets.mayWriteInto(dir, List.copyOf(names.values()), dialogs, messages)) {
            return;
        }
        runInBackground(() -> documents.writeAll(files, now.get(), member, dir, names::get),
                written -> notice.accept(messages.get("ui.documents.savedSeveral", written.size(), dir.toString())),
                failure("ui.documents.save.failed"));
    }

    /** A failed command as an error dialog titled {@code titleKey}, saying why, one reason a line. */
    private Consumer<Throwable> failure(String titleKey) {
        return error -> dialogs.showError(messages.get(titleKey), messages.describeFailure(error, "\n"));
    }

    /**
     * "Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf": the document and the trip; the travel orders of one member are named for
     * that member too ({@link DocumentFileNames}).
     */
    String fileName(DocumentFile file, Delegation delegation, String memberId) {
        return DocumentFileNames.of(messages, file, delegation, memberId);
    }
}
