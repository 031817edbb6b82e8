package vn.delegationdesk.settlement.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.ui.SettlementRows.ClosingRow;

/**
 * The settlement's books and what is written from them: whether they are closed ("Sổ đã khóa (lần 2) bởi lan lúc …"),
 * "Khóa sổ" and "Mở lại sổ" (immediate actions, offered only while nothing is unsaved and to the finance role, each
 * greyed with its reason), and the export menu the composition root fills.
 */
public final class BooksState {
    private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** Background work of the owning view model (its busy flag shows it). */
    interface Background {
        <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
    }

    private final SettlementService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final SettlementEdits edits;
    private final Background background;
    private final Supplier<Delegation> opened;
    private final Supplier<SettlementReview> preview;
    private final Consumer<SettlementReview> show;
    private final ObservableList<SettlementExport.Choice> exports = FXCollections.observableArrayList();
    private Optional<SettlementClosing> closing = Optional.empty();
    private final ObservableList<ClosingRow> closings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper books = new ReadOnlyStringWrapper(this, "books", "");
    private final ReadOnlyStringWrapper closeUnavailable = new ReadOnlyStringWrapper(this, "closeUnavailable", "");
    private final ReadOnlyStringWrapper reopenUnavailable = new ReadOnlyStringWrapper(this, "reopenUnavailable", "");
    private final ReadOnlyStringWrapper exportUnavailable = new ReadOnlyStringWrapper(this, "exportUnavailable", "");

    BooksState(SettlementService service, DialogService dialogs, ZoneId zone, SettlementEdits edits, Background background,
            Supplier<Delegation> opened, Supplier<SettlementReview> preview, Consumer<SettlementReview> show) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = edits.messages();
        this.zone = zone;
        this.edits = edits;
        this.background = background;
        this.opened = opened;
        this.preview = preview;
        this.show = show;
    }

    /** "Sổ đang mở" or "Sổ đã khóa (lần 2) bởi lan lúc 14:05 03/11/2025". */
    public ReadOnlyStringProperty booksProperty() {
        return books.getReadOnlyProperty();
    }

    public boolean booksClosed() {
        return closing.isPresent();
    }

    /** Why "Khóa sổ" is greyed, or "" while it works. */
    public ReadOnlyStringProperty closeUnavailableProperty() {
        return closeUnavailable.getReadOnlyProperty();
    }

    /** Why "Mở lại sổ" is greyed, or "" while it works. */
    public ReadOnlyStringProperty reopenUnavailableProperty() {
        return reopenUnavailable.getReadOnlyProperty();
    }

    /** Why the export menu is greyed, or "" while it works. */
    public ReadOnlyStringProperty exportUnavailableProperty() {
        return exportUnavailable.getReadOnlyProperty();
    }

    /** The export menu's items; the composition root adds them ({@link #addExport}). */
    public ObservableList<SettlementExport.Choice> exports() {
        return exports;
    }

    /** "Khóa sổ": after asking, freezes the stored settlement; the page turns read-only. */
    public void closeBooks() {
        Delegation d = opened.get();
        if (!closeUnavailable.get().isEmpty() || d == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("ui.settlement.close.title"), messages.get("ui.settlement.close.message"),
                messages.get("ui.settlement.close"))) {
            return;
        }
        long id = d.id();
        background.run(() -> {
            service.close(id);
            return service.review(id).orElseThrow();
        }, review -> {
            show.accept(review);
            edits.notice.set(messages.get("ui.settlement.closed.notice", review.closed().map(SettlementClosing::number).orElse(0)));
        }, error -> dialogs.showError(messages.get("ui.settlement.close.failed"), messages.describeFailure(error, "\n")));
    }

    /** "Mở lại sổ": the closing stays readable, the settlement becomes editable again. */
    public void reopenBooks() {
        Delegation d = opened.get();
        if (!reopenUnavailable.get().isEmpty() || d == null) {
            return;
        }
        long id = d.id();
        background.run(() -> {
            service.reopen(id);
            return service.review(id).orElseThrow();
        }, review -> {
            show.accept(review);
            edits.notice.set(messages.get("ui.settlement.reopened.notice"));
        }, error -> dialogs.showError(messages.get("ui.settlement.reopen.failed"), messages.describeFailure(error, "\n")));
    }

    /** A writer for the export menu (the lead adds the workbook and the request for payment from the composition root). */
    public void addExport(SettlementExport.Choice choice) {
        exports.add(choice);
    }

    /** Asks for the file, then writes the settlement on screen (saved or not) in the background. */
    public void export(SettlementExport.Choice choice) {
        SettlementReview review = preview.get();
        if (review == null || !exportUnavailable.get().isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("ui.settlement.export.choose"), choice.fileName().apply(review),
                choice.filterName(), "*." + choice.extension())
                .flatMap(chosen -> FileTargets.withExtension(chosen, choice.extension(), dialogs, messages));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        background.run(() -> {
            choice.writer().write(review, file);
            return file;
        }, written -> edits.notice.set(messages.get("ui.settlement.exported", written.toString())),
                error -> dialogs.showError(messages.get("ui.settlement.export.failed"), messages.describeFailure(error, "\n")));
    }

    /** "Các lần khóa sổ": every closing as it was frozen, oldest first; readable after the books are reopened. */
    public ObservableList<ClosingRow> closings() {
        return closings;
    }

    void closings(List<SettlementClosing> all, Optional<SettlementClosing> closed) {
        this.closing = closed;
        closings.setAll(all.stream().map(c -> new ClosingRow(messages.get("ui.settlement.closings.number", c.number()),
                messages.get("ui.settlement.closings.by", c.closedBy(), CLOSED_AT.format(c.closedAt().atZone(zone))),
                c.reopened().map(at -> messages.get("ui.settlement.closings.by", c.reopenedBy(), CLOSED_AT.format(at.atZone(zone))))
                        .orElse(messages.get("ui.settlement.closings.inForce")),
                VietnameseNumbers.format(c.totals().total()), VietnameseNumbers.format(c.totals().advanced()),
                VietnameseNumbers.format(c.totals().toReturn()), VietnameseNumbers.format(c.totals().toReceive()),
                VietnameseNumbers.format(c.paidTotal()))).toList());
    }

    /** The books' state and why each immediate action is greyed. */
    void refresh(boolean ready, boolean dirty, boolean stored) {
        Optional<SettlementClosing> closed = closing;
        books.set(!ready ? "" : closed.map(c -> messages.get("ui.settlement.books.closed", c.number(), c.closedBy(),
                CLOSED_AT.format(c.closedAt().atZone(zone)))).orElse(messages.get("ui.settlement.books.open")));
        Optional<String> role = service.gate().whyNot(Role.FINANCE, "people.action.closeSettlement").map(edits::text);
        String loading = !ready ? messages.get("ui.settlement.unavailable.loading") : "";
        closeUnavailable.set(!loading.isEmpty() ? loading
                : closed.isPresent() ? messages.get("ui.settlement.close.unavailable.closed")
                : dirty ? messages.get("ui.settlement.close.unavailable.dirty")
                : !stored ? messages.get("settlement.closed.nothing")
                : role.orElse(""));
        Optional<String> reopenRole = service.gate().whyNot(Role.FINANCE, "people.action.reopenSettlement").map(edits::text);
        reopenUnavailable.set(!loading.isEmpty() ? loading
                : closed.isEmpty() ? messages.get("ui.settlement.reopen.unavailable.open")
                : reopenRole.orElse(""));
        exportUnavailable.set(preview.get() == null ? messages.get("ui.settlement.unavailable.loading") : "");
    }
}
