package vn.delegationdesk.app;

import java.nio.file.Path;
import java.util.Optional;

/** The password and folder dialogs, behind an interface so the logic using them is tested without a screen. */
public interface PasswordPrompt {
    /** What to do with an encrypted store's password. */
    enum Change { NEW_PASSWORD, REMOVE, CANCEL }

    /** A new password typed twice (masked), checked by {@link PasswordRules}; empty when cancelled. */
    Optional<char[]> askNew(String title, String message);

    /** "Đổi mật khẩu", "Bỏ mã hóa" or "Hủy". */
    Change askChange(String title, String message);

    /** The password to open the store; {@code error} (may be null) says why it is asked again. Empty for "Đóng". */
    Optional<char[]> askToOpen(String title, String message, String error);

    /** At the first start: "Đặt mật khẩu…" (true) or "Không mã hóa" (false). */
    boolean offerEncryption(String title, String message);

    /** A folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title);
}
