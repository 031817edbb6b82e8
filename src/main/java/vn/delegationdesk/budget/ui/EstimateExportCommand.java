package vn.delegationdesk.budget.ui;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;

/**
 * "Xuất Excel…": asks for the file (named after the plan), adds ".xlsx" when the chosen name lacks it, writes the
 * estimate on screen in the background, then says where it went or shows why it could not be written.
 */
final class EstimateExportCommand {
    private static final int FILE_NAME_WORDS = 8;
    /** Plans are titled "Tổ chức Đoàn …": the file name starts at "Đoàn". */
    private static final String ORGANISING = "Tổ chức ";

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
        if (file.isEmpty()) {
            return;
        }
        Path chosen = file.get();
        Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        background.run(() -> {
            export.write(estimate, delegation, target);
            return target;
        }, written -> notice.accept(messages.get("ui.estimate.exported", written.toString())),
                error -> dialogs.showError(messages.get("ui.estimate.export.failed"), messages.describeFailure(error, "\n")));
    }

    /** "Du-toan-Doan-khao-sat-trao-doi-hoc-tap-kinh.xlsx": the first words of the title (without "Tổ chức"), no marks. */
    static String fileName(Delegation d) {
        String title = d.title().startsWith(ORGANISING) ? d.title().substring(ORGANISING.length()) : d.title();
        String bare = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        List<String> words = new ArrayList<>();
        for (String word : bare.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && words.size() < FILE_NAME_WORDS) {
                words.add(word);
            }
        }
        return "Du-toan" + (words.isEmpty() ? "" : "-" + String.join("-", words)) + ".xlsx";
    }
}
