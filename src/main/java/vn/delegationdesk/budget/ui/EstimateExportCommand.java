package vn.delegationdesk.budget.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.Operation;
import vn.delegationdesk.platform.logging.OperationLog;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;

/**
 * "Xuất Excel…": asks for the file (named for the trip, {@link FileNames}), adds ".xlsx" when the chosen name lacks it
 * (asking before that replaces a file), writes the estimate on screen in the background, then says where it went or
 * shows why it could not be written. The writing is one line of the support log.
 */
final class EstimateExportCommand {
    private static final OperationLog LOG = OperationLog.of(EstimateExportCommand.class);

    /** Runs the writing away from the screen, the view model busy meanwhile. */
    @FunctionalInterface
    interface Background {
        void run(Callable<Path> work, Consumer<Path> written, Consumer<Throwable> failed);
    }

    private final DialogService dialogs;
    private final Messages messages;
    private final EstimateExport export;
    private final Background background;
    private final Consumer<String> notice;

    EstimateExportCommand(DialogService dialogs, Messages messages, EstimateExport export, Background background,
            Consumer<String> notice) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.export = Objects.requireNonNull(export, "export");
        this.background = background;
        this.notice = notice;
    }

    void run(Estimate estimate, Delegation delegation) {
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.estimate.export.choose"), fileName(delegation),
                messages.get("ui.estimate.export.filter"), "*.xlsx");
        Optional<Path> target = file.flatMap(chosen -> FileTargets.withExtension(chosen, "xlsx", dialogs, messages));
        if (target.isEmpty()) {
            return;
        }
        Path written = target.get();
        background.run(() -> {
            try (Operation op = LOG.start("export-estimate-excel").id("delegation", delegation.id())
                    .count("lines", estimate.sections().stream().mapToLong(section -> section.lines().size()).sum())) {
                export.write(estimate, delegation, written);
                op.ok();
            }
            return written;
        }, done -> notice.accept(messages.get("ui.estimate.exported", done.toString())),
                error -> dialogs.showError(messages.get("ui.estimate.export.failed"), messages.describeFailure(error, "\n")));
    }

    /** "Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx": the estimate of the trip to these places in that month. */
    String fileName(Delegation d) {
        return FileNames.forDelegation(messages.get("ui.fileName.estimate"), d, "xlsx");
    }
}
