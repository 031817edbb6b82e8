package vn.delegationdesk.budget.rates.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetChange;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.budget.RateValueChange;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Xuất tệp…" and "Nhập tệp…" of the rate-set dialog. Export asks where, proposing a name made from the set's document
 * number ("Dinh-muc_12-2025-TT-BTC.json"). Import asks which file, reads and compares it in the background, and shows
 * every change in an {@link ImportPreview}; only when the user confirms is the set replaced (or added), in one
 * transaction. A refused file is shown with its name and every problem with its path; a file equal to the stored set
 * says so and stores nothing.
 */
public final class RateSetFileCommands extends ViewModel {
    private static final String EXTENSION = "json";

    /** Shows the preview and answers whether the user confirmed; anything else (closing, "Hủy") is no. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(ImportPreview preview);
    }

    private final BudgetService budget;
    private final DialogService dialogs;
    private final Messages messages;
    private final BudgetLabels labels;
    private final Supplier<RateSet> selected;
    private final Supplier<Boolean> mayReplace;
    private final Consumer<RateSet> imported;
    private final Consumer<String> notice;
    private Confirmation confirmation;

    /**
     * @param selected   the stored set shown, which export writes (null: none)
     * @param mayReplace asked before an import: false when the user keeps unsaved changes of the form
     * @param imported   after an import is stored: show the stored set
     * @param notice     the line under the form ("Đã xuất …", "Đã nhập …")
     */
    RateSetFileCommands(BudgetService budget, TaskRunner tasks, DialogService dialogs, Messages messages,
            BudgetLabels labels, Supplier<RateSet> selected, Supplier<Boolean> mayReplace, Consumer<RateSet> imported,
            Consumer<String> notice) {
        super(tasks);
        this.budget = budget;
        this.dialogs = dialogs;
        this.messages = messages;
        this.labels = labels;
        this.selected = selected;
        this.mayReplace = mayReplace;
        this.imported = imported;
        this.notice = notice;
        this.confirmation = preview -> dialogs.confirm(preview.title(), asText(preview), preview.confirmText());
    }

    /** True when the store can read and write rate-set files; the buttons are hidden otherwise. */
    public boolean available() {
        return budget.hasRateSetFiles();
    }

