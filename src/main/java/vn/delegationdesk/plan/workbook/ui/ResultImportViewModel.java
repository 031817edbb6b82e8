package vn.delegationdesk.plan.workbook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.workbook.PeriodNames;
import vn.delegationdesk.plan.workbook.PlanResultImport;
import vn.delegationdesk.plan.workbook.ResultPreview;
import vn.delegationdesk.plan.workbook.RowOutcome;
import vn.delegationdesk.plan.workbook.export.ReturnFileReader;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The preview of one return file: read in the background, then every row with what the import does to it (the change
 * old → new, unchanged, or refused with the row and field named) and a summary; the whole file refused with the reason
 * (another plan's file names that plan). {@link #confirm()} stores exactly the listed changes in one transaction and is
 * refused when the plan changed since the preview; {@link #cancel()} writes nothing.
 */
public final class ResultImportViewModel extends ViewModel {
    private final PlanResultImport imports;
    private final ReturnFileReader reader;
    private final Messages messages;
    private final long planId;
    private final ReportPeriod period;
    private final Consumer<String> announce;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper changeCount = new ReadOnlyIntegerWrapper(this, "changeCount", 0);
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(this, "canConfirm", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ObservableList<PreviewLine> lines = FXCollections.observableArrayList();
    private ResultPreview preview;

    ResultImportViewModel(PlanResultImport imports, ReturnFileReader reader, long planId, ReportPeriod period, TaskRunner tasks,
            Messages messages, Consumer<String> announce) {
        super(tasks);
        this.imports = imports;
        this.reader = reader;
        this.planId = planId;
        this.period = period;
        this.messages = messages;
        this.announce = announce;
    }

    /** Reads {@code file} and builds the preview in the background. */
    public void start(Path file) {
        fileName.set(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        summary.set(messages.get("planbook.import.reading", fileName.get()));
        runInBackground(() -> imports.preview(planId, period, reader.read(file)), this::show,
                error -> problem.set(messages.describeFailure(error, "\n")));
    }

    private void show(ResultPreview result) {
        preview = result;
        lines.setAll(result.rows().stream().map(this::line).toList());
        changeCount.set(result.changes().size());
        canConfirm.set(!result.isRefusedWhole() && !result.changes().isEmpty());
        if (result.isRefusedWhole()) {
            problem.set(messages.get(result.refusal().get().key(), result.refusal().get().args().toArray()));
            summary.set("");
        } else {
            summary.set(messages.get("planbook.import.summary", result.fileName(), PeriodNames.of(period),
                    result.changes().size(), result.unchanged().size(), result.refused().size()));
        }
    }

    private PreviewLine line(RowOutcome o) {
        String where = messages.get(o.where().key(), o.where().args().toArray());
        String outcome = messages.get(switch (o.kind()) {
            case CHANGED -> "planbook.outcome.changed";
            case UNCHANGED -> "planbook.outcome.unchanged";
            case REFUSED -> "planbook.outcome.refused";
        });
        String reason = o.reason() == null ? "" : messages.get(o.reason().key(), o.reason().args().toArray());
        return new PreviewLine(where, o.number(), outcome, o.oldResult(), o.newResult(), reason,
                o.kind() == RowOutcome.Kind.REFUSED);
    }

    /** Stores the previewed changes; on success the dialog closes and the plans window says how many were stored. */
    public void confirm() {
        if (!canConfirm.get() || isBusy()) {
            return;
        }
        canConfirm.set(false);
        ResultPreview confirmed = preview;
        runInBackground(() -> imports.confirm(confirmed), stored -> {
            announce.accept(messages.get("planbook.import.done", stored, PeriodNames.of(period), confirmed.fileName()));
            finished.set(true);
        }, error -> problem.set(messages.describeFailure(error, "\n")));
    }

    /** Closes without writing anything. */
    public void cancel() {
        finished.set(true);
    }

    public ObservableList<PreviewLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The preview as built (null while reading or after a failure to read). */
    public ResultPreview preview() {
        return preview;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why nothing can be imported: the file refused whole, unreadable, or the plan changed since the preview. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Lines of the preview that are refused, for the dialog's count. */
    public List<PreviewLine> refusedLines() {
        return lines.stream().filter(PreviewLine::refused).toList();
    }
}
