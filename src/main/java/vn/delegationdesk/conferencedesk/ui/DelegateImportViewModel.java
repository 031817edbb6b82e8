package vn.delegationdesk.conferencedesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.importing.DelegateField;
import vn.delegationdesk.conferencedesk.importing.DelegateImportPreview;
import vn.delegationdesk.conferencedesk.importing.DelegateImporter;
import vn.delegationdesk.conferencedesk.importing.ImportedDelegate;
import vn.delegationdesk.delegation.member.roster.FieldColumns;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.RowIssue;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The delegate import from a workbook, as the member import does it: read the file in the background, let the user
 * check which column fills which field, show the preview (delegates to add, rows refused with their reasons, rows noticed:
 * duplicates of the list, cleaned cells) again after every change, and on confirm hand the delegates to the list, to be
 * added or to replace it (the user's choice). Nothing is stored here: the list stores them when the user presses Lưu.
 */
public final class DelegateImportViewModel extends ViewModel {
    private static final int SAMPLES = 3;

    /** An accepted row as the preview table shows it, every value as the list will show it. */
    public record Row(int rowNumber, String fullName, String title, String body, String group, String precedence,
            String contact, String onPayroll, String status, String duplicate) {
    }

    /** One column of the sheet in the mapping step: its header as shown, a few sample values, and the field it fills. */
    public static final class Column {
        private final int index;
        private final String header;
        private final String samples;
        private final ObjectProperty<DelegateField> field = new SimpleObjectProperty<>(this, "field");

        Column(int index, String header, String samples, DelegateField field) {
            this.index = index;
            this.header = header;
            this.samples = samples;
            this.field.set(field);
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String samples() {
            return samples;
        }

        /** The field this column fills; null ignores the column. */
        public ObjectProperty<DelegateField> fieldProperty() {
            return field;
        }
    }

    /** What the confirmed import does to the list. */
    public interface Target {
        void apply(List<Delegate> imported, boolean replace);
    }

    private final DelegateImporter importer;
    private final String conferenceId;
    private final List<Delegate> existing;
    private final Messages messages;
    private final Target target;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<Row> accepted = FXCollections.observableArrayList();
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper confirmLabel = new ReadOnlyStringWrapper(this, "confirmLabel", "");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final BooleanProperty replace = new SimpleBooleanProperty(this, "replace", false);

    private RosterSheet sheet;
    private FieldColumns<DelegateField> mapping = FieldColumns.of(DelegateField.class, Map.of());
    private DelegateImportPreview preview = DelegateImportPreview.EMPTY;
    private long generation;
    private boolean adjusting;

    /**
     * @param existing the delegates on the list now (unsaved changes included), which duplicates are looked for in
     * @param target   receives the accepted delegates, in row order, once the user confirms; never on cancel
     */
    public DelegateImportViewModel(DelegateImporter importer, String conferenceId, List<Delegate> existing, TaskRunner tasks,
            Messages messages, Target target) {
        super(tasks);
        this.importer = Objects.requireNonNull(importer, "importer");
        this.conferenceId = Objects.requireNonNull(conferenceId, "conferenceId");
        this.existing = List.copyOf(existing);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.target = Objects.requireNonNull(target, "target");
        replace.addListener((o, old, now) -> refreshPreview());
        busyProperty().addListener((o, old, now) -> updateTexts());
        updateTexts();
    }

    /** Reads {@code file} in the background, guesses the mapping from the titles and shows the preview. */
    public void start(Path file) {
        long run = ++generation;
        sheet = null;
        error.set("");
        columns.clear();
        show(DelegateImportPreview.EMPTY);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        fileName.set(messages.get("ui.roster.file", name));
        summary.set(messages.get("ui.roster.reading"));
        List<Delegate> against = against();
        runInBackground(() -> {
            RosterSheet read = importer.read(file);
            FieldColumns<DelegateField> guessed = importer.guessMapping(read);
            return new Loaded(read, guessed, importer.preview(read, guessed, conferenceId, against));
        }, loaded -> {
            if (run != generation) {
                return;
            }
            sheet = loaded.sheet();
            mapping = loaded.mapping();
            fileName.set(messages.get("ui.roster.fileSheet", name, sheet.sheetName(), sheet.headerRowNumber()));
            columns.setAll(buildColumns());
            show(loaded.preview());
        }, failure -> {
            if (run != generation) {
                return;
            }
            error.set(messages.describeFailure(failure, "; "));
            summary.set("");
            updateTexts();
        });
    }

    /** Hands the accepted delegates to the list (added, or replacing it); does nothing unless {@link #canConfirmProperty}. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        finished.set(true);
        updateTexts();
        target.apply(preview.delegates(), replace.get());
    }

    /** Closes the import without passing anything on; the list stays as it was. */
    public void cancel() {
        generation++;
        finished.set(true);
        updateTexts();
    }

    /** The Vietnamese name of a field; null is "ignore this column". */
    public String fieldLabel(DelegateField field) {
        if (field == null) {
            return messages.get("ui.roster.field.ignore");
        }
        return switch (field) {
            case FULL_NAME -> messages.get("ui.delegates.import.field.FULL_NAME");
            case TITLE -> messages.get("ui.delegates.import.field.TITLE");
            case BODY -> messages.get("ui.delegates.import.field.BODY");
            case GROUP -> messages.get("ui.delegates.import.field.GROUP");
            case PRECEDENCE -> messages.get("ui.delegates.import.field.PRECEDENCE");
            case CONTACT -> messages.get("ui.delegates.import.field.CONTACT");
            case ON_PAYROLL -> messages.get("ui.delegates.import.field.ON_PAYROLL");
            case STATUS -> messages.get("ui.delegates.import.field.STATUS");
        };
    }

    /** The choices of every column's field chooser: "ignore" (null) first, then every field. */
    public List<DelegateField> fieldChoices() {
        List<DelegateField> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(DelegateField.values()));
        return choices;
    }

    public ObservableList<Column> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    public ObservableList<Row> accepted() {
        return FXCollections.unmodifiableObservableList(accepted);
    }

    /** One line per refused row: "Dòng 12: Thứ tự ưu tiên “abc” không phải số …". */
    public ObservableList<String> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    /** One line per accepted row with something to look at: a duplicate of the list, a cleaned cell. */
    public ObservableList<String> notices() {
        return FXCollections.unmodifiableObservableList(notices);
    }

    /** The delegates that confirming would hand on, in row order. */
    public List<Delegate> acceptedDelegates() {
        return preview.delegates();
    }

    /** False: the rows are added at the end of the list; true: they replace it. */
    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "Hợp lệ: 36 dòng · Bị từ chối: 1 dòng", or the reading state. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the file could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Thêm 36 đại biểu vào danh sách" or "Thay danh sách bằng 36 đại biểu". */
    public ReadOnlyStringProperty confirmLabelProperty() {
        return confirmLabel.getReadOnlyProperty();
    }

    /** True when a row is accepted, the name column is chosen and nothing is running. */
    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    /** True once the user has confirmed or cancelled: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    private List<Delegate> against() {
        return replace.get() ? List.of() : existing;
    }

    private List<Column> buildColumns() {
        List<Column> built = new ArrayList<>();
        for (int c = 0; c < sheet.columnCount(); c++) {
            String header = sheet.headers().get(c);
            String letter = RosterSheet.columnLetter(c);
            String shown = header.isEmpty() ? messages.get("ui.roster.mapping.untitled", letter)
                    : messages.get("ui.roster.mapping.titled", letter, header);
            Column column = new Column(c, shown, String.join(" · ", sheet.samples(c, SAMPLES)), mapping.field(c));
            column.fieldProperty().addListener((o, old, field) -> fieldChanged(column, field));
            built.add(column);
        }
        return built;
    }

    /** A field belongs to one column: choosing it here frees it elsewhere; then the preview is made again. */
    private void fieldChanged(Column changed, DelegateField field) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            mapping = mapping.with(changed.index(), field);
            for (Column other : columns) {
                if (other != changed) {
                    other.fieldProperty().set(mapping.field(other.index()));
                }
            }
        } finally {
            adjusting = false;
        }
        refreshPreview();
    }

    private void refreshPreview() {
        if (sheet == null) {
            return;
        }
        long run = ++generation;
        RosterSheet current = sheet;
        FieldColumns<DelegateField> currentMapping = mapping;
        List<Delegate> against = against();
        runInBackground(() -> importer.preview(current, currentMapping, conferenceId, against), result -> {
            if (run == generation) {
                show(result);
            }
        }, failure -> {
            if (run == generation) {
                error.set(messages.describeFailure(failure, "; "));
            }
        });
    }

    private void show(DelegateImportPreview next) {
        preview = next;
        accepted.setAll(next.accepted().stream().map(this::row).toList());
        notices.setAll(next.accepted().stream().filter(row -> !row.notices().isEmpty())
                .map(row -> messages.get("roster.row", row.rowNumber(), describe(row.notices()))).toList());
        rejected.setAll(next.rejected().stream().map(row -> row.describe(messages)).toList());
        if (sheet != null) {
            summary.set(messages.get("ui.delegates.import.summary", next.accepted().size(), next.rejected().size(),
                    next.duplicateCount()));
        }
        updateTexts();
    }

    private Row row(ImportedDelegate row) {
        Delegate d = row.delegate();
        return new Row(row.rowNumber(), d.fullName(), d.title(), d.body(), messages.get(d.group().labelKey()),
                d.precedence() == 0 ? "" : Integer.toString(d.precedence()), d.contact(),
                messages.get(d.onPayroll() ? "ui.delegates.import.yes" : "ui.delegates.import.no"),
                messages.get(d.status().labelKey()), row.duplicate() ? messages.get("ui.delegates.import.duplicate") : "");
    }

    private String describe(List<RowIssue> issues) {
        return issues.stream().map(issue -> issue.describe(messages)).collect(Collectors.joining("; "));
    }

    private void updateTexts() {
        int count = preview.accepted().size();
        confirmLabel.set(messages.get(replace.get() ? "ui.delegates.import.confirmReplace" : "ui.delegates.import.confirmAdd",
                count));
        canConfirm.set(sheet != null && !finished.get() && !isBusy() && mapping.isMapped(DelegateField.FULL_NAME) && count > 0);
    }

    private record Loaded(RosterSheet sheet, FieldColumns<DelegateField> mapping, DelegateImportPreview preview) {
    }
}