    /** The dialog that shows the preview; until one is set, a plain confirmation lists the changes as text. */
    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** "Xuất tệp…": writes the shown stored set to a file the user chooses. */
    public void exportSelected() {
        RateSet set = selected.get();
        if (set == null || isBusy()) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.rateSets.export.choose"), fileName(set),
                messages.get("ui.rateSets.file.filter"), "*.json")
                .flatMap(chosen -> FileTargets.withExtension(chosen, EXTENSION, dialogs, messages));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        runInBackground(() -> {
            budget.exportRateSet(set.id(), target);
            return target;
        }, written -> notice.accept(messages.get("ui.rateSets.exported", set.name(), written.toString())),
                error -> dialogs.showError(messages.get("ui.rateSets.export.failed"), exportFailure(target, error)));
    }

    /** A file that could not be written is named with the reason in Vietnamese (a full disk), never the system's English. */
    private String exportFailure(Path target, Throwable error) {
        Throwable io = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        if (io instanceof IOException) {
            return messages.get("ui.rateSets.export.cannotWrite", target.getFileName().toString(), WriteFailures.reason(io));
        }
        return messages.describeFailure(error, "\n");
    }

    /** "Nhập tệp…": reads a file, shows what would change, and stores it only when the user confirms. */
    public void importFile() {
        if (isBusy() || !mayReplace.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("ui.rateSets.import.choose"),
                messages.get("ui.rateSets.file.filter"), "*.json");
        if (file.isEmpty()) {
            return;
        }
        runInBackground(() -> budget.previewRateSetImport(file.get()), this::review, error -> refused(file.get(), error));
    }

    private void review(RateSetChange change) {
        if (change.identical()) {
            dialogs.showInfo(messages.get("ui.rateSets.import.title"),
                    messages.get("ui.rateSets.import.identical", change.fileName(), change.stored().name()));
            return;
        }
        if (!confirmation.confirm(preview(change))) {
            return;
        }
        runInBackground(() -> budget.importRateSet(change), stored -> {
            notice.accept(messages.get(change.replaces() ? "ui.rateSets.import.replaced" : "ui.rateSets.import.added",
                    stored.name(), change.fileName()));
            imported.accept(stored);
        }, error -> dialogs.showError(messages.get("ui.rateSets.import.failed"), messages.describeFailure(error, "\n")));
    }

    private void refused(Path file, Throwable error) {
        String name = error instanceof RateSetFileException refusal ? refusal.fileName() : String.valueOf(file.getFileName());
        dialogs.showError(messages.get("ui.rateSets.import.failed"),
                messages.get("ui.rateSets.import.refused", name, messages.describeFailure(error, "\n")));
    }

    /** The preview of {@code change}, in Vietnamese. */
    ImportPreview preview(RateSetChange change) {
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (RateSetChange.Field field : change.fields()) {
            rows.add(new ImportPreview.Row(fieldLabel(field), show(field.of(change.stored())), show(field.of(change.incoming()))));
        }
        for (RateValueChange value : change.values()) {
            rows.add(new ImportPreview.Row(labels.label(value.key()), show(value.before()), show(value.after())));
        }
        String heading = change.replaces()
                ? messages.get("ui.rateSets.import.replaces", change.fileName(), change.stored().name(), change.values().size(),
                        change.fields().size())
                : messages.get("ui.rateSets.import.adds", change.fileName(), change.incoming().name(), change.values().size());
        return new ImportPreview(messages.get("ui.rateSets.import.title"), heading, rows,
                messages.get(change.replaces() ? "ui.rateSets.import.replace" : "ui.rateSets.import.add"), change);
    }

    private String fieldLabel(RateSetChange.Field field) {
        return switch (field) {
            case NAME -> messages.get("ui.rateSets.field.name");
            case ISSUER -> messages.get("ui.rateSets.field.issuer");
            case DOCUMENT_NUMBER -> messages.get("ui.rateSets.field.document");
            case KIND -> messages.get("ui.rateSets.field.kind");
            case EFFECTIVE_FROM -> messages.get("ui.rateSets.field.from");
            case EFFECTIVE_TO -> messages.get("ui.rateSets.import.field.to");
            case NOTES -> messages.get("ui.rateSets.field.notes");
        };
    }

    /** A field's value: a text, a kind, a date, or "(trống)". */
    private String show(Object value) {
        if (value instanceof RateSetKind kind) {
            return labels.label(kind);
        }
        if (value instanceof LocalDate date) {
            return VietnameseDates.format(date);
        }
        return value == null || value.toString().isEmpty() ? messages.get("ui.rateSets.import.none") : value.toString();
    }

    /** "1.500.000 đ · Điều 7 khoản 2 TT 12/2025 · đã xác minh"; "(không có)" for a value the set lacks. */
    private String show(RateValue value) {
        if (value == null) {
            return messages.get("ui.rateSets.import.absent");
        }
        String amount = value.amount() == null ? messages.get("ui.rateSets.amount.unknown")
                : messages.get("ui.rateSets.import.amount", VietnameseNumbers.format(value.amount()));
        String verified = messages.get(value.verified() ? "ui.rateSets.import.verified" : "ui.rateSets.unverified");
        return value.basis().isEmpty() ? amount + " · " + verified : amount + " · " + value.basis() + " · " + verified;
    }

    /** The preview as lines of text, for the plain confirmation. */
    private static String asText(ImportPreview preview) {
        StringBuilder text = new StringBuilder(preview.heading());
        for (ImportPreview.Row row : preview.rows()) {
            text.append("\n• ").append(row.item()).append(": ").append(row.before()).append(" → ").append(row.after());
        }
        return text.toString();
    }

    /**
     * "Dinh-muc_12-2025-TT-BTC.json": the document number (else the name) without marks ({@link FileNames}), so the
     * name is valid on Windows, macOS and Linux alike.
     */
    String fileName(RateSet set) {
        String source = set.documentNumber().isEmpty() ? set.name() : set.documentNumber();
        return FileNames.of(EXTENSION, messages.get("ui.fileName.rateSet"), source);
    }
}
