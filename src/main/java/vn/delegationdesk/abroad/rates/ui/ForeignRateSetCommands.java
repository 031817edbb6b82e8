package vn.delegationdesk.abroad.rates.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.ForeignRateSetFiles;
import vn.delegationdesk.budget.rates.ui.RateSetFileCommands.Confirmation;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;

/**
 * "Dữ liệu › Nhập / Xuất bộ định mức công tác nước ngoài…": the finance office's way to fill the circulars' empty sets
 * (TT 102/2012, TT 140/2025) from a file, with the differences shown before anything is replaced, and to send a set to
 * another unit. A rate-set file is at most 1 MB, so it is read and written on the spot.
 */
public final class ForeignRateSetCommands {
    private final AbroadService abroad;
    private final ForeignRateSetFiles files;
    private final DialogService dialogs;
    private final Messages messages;

    public ForeignRateSetCommands(AbroadService abroad, ForeignRateSetFiles files, DialogService dialogs, Messages messages) {
        this.abroad = abroad;
        this.files = files;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Asks for a file, shows what would change through {@code confirmation}, stores the set once confirmed. */
    public Optional<ForeignRateSet> importFile(Confirmation confirmation) {
        String title = messages.get("abroad.rateSets.import.title");
        Optional<Phrase> refused = abroad.whyNotSaveRateSet();
        if (refused.isPresent()) {
            dialogs.showInfo(title, messages.get(refused.get().key(), refused.get().args().toArray()));
            return Optional.empty();
        }
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("ui.rateSets.import.choose"),
                messages.get("ui.rateSets.file.filter"), "*.json");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ForeignRateSetImportViewModel preview = new ForeignRateSetImportViewModel(files, messages);
        if (!preview.open(file.get(), abroad.rateSets())) {
            String refusal = preview.refusalProperty().get();
            if (refusal == null || refusal.isEmpty()) {
                dialogs.showInfo(title, preview.headingProperty().get());
            } else {
                dialogs.showError(messages.get("ui.rateSets.import.failed"), refusal);
            }
            return Optional.empty();
        }
        if (!confirmation.confirm(preview.dialogPreview())) {
            return Optional.empty();
        }
        try {
            ForeignRateSet stored = abroad.saveRateSet(preview.confirm().orElseThrow());
            dialogs.showInfo(title, messages.get("abroad.rateSets.import.stored", stored.name(), file.get().getFileName()));
            return Optional.of(stored);
        } catch (ValidationException e) {
            dialogs.showError(messages.get("ui.rateSets.import.failed"), String.join("\n", messages.describeAll(e.errors())));
            return Optional.empty();
        }
    }

    /** Asks which stored set ({@code choose}) and where, then writes it. */
    public Optional<Path> exportFile(Function<List<ForeignRateSet>, Optional<ForeignRateSet>> choose) {
        Optional<ForeignRateSet> set = choose.apply(abroad.rateSets());
        if (set.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.rateSets.export.choose"), fileName(set.get()),
                messages.get("ui.rateSets.file.filter"), "*.json")
                .flatMap(chosen -> FileTargets.withExtension(chosen, "json", dialogs, messages));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            files.write(set.get(), file.get());
        } catch (IOException e) {
            dialogs.showError(messages.get("ui.rateSets.export.failed"), messages.describeFailure(e, "\n"));
            return Optional.empty();
        }
        dialogs.showInfo(messages.get("abroad.rateSets.export.title"),
                messages.get("ui.rateSets.exported", set.get().name(), file.get().toString()));
        return file;
    }

    /** "Dinh-muc-cong-tac-nuoc-ngoai_140-2025-TT-BTC.json", as the domestic export names its files. */
    String fileName(ForeignRateSet set) {
        String what = set.documentNumber().isEmpty() ? set.name() : set.documentNumber();
        return FileNames.of("json", messages.get("abroad.rateSets.fileName"), what);
    }
}
