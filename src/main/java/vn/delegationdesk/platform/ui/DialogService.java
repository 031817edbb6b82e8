package vn.delegationdesk.platform.ui;

/**
 * Messages that need the user's attention, behind an interface so that view models stay testable. The
 * JavaFX implementation labels every button in Vietnamese ("Đồng ý", "Hủy", "Đóng"): JavaFX ships no
 * Vietnamese strings. Every call waits until the user has answered.
 */
public interface DialogService {
    void showInfo(String title, String message);

    void showError(String title, String message);

    /** True when the user chose "Đồng ý", false for "Hủy" or closing the dialog. */
    boolean confirm(String title, String message);
}
