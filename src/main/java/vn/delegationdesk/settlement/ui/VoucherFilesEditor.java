package vn.delegationdesk.settlement.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.VoucherFiles;

/**
 * The scans and PDFs of the selected voucher of the selected cost line ("Chi phí thực tế"): listed with their size and
 * who attached them when, attached from a file the user chooses ("Đính kèm tệp…", read and stored in the background),
 * saved out to a file the user chooses ("Lưu tệp ra…") and removed after asking ("Gỡ tệp"). A file is attached only to a
 * voucher of the stored settlement (its supplier and number are what the file is kept under), only by the finance role
 * and only while the books are open; each greyed action says why. Files whose voucher is no longer in the stored
 * settlement are listed apart ({@link #orphans()}) so that none is lost silently.
 */
public final class VoucherFilesEditor {
    private static final DateTimeFormatter ATTACHED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * 1024;

    /** A file as listed: "hoadon.pdf", "120 kB", "lan, 14:05 03/11/2025", and for a file without its voucher, which one it had. */
    public record FileRow(long id, String fileName, String size, String attached, String voucher) {
    }

    private final VoucherFiles files;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final SettlementEdits edits;
    private final CostLinesEditor costs;
    private final BooksState.Background background;
    private final Supplier<Delegation> opened;
    private final Supplier<Optional<Settlement>> stored;
    private final BooksState books;
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FileRow> orphans = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>(this, "selectedFile");
    private final ReadOnlyStringWrapper attachUnavailable = new ReadOnlyStringWrapper(this, "attachUnavailable", "");
    private final ReadOnlyStringWrapper removeUnavailable = new ReadOnlyStringWrapper(this, "removeUnavailable", "");
    private List<VoucherFile> all = List.of();
    private long generation;

    VoucherFilesEditor(VoucherFiles files, DialogService dialogs, ZoneId zone, SettlementEdits edits, CostLinesEditor costs,
            BooksState books, BooksState.Background background, Supplier<Delegation> opened, Supplier<Optional<Settlement>> stored) {
        this.files = files;
        this.dialogs = dialogs;
        this.zone = zone;
        this.edits = edits;
        this.costs = costs;
        this.background = background;
        this.opened = opened;
        this.stored = stored;
        this.books = books;
        costs.selectedLineProperty().addListener((observable, old, value) -> refresh());
        costs.selectedVoucherProperty().addListener((observable, old, value) -> refresh());
        selected.addListener((observable, old, value) -> refreshActions());
    }

    /** The files of the selected voucher, the first attached first. */
    public ObservableList<FileRow> files() {
        return rows;
    }

    /** "Tệp không còn chứng từ": files whose voucher (supplier and number) is not in the stored settlement any more. */
    public ObservableList<FileRow> orphans() {
        return orphans;
    }

    /** The file "Lưu tệp ra…" and "Gỡ tệp" act on, from either list; null for none. */
    public ObjectProperty<FileRow> selectedFileProperty() {
        return selected;
    }

    /** Why "Đính kèm tệp…" is greyed, or "" while it works. */
    public ReadOnlyStringProperty attachUnavailableProperty() {
        return attachUnavailable.getReadOnlyProperty();
    }

    /** Why "Gỡ tệp" is greyed, or "" while it works. */
    public ReadOnlyStringProperty removeUnavailableProperty() {
        return removeUnavailable.getReadOnlyProperty();
    }

