package vn.delegationdesk.abroad.rates.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.ForeignRateSetChange;
import vn.delegationdesk.abroad.ForeignRateSetFiles;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.budget.rates.ui.ImportPreview;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * "Nhập bộ định mức nước ngoài": reads a foreign rate-set file, compares it with the stored set it would replace and
 * holds the preview (the heading, a row per difference, "Thay thế" or "Thêm mới"), or the refusal naming the file and
 * every problem with its path. Nothing is stored here: {@link #confirm()} hands the set to store (the file's set under
 * the replaced set's id) to the caller, which stores it in one transaction. The preview is shown by the domestic
 * {@code RateSetImportDialog} through {@link #dialogPreview()}. Reading takes a few milliseconds (a file is at most
 * 1 MB), so it runs on the caller's thread.
 */
public final class ForeignRateSetImportViewModel {
    private final ForeignRateSetFiles files;
    private final Messages messages;
    private final ForeignRateSetChangeTexts texts;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ImportPreview.Row> rows = FXCollections.observableArrayList();
    private ForeignRateSetChange change;

    public ForeignRateSetImportViewModel(ForeignRateSetFiles files, Messages messages) {
        this.files = files;
        this.messages = messages;
        this.texts = new ForeignRateSetChangeTexts(messages);
    }

    /**
     * Reads {@code file} and compares it with {@code storedSets}; true when there is a preview to confirm, false when the
     * file is refused ({@link #refusalProperty()}) or holds exactly the stored set (the heading says so).
     */
    public boolean open(Path file, List<ForeignRateSet> storedSets) {
        clear();
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        ForeignRateSet incoming;
        try {
            incoming = files.read(file);
        } catch (RateSetFileException e) {
            refusal.set(messages.get("ui.rateSets.import.refused", e.fileName(), String.join("\n", messages.describeAll(e.errors()))));
            return false;
        }
        change = ForeignRateSetChange.of(fileName, incoming, ForeignRateSetChange.storedMatch(incoming, storedSets));
        heading.set(texts.heading(change));
        confirmText.set(texts.confirmText(change));
        rows.setAll(texts.rows(change));
        canConfirm.set(!change.identical());
        return canConfirm.get();
    }

    /** The set to store when the user confirms: the file's set whole, under the id of the set it replaces (blank: added). */
    public Optional<ForeignRateSet> confirm() {
        return canConfirm.get() ? Optional.of(change.result()) : Optional.empty();
    }

    /** The preview for the domestic import dialog (which shows only its title, heading, rows and button). */
    public ImportPreview dialogPreview() {
        return new ImportPreview(title(), heading.get(), rows, confirmText.get(), null);
    }

    /** The preview as lines of text, for a plain confirmation and the notice: "Hàn Quốc (KR) – …: 60 USD → 65 USD". */
    public List<String> lines() {
        return rows.stream().map(texts::line).toList();
    }

    public String title() {
        return messages.get("ui.foreignRates.import.title");
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmTextProperty() {
        return confirmText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    public ObservableList<ImportPreview.Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    private void clear() {
        change = null;
        heading.set("");
        confirmText.set("");
        refusal.set("");
        canConfirm.set(false);
        rows.clear();
    }
}
