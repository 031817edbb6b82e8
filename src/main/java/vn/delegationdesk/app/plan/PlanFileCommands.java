package vn.delegationdesk.app.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.documents.plan.PlanDocumentKind;
import vn.delegationdesk.documents.plan.PlanDocumentService;
import vn.delegationdesk.exchange.PlanPackageService;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.ReportPeriods;
import vn.delegationdesk.plan.workbook.ui.TableOptions;
import vn.delegationdesk.plan.workbook.ui.TableOptionsPrompt;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;
import vn.delegationdesk.sample.SamplePlan;

/**
 * The plans window's commands that join features the plans do not know (kept in the composition root so that the plans
 * feature depends on neither the documents, the packages nor the samples): "Lưu kế hoạch (PDF)…", "Lưu báo cáo kết quả
 * (PDF)…" for a chosen period, "Lưu gói kế hoạch (.json)…" and its import, and "Tạo kế hoạch mẫu". The stored plan is
 * printed and saved, as saved; the status line says what was written.
 */
public final class PlanFileCommands extends ViewModel {
    private final PlanService plans;
    private final PlanPackageService packages;
    private final DelegationService delegations;
    private final PlanDocumentService documents;
    private final DialogService dialogs;
    private final TableOptionsPrompt prompt;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public PlanFileCommands(PlanService plans, DelegationService delegations, PlanDocumentService documents, TaskRunner tasks,
            DialogService dialogs, TableOptionsPrompt prompt, Messages messages, Supplier<LocalDate> today) {
        super(tasks);
        this.plans = plans;
        this.packages = new PlanPackageService(plans);
        this.delegations = delegations;
        this.documents = documents;
        this.dialogs = dialogs;
        this.prompt = prompt;
        this.messages = messages;
        this.today = today;
    }

    /** "Đã lưu …", or why the last command failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Writes the stored plan {@code planId} as its PDF (with the task annex) where the user chooses. */
    public void savePlan(long planId) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return;
        }
        write(plan.get(), PlanDocumentKind.PLAN, null);
    }

    /** Asks the period, then writes the stored plan's report for it where the user chooses. */
    public void saveReport(long planId) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return;
        }
        Optional<TableOptions> chosen = prompt.ask(messages.get("ui.plan.files.report.title"),
                ReportPeriods.offered(plan.get(), today.get()), ReportPeriods.proposed(plan.get(), today.get()), false);
        chosen.ifPresent(options -> write(plan.get(), PlanDocumentKind.REPORT, options.period()));
    }

    private void write(Plan plan, PlanDocumentKind kind, ReportPeriod period) {
        String title = messages.get(kind == PlanDocumentKind.PLAN ? "ui.plan.files.plan.title" : "ui.plan.files.report.title");
        Optional<Path> target = dialogs.chooseSaveFile(title, fileName(plan, kind, period),
                messages.get("ui.plan.files.pdf"), "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        runInBackground(() -> {
            documents.write(plan, kind, period, PlanDocumentService.linkedDelegations(plan, delegations::find), target.get());
            return target.get();
        }, written -> status.set(messages.get("ui.plan.files.saved", written.getFileName().toString())), error -> {
            status.set(messages.get("ui.plan.files.failed"));
            dialogs.showError(title, messages.describeFailure(error, "\n"));
        });
    }

    private String fileName(Plan plan, PlanDocumentKind kind, ReportPeriod period) {
        return kind == PlanDocumentKind.PLAN ? fileName("pdf", messages.get("ui.plan.files.planName"), plan)
                : fileName("pdf", messages.get("ui.plan.files.reportName"), plan, period.code());
    }

    /**
     * "Bao-cao-ket-qua_Tham-gia-voi-vai-tro-thanh-vien_2025-H1.pdf": what the file is ({@code document}), the plan's first
     * eight words, then {@code details}; safe on every system ({@link FileNames}).
     */
    public static String fileName(String extension, String document, Plan plan, String... details) {
        String[] words = plan.title().split("\\s+");
        String title = String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, 8)));
        String[] parts = new String[details.length + 2];
        parts[0] = document;
        parts[1] = title;
        System.arraycopy(details, 0, parts, 2, details.length);
        return FileNames.of(extension, parts);
    }

    /** "Lưu gói kế hoạch (.json)…": writes the stored plan {@code planId} as a plan package where the user chooses. */
    public void savePackage(long planId) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return;
        }
        String title = messages.get("ui.plan.files.package.title");
        Optional<Path> target = dialogs.chooseSaveFile(title, fileName("json", messages.get("ui.plan.files.packageName"), plan.get()),
                messages.get("ui.plan.files.json"), "*.json");
        if (target.isEmpty()) {
            return;
        }
        runInBackground(() -> {
            packages.exportPlan(planId, target.get());
            return target.get();
        }, written -> status.set(messages.get("ui.plan.files.saved", written.getFileName().toString())), error -> {
            status.set(messages.get("ui.plan.files.failed"));
            dialogs.showError(title, messages.describeFailure(error, "\n"));
        });
    }

    /**
     * "Nhập gói kế hoạch (.json)…": stores the plan of a chosen package as a new plan and hands its id to {@code stored};
     * a refused file is shown with every problem and stores nothing. When activities were delegations, the user is told
     * that their links stayed behind.
     */
    public void importPackage(LongConsumer stored) {
        String title = messages.get("ui.plan.files.import.title");
        Optional<Path> file = dialogs.chooseOpenFile(title, messages.get("ui.plan.files.json"), "*.json");
        if (file.isEmpty()) {
            return;
        }
        runInBackground(() -> packages.importPlan(file.get()), imported -> {
            status.set(messages.get("ui.plan.files.imported", imported.title()));
            if (imported.unlinkedDelegations() > 0) {
                dialogs.showInfo(title, messages.get("ui.plan.files.imported.unlinked", imported.title(),
                        imported.unlinkedDelegations()));
            }
            stored.accept(imported.id());
        }, error -> {
            status.set(messages.get("ui.plan.files.importFailed"));
            dialogs.showError(title, messages.describeFailure(error, "\n"));
        });
    }

    /** Stores the built-in sample plan (seed 002, as issued) and hands its id to {@code stored}. */
    public void createSample(LongConsumer stored) {
        runInBackground(() -> plans.create(SamplePlan.create()), id -> {
            status.set(messages.get("ui.plan.files.sampleCreated"));
            stored.accept(id);
        }, error -> dialogs.showError(messages.get("ui.plan.files.sample"), messages.describeFailure(error, "\n")));
    }
}