    /** "Đính kèm tệp…": asks for a PDF, PNG or JPEG and stores a copy of it as a file of the selected voucher. */
    public void attach() {
        Optional<Voucher> voucher = costs.selectedVoucher();
        Delegation d = opened.get();
        if (!attachUnavailable.get().isEmpty() || voucher.isEmpty() || d == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseOpenFile(text("ui.settlement.files.attach.choose"), text("ui.settlement.files.filter"),
                "*.pdf", "*.png", "*.jpg", "*.jpeg");
        if (chosen.isEmpty()) {
            return;
        }
        long id = d.id();
        Voucher target = voucher.get();
        background.run(() -> {
            VoucherFile file = files.attach(id, target, chosen.get());
            return new Loaded(files.list(id), file);
        }, loaded -> {
            show(loaded.files());
            rows.stream().filter(r -> r.id() == loaded.changed().id()).findFirst().ifPresent(selected::set);
            edits.notice.set(edits.messages().get("ui.settlement.files.attached", loaded.changed().fileName(), target.number()));
        }, error -> failed("ui.settlement.files.attach.failed", error));
    }

    /** "Lưu tệp ra…": writes the selected file's stored bytes to a file the user chooses. */
    public void saveOut() {
        FileRow row = selected.get();
        if (row == null) {
            return;
        }
        String extension = extensionOf(row.fileName());
        Optional<Path> target = dialogs.chooseSaveFile(text("ui.settlement.files.save.choose"), row.fileName(),
                text("ui.settlement.files.filter"), "*." + extension)
                .flatMap(chosen -> FileTargets.withExtension(chosen, extension, dialogs, edits.messages()));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        background.run(() -> {
            files.exportTo(row.id(), file);
            return file;
        }, written -> edits.notice.set(edits.messages().get("ui.settlement.exported", written.toString())),
                error -> failed("ui.settlement.files.save.failed", error));
    }

    /** "Gỡ tệp": after asking, removes the selected file from the store. */
    public void remove() {
        FileRow row = selected.get();
        Delegation d = opened.get();
        if (row == null || d == null || !removeUnavailable.get().isEmpty()) {
            return;
        }
        if (!dialogs.confirm(text("ui.settlement.files.remove.title"), edits.messages().get("ui.settlement.files.remove.message",
                row.fileName()), text("ui.settlement.files.remove"))) {
            return;
        }
        long id = d.id();
        background.run(() -> {
            files.remove(row.id());
            return files.list(id);
        }, list -> {
            show(list);
            edits.notice.set(edits.messages().get("ui.settlement.files.removed", row.fileName()));
        }, error -> failed("ui.settlement.files.remove.failed", error));
    }

    /** Reads the delegation's files again (after it was opened, saved, closed or reopened). */
    void reload() {
        long loading = ++generation;
        Delegation d = opened.get();
        if (d == null || d.id() == null) {
            show(List.of());
            return;
        }
        long id = d.id();
        background.run(() -> files.list(id), list -> {
            if (loading == generation) {
                show(list);
            }
        }, error -> edits.notice.set(edits.messages().get("ui.settlement.files.loadFailed",
                edits.messages().describeFailure(error, " "))));
    }

    /** Forgets the files listed (another delegation is being opened). */
    void forget() {
        generation++;
        show(List.of());
    }

    private void show(List<VoucherFile> list) {
        all = List.copyOf(list);
        refresh();
    }

    /** The lists and the actions' reasons for the selected voucher and the stored settlement. */
    void refresh() {
        Optional<Voucher> voucher = costs.selectedVoucher();
        FileRow was = selected.get();
        rows.setAll(voucher.map(v -> all.stream().filter(f -> f.supports(v)).map(f -> row(f, "")).toList()).orElse(List.of()));
        Optional<Settlement> kept = stored.get();
        orphans.setAll(all.stream().filter(f -> kept.map(s -> vouchers(s).noneMatch(f::supports)).orElse(true))
                .map(f -> row(f, edits.messages().get("ui.settlement.files.orphanVoucher", f.voucherNumber(), f.supplier()))).toList());
        selected.set(was == null ? null : rows.stream().filter(r -> r.id() == was.id()).findFirst()
                .or(() -> orphans.stream().filter(r -> r.id() == was.id()).findFirst()).orElse(null));
        refreshActions();
    }

    private void refreshActions() {
        Delegation d = opened.get();
        Optional<String> role = files.whyNotAttach().map(edits::text);
        String closedReason = books.booksClosed() ? text("ui.settlement.files.unavailable.closed") : "";
        Optional<Voucher> voucher = costs.selectedVoucher();
        attachUnavailable.set(d == null || d.id() == null || edits.settlement() == null ? text("ui.settlement.unavailable.loading")
                : voucher.isEmpty() ? text("ui.settlement.files.unavailable.noVoucher")
                : role.isPresent() ? role.get()
                : !closedReason.isEmpty() ? closedReason
                : !isStored(voucher.get()) ? text("ui.settlement.files.unavailable.unsaved")
                : "");
        removeUnavailable.set(selected.get() == null ? text("ui.settlement.files.unavailable.noFile")
                : role.orElse(closedReason));
    }

    /** Whether the voucher, with its number and supplier, is in the stored settlement. */
    private boolean isStored(Voucher voucher) {
        if (voucher.number().isBlank() || voucher.supplier().isBlank()) {
            return false;
        }
        return stored.get().map(s -> vouchers(s).anyMatch(v -> v.number().equalsIgnoreCase(voucher.number())
                && v.supplier().equalsIgnoreCase(voucher.supplier()))).orElse(false);
    }

    private static Stream<Voucher> vouchers(Settlement settlement) {
        return settlement.lines().stream().map(ActualLine::vouchers).flatMap(List::stream);
    }

    private FileRow row(VoucherFile file, String voucher) {
        return new FileRow(file.id(), file.fileName(), size(file.size()), edits.messages().get("ui.settlement.files.attachedBy",
                file.attachedBy(), ATTACHED_AT.format(file.attachedAt().atZone(zone))), voucher);
    }

    /** "12 kB" (rounded up, so that a small file is never "0 kB"), "1,5 MB" from a megabyte on. */
    static String size(long bytes) {
        if (bytes < MEGABYTE) {
            return Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE) + " kB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                + " MB";
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "pdf" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void failed(String titleKey, Throwable error) {
        String message = edits.messages().describeFailure(error, "\n");
        edits.notice.set(message.replace('\n', ' '));
        dialogs.showError(text(titleKey), message);
    }

    private String text(String key) {
        return edits.messages().get(key);
    }

    private record Loaded(List<VoucherFile> files, VoucherFile changed) {
    }
}
