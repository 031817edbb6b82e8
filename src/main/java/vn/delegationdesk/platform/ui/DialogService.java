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

    /** "Lưu", "Không lưu" or "Hủy" (also when the dialog is closed). */
    UnsavedChoice askUnsaved(String title, String message);

    /** A file to read; {@code patterns} like "*.xlsx". Empty when the user cancels. */
    Optional<Path> chooseOpenFile(String title, String filterName, String... patterns);

    /** A file to write, proposing {@code initialName}. Empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... patterns);

    /** A folder to write several files into. Empty when the user cancels. */
    Optional<Path> chooseDirectory(String title);
}
