package vn.delegationdesk.delegation.member.roster.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.ColumnMapping;
import vn.delegationdesk.delegation.member.roster.ImportContext;
import vn.delegationdesk.delegation.member.roster.ImportPreview;
import vn.delegationdesk.delegation.member.roster.MemberField;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.RowIssue;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The member import from a unit's workbook: read the file in the background, let the user check which column fills
 * which field, show the preview (accepted members, rejected rows with reasons) again after every change, and on
 * confirm hand the accepted members to the caller. Nothing is stored here except the confirmed mapping, which is
 * remembered for the next import; the caller adds the members to the delegation.
 */
public final class MemberImportViewModel extends ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MemberImportViewModel.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int SAMPLES = 3;

    private final RosterService service;
    private final ImportContext context;
    private final Messages messages;
    private final EnumLabels labels;
    private final Consumer<List<Member>> onConfirm;
    private final Map<String, String> groupNames = new HashMap<>();
    private final List<FieldOption> fieldOptions = new ArrayList<>();

    private final ObservableList<MappingColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> accepted = FXCollections.observableArrayList();
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper confirmLabel = new ReadOnlyStringWrapper(this, "confirmLabel", "");
    private final ReadOnlyStringWrapper acceptedTitle = new ReadOnlyStringWrapper(this, "acceptedTitle", "");
    private final ReadOnlyStringWrapper rejectedTitle = new ReadOnlyStringWrapper(this, "rejectedTitle", "");
    private final ReadOnlyStringWrapper noticesTitle = new ReadOnlyStringWrapper(this, "noticesTitle", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm", false);
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision", 0);

    private RosterSheet sheet;
    private ImportPreview preview = ImportPreview.EMPTY;
    private ColumnMapping mapping = ColumnMapping.of(Map.of());
    private boolean adjusting;
    private long generation;

    /**
     * @param context   the delegation's current members and groups, which the import is checked against
     * @param onConfirm receives the accepted members, in row order, once the user confirms; never on cancel
     */
    public MemberImportViewModel(RosterService service, ImportContext context, TaskRunner tasks, Messages messages,
            Consumer<List<Member>> onConfirm) {
        super(tasks);
        this.service = service;
        this.context = context;
        this.messages = messages;
        this.labels = new EnumLabels(messages);
        this.onConfirm = onConfirm;
        for (MemberGroup group : context.groups()) {
            groupNames.putIfAbsent(group.id(), group.name());
        }
        fieldOptions.add(new FieldOption(null, fieldLabel(null)));
        for (MemberField field : MemberField.values()) {
            fieldOptions.add(new FieldOption(field, fieldLabel(field)));
        }
        canConfirm.bind(Bindings.createBooleanBinding(this::computeCanConfirm, busyProperty(), finished, loaded, revision));
        updateTexts();
    }

    /** Reads {@code file} in the background, guesses the mapping (earlier choices first) and shows the preview. */
    public void start(Path file) {
        long run = ++generation;
        loaded.set(false);
        error.set("");
        sheet = null;
        setColumns(List.of(), ColumnMapping.of(Map.of()));
        show(ImportPreview.EMPTY);
        Path name = file.getFileName();
        fileName.set(messages.get("ui.roster.file", name == null ? file.toString() : name.toString()));
        summary.set(messages.get("ui.roster.reading"));
        runInBackground(() -> {
            RosterSheet read = service.read(file);
            ColumnMapping guessed = service.guessMapping(read);
            return new Loaded(read, guessed, service.preview(read, guessed, context));
        }, result -> {
            if (run != generation) {
                return;
            }
            sheet = result.sheet();
            fileName.set(messages.get("ui.roster.fileSheet", file.getFileName() == null ? file.toString()
                    : file.getFileName().toString(), sheet.sheetName(), sheet.headerRowNumber()));
            setColumns(buildColumns(result.sheet(), result.mapping()), result.mapping());
            show(result.preview());
            loaded.set(true);
        }, failure -> {
            if (run != generation) {
                return;
            }
            error.set(messages.describeFailure(failure, "; "));
            summary.set("");
            updateTexts();
        });
    }

    /** Remembers the mapping and hands the accepted members to the caller; does nothing unless {@link #canConfirm}. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        List<Member> members = preview.members();
        RosterSheet confirmedSheet = sheet;
        ColumnMapping confirmedMapping = mapping;
        finished.set(true);
        runInBackground(() -> {
            service.rememberMapping(confirmedSheet, confirmedMapping);
            return null;
        }, ignored -> onConfirm.accept(members), failure -> {
            // The memory only saves typing next time: the import itself goes ahead.
            LOG.warn("Could not remember the column mapping: {}", failure.toString());
            onConfirm.accept(members);
        });
    }

    /** Closes the import without passing anything on; the file and the delegation stay as they were. */
    public void cancel() {
        generation++;
        finished.set(true);
    }

    /** The choices of every column's field chooser: "ignore" first, then every field. */
    public List<FieldOption> fieldOptions() {
        return List.copyOf(fieldOptions);
    }

    public FieldOption option(MemberField field) {
        return fieldOptions.stream().filter(o -> o.field() == field).findFirst().orElseThrow();
    }

    /** The Vietnamese name of a field; null is "ignore this column". */
    public String fieldLabel(MemberField field) {
        if (field == null) {
            return messages.get("ui.roster.field.ignore");
        }
        return switch (field) {
            case FULL_NAME -> messages.get("ui.roster.field.FULL_NAME");
            case GENDER -> messages.get("ui.roster.field.GENDER");
            case DATE_OF_BIRTH -> messages.get("ui.roster.field.DATE_OF_BIRTH");
            case POSITION -> messages.get("ui.roster.field.POSITION");
            case SENDING_UNIT -> messages.get("ui.roster.field.SENDING_UNIT");
            case GROUP -> messages.get("ui.roster.field.GROUP");
            case ALLOWANCE_COEFFICIENT -> messages.get("ui.roster.field.ALLOWANCE_COEFFICIENT");
            case ON_STATE_PAYROLL -> messages.get("ui.roster.field.ON_STATE_PAYROLL");
            case PHONE -> messages.get("ui.roster.field.PHONE");
            case ID_NUMBER -> messages.get("ui.roster.field.ID_NUMBER");
            case ROLE -> messages.get("ui.roster.field.ROLE");
            case NOTES -> messages.get("ui.roster.field.NOTES");
        };
    }

    public ObservableList<MappingColumn> columns() {
        return FXCollections.unmodifiableObservableList(columns);
    }

    public ObservableList<PreviewRow> accepted() {
        return FXCollections.unmodifiableObservableList(accepted);
    }

    /** One line per rejected row: "Dòng 7: …; …". */
    public ObservableList<String> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    /** One line per accepted row that was adjusted while reading: "Dòng 4: Số CCCD: … đã đọc “1085012345” thành …". */
    public ObservableList<String> notices() {
        return FXCollections.unmodifiableObservableList(notices);
    }

    /** The members that confirming would pass on, in row order. */
    public List<Member> acceptedMembers() {
        return preview.members();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "Hợp lệ: 36 dòng · Bị từ chối: 1 dòng", or the reading state. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What still keeps the import from being confirmed, or empty. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Why the file could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Nhập 36 thành viên". */
    public ReadOnlyStringProperty confirmLabelProperty() {
        return confirmLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty acceptedTitleProperty() {
        return acceptedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectedTitleProperty() {
        return rejectedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticesTitleProperty() {
        return noticesTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True once the user has confirmed or cancelled: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** True when at least one row is accepted, the full name column is chosen and nothing is running. */
    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    private boolean computeCanConfirm() {
        return loaded.get() && !finished.get() && !isBusy() && mapping.isMapped(MemberField.FULL_NAME)
                && preview.acceptedCount() > 0;
    }

    private List<MappingColumn> buildColumns(RosterSheet read, ColumnMapping guessed) {
        List<MappingColumn> built = new ArrayList<>();
        for (int c = 0; c < read.columnCount(); c++) {
            String header = read.headers().get(c);
            String letter = RosterSheet.columnLetter(c);
            String shown = header.isEmpty() ? messages.get("ui.roster.mapping.untitled", letter)
                    : messages.get("ui.roster.mapping.titled", letter, header);
            built.add(new MappingColumn(c, shown, String.join(" · ", read.samples(c, SAMPLES)), guessed.field(c)));
        }
        return built;
    }

    private void setColumns(List<MappingColumn> next, ColumnMapping nextMapping) {
        columns.setAll(next);
        mapping = nextMapping;
        for (MappingColumn column : next) {
            column.fieldProperty().addListener((observable, old, field) -> fieldChanged(column, field));
        }
    }

    /** A field belongs to one column: choosing it here frees it elsewhere; then the preview is made again. */
    private void fieldChanged(MappingColumn changed, MemberField field) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            if (field != null) {
                for (MappingColumn other : columns) {
                    if (other != changed && other.getField() == field) {
                        other.setField(null);
                    }
                }
            }
        } finally {
            adjusting = false;
        }
        Map<Integer, MemberField> chosen = new HashMap<>();
        for (MappingColumn column : columns) {
            if (column.getField() != null) {
                chosen.put(column.index(), column.getField());
            }
        }
        mapping = ColumnMapping.of(chosen);
        refreshPreview();
    }

    private void refreshPreview() {
        if (sheet == null) {
            return;
        }
        long run = ++generation;
        RosterSheet current = sheet;
        ColumnMapping currentMapping = mapping;
        updateTexts();
        runInBackground(() -> service.preview(current, currentMapping, context), result -> {
            if (run == generation) {
                show(result);
            }
        }, failure -> {
            if (run == generation) {
                error.set(messages.describeFailure(failure, "; "));
            }
        });
    }

    private void show(ImportPreview next) {
        preview = next;
        accepted.setAll(next.accepted().stream().map(row -> new PreviewRow(row.rowNumber(), row.member().fullName(),
                labels.label(row.member().gender()), row.member().dateOfBirth() == null ? ""
                        : DATE.format(row.member().dateOfBirth()), row.member().position(), row.member().sendingUnit(),
                groupNames.getOrDefault(row.member().groupId(), row.member().groupId()), labels.label(row.member().role()),
                row.member().idNumber(), row.member().phone())).toList());
        notices.setAll(next.accepted().stream().filter(row -> !row.notices().isEmpty())
                .map(row -> messages.get("roster.row", row.rowNumber(), describe(row.notices()))).toList());
        rejected.setAll(next.rejected().stream().map(row -> row.describe(messages)).toList());
        if (sheet != null) {
            summary.set(messages.get("ui.roster.summary", next.acceptedCount(), next.rejectedCount()));
        }
        updateTexts();
    }

    private String describe(List<RowIssue> notices) {
        return notices.stream().map(n -> n.describe(messages)).collect(Collectors.joining("; "));
    }

    private void updateTexts() {
        confirmLabel.set(messages.get("ui.roster.confirm", preview.acceptedCount()));
        acceptedTitle.set(messages.get("ui.roster.tab.accepted", preview.acceptedCount()));
        rejectedTitle.set(messages.get("ui.roster.tab.rejected", preview.rejectedCount()));
        noticesTitle.set(messages.get("ui.roster.tab.notices", notices.size()));
        String next = "";
        if (sheet != null && !mapping.isMapped(MemberField.FULL_NAME)) {
            next = messages.get("ui.roster.hint.needName", fieldLabel(MemberField.FULL_NAME));
        } else if (sheet != null && preview.acceptedCount() == 0) {
            next = messages.get("ui.roster.hint.noneAccepted");
        }
        hint.set(next);
        // canConfirm also depends on the mapping and the preview, which are plain fields.
        revision.set(revision.get() + 1);
    }

    private record Loaded(RosterSheet sheet, ColumnMapping mapping, ImportPreview preview) {
        Loaded {
            Objects.requireNonNull(sheet, "sheet");
        }
    }
}
