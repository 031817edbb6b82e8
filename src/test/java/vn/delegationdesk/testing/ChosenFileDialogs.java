package vn.delegationdesk.testing;

import java.nio.file.Path;
import java.util.Optional;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FxDialogService;

/** The real dialogs, but the file chooser (a native window) answers with the prepared workbook. */
public record ChosenFileDialogs(FxDialogService fx, Path file) implements DialogService {
    @Override
    public void showInfo(String title, String message) {
        fx.showInfo(title, message);
    }

    @Override
    public void showError(String title, String message) {
        fx.showError(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return fx.confirm(title, message, action);
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        return fx.askUnsaved(title, message);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterName, String... patterns) {
        return Optional.of(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... patterns) {
        return Optional.of(file.resolveSibling(initialName));
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return Optional.of(file.getParent());
    }
}
