package vn.delegationdesk.platform.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Messages that need the user's attention, behind an interface so that view models stay testable. The
 * JavaFX implementation labels every button in Vietnamese ("Đồng ý", "Hủy", "Đóng"): JavaFX ships no
 * Vietnamese strings. Every call waits until the user has answered.
 */
public interface DialogService {
    /** The answer to "there are unsaved changes". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** True when the user chose "Đồng ý", false for "Hủy" or closing the dialog. */
    boolean confirm(String title, String message);

    /**
     * Asks before files that exist would be replaced: true for "Thay thế", false for "Hủy", which is the default
     * button (Enter keeps the files), and for closing the dialog.
     */
    default boolean confirmReplace(String title, String message) {
        return confirm(title, message);
    }

    /** "Lưu", "Không lưu" or "Hủy" (also when the dialog is closed). */
    UnsavedChoice askUnsaved(String title, String message);

    /**
     * A file to read; {@code patterns} like "*.xlsx". Empty when the user cancels. The choosers open in the folder
     * last used (else the user's Documents), never in the working directory.
     */
    Optional<Path> chooseOpenFile(String title, String filterName, String... patterns);

    /** A file to write, proposing {@code initialName}. Empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... patterns);

    /** A folder to write several files into. Empty when the user cancels. */
    Optional<Path> chooseDirectory(String title);
}
