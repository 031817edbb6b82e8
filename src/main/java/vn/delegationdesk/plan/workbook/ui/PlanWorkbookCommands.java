package vn.delegationdesk.plan.workbook.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.ReportPeriods;
import vn.delegationdesk.plan.workbook.PeriodNames;
import vn.delegationdesk.plan.workbook.PlanResultImport;
import vn.delegationdesk.plan.workbook.export.ReturnFileReader;
import vn.delegationdesk.plan.workbook.export.TaskTableWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The plans window's Excel commands for the units: "Xuất bảng nhiệm vụ…" (choose the period and one sheet per unit or
 * not, then the file; written in the background) and "Nhập kết quả từ các đơn vị…" (choose the period and the return
 * file; the preview dialog shows every change and refusal; nothing is written until the user confirms). What was done is
 * said in {@link #statusProperty()}; failures in an error dialog.
 */
public final class PlanWorkbookCommands extends ViewModel {

    private final PlanService plans;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final TableOptionsPrompt prompt;
    private final Consumer<ResultImportViewModel> showPreview;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private LongConsumer onResultsStored = id -> { };

    /**
     * @param showPreview shows the import preview dialog over the view model it is given (the window's:
     *        {@code vm -> new ResultImportDialog(owner, vm, messages).show()})
     */
    public PlanWorkbookCommands(PlanService plans, TaskRunner tasks, DialogService dialogs, Messages messages,
            TableOptionsPrompt prompt, Consumer<ResultImportViewModel> showPreview, Supplier<LocalDate> today) {
        super(tasks);
        this.plans = plans;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.prompt = prompt;
        this.showPreview = showPreview;
        this.today = today;
    }

    /** Runs {@code action} with the plan's id once imported results are stored (the window opens the plan again). */
    public void setOnResultsStored(LongConsumer action) {
        onResultsStored = action;
    }

    /** "Xuất bảng nhiệm vụ…" for plan {@code planId}. */
    public void exportTable(long planId) {
        withPlan(planId, "planbook.export.failed", plan -> {
            Optional<TableOptions> options = prompt.ask(messages.get("planbook.export.title"), periods(plan),
                    proposed(plan), true);
            if (options.isEmpty()) {
                return;
            }
            ReportPeriod period = options.get().period();
            Optional<Path> file = dialogs.chooseSaveFile(messages.get("planbook.export.choose"), fileName(plan, period),
                    messages.get("planbook.file.filter"), "*.xlsx")
                    .flatMap(chosen -> FileTargets.withExtension(chosen, "xlsx", dialogs, messages));
            if (file.isEmpty()) {
                return;
            }
            Path target = file.get();
            boolean perUnit = options.get().perUnit();
            runInBackground(() -> {
                new TaskTableWriter(messages).write(plan, period, perUnit, target);
                return target;
            }, written -> status.set(messages.get(perUnit ? "planbook.export.doneUnits" : "planbook.export.done",
                    plan.tasks().size(), PeriodNames.of(period), written.toString(), TaskTableWriter.units(plan).size())),
                    error -> dialogs.showError(messages.get("planbook.export.failed"), messages.describeFailure(error, "\n")));
        });
    }

    /** "Nhập kết quả từ các đơn vị…" for plan {@code planId}: the preview dialog is shown once the file is chosen. */
    public void importResults(long planId) {
        withPlan(planId, "planbook.import.failed", plan -> {
            Optional<TableOptions> options = prompt.ask(messages.get("planbook.import.title"), periods(plan), proposed(plan),
                    false);
            if (options.isEmpty()) {
                return;
            }
            Optional<Path> file = dialogs.chooseOpenFile(messages.get("planbook.import.choose"),
                    messages.get("planbook.file.filter"), "*.xlsx");
            if (file.isEmpty()) {
                return;
            }
            ResultImportViewModel preview = new ResultImportViewModel(new PlanResultImport(plans), new ReturnFileReader(messages),
                    planId, options.get().period(), tasks, messages, text -> {
                        status.set(text);
                        onResultsStored.accept(planId);
                    });
            preview.start(file.get());
            showPreview.accept(preview);
        });
    }

    private void withPlan(long planId, String failureTitle, Consumer<Plan> then) {
        runInBackground(() -> plans.find(planId), found -> {
            if (found.isEmpty()) {
                dialogs.showError(messages.get(failureTitle), messages.get("planbook.error.noPlan", planId));
            } else {
                then.accept(found.get());
            }
        }, error -> dialogs.showError(messages.get(failureTitle), messages.describeFailure(error, "\n")));
    }

    List<ReportPeriod> periods(Plan plan) {
        return ReportPeriods.offered(plan, today.get());
    }

    ReportPeriod proposed(Plan plan) {
        return ReportPeriods.proposed(plan, today.get());
    }

    /** "Bang-nhiem-vu_Ke-hoach-tham-gia-Mang-luoi-nam-2025_2025-H1.xlsx". */
    private String fileName(Plan plan, ReportPeriod period) {
        String[] words = plan.title().split("\\s+");
        String title = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, 8)));
        return FileNames.of("xlsx", messages.get("planbook.fileName"), title, period.code());
    }

    /** The label of the export button: "Xuất bảng nhiệm vụ…". */
    public String exportCommandText() {
        return messages.get("planbook.export.command");
    }

    /** The label of the import button: "Nhập kết quả từ các đơn vị…". */
    public String importCommandText() {
        return messages.get("planbook.import.command");
    }

    /** What the last command did ("Đã xuất 2 nhiệm vụ … vào tệp …"), for the plans window's status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
