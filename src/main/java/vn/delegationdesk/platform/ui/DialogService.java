package vn.delegationdesk.platform.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Messages that need the user's attention, behind an interface so that view models stay testable. The
 * JavaFX implementation labels every button in Vietnamese ("Hủy", "Đóng", "Lưu"): JavaFX ships no
 * Vietnamese strings. The safe answer is always the default one. Every call waits until the user has answered.
 */
public interface DialogService {
    /** The answer to "there are unsaved changes". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showInfo(String title, String message);

    void showError(String title, String message);

    /**
     * Asks before an action that cannot be undone (a delete, a restore, replacing what was typed). The dialog has two
     * buttons: "Hủy", the default one (Enter, like Esc and closing the dialog, changes nothing), and one labelled by what
     * the action does ({@code action}: "Xóa đoàn", "Khôi phục", "Tạo lại dự toán"), which must be clicked or chosen
     * on purpose. True only when the user chose {@code action}.
     */
    boolean confirm(String title, String message, String action);

    /**
     * Asks before files that exist would be replaced: true for "Thay thế", false for "Hủy", which is the default
     * button (Enter keeps the files), and for closing the dialog.
     */
    default boolean confirmReplace(String title, String message) {
        // The window's dialogs label the button "Thay thế"; a test double answers what confirm answers.
        return confirm(title, message, title);
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
