package vn.delegationdesk.budget.rates.ui;

import java.util.List;
import vn.delegationdesk.budget.RateSetChange;

/**
 * What the import preview shows, in Vietnamese: a heading ("Tệp … sẽ thay thế bộ định mức «…»: 1 mức thay đổi."),
 * one row per changed field or value (before → after), and the text of the confirming button ("Thay thế" or "Thêm
 * mới"). Built by {@link RateSetFileCommands} without any node; the dialog only shows it. {@code change} is the domestic
 * change, null when the preview is of a foreign rate set (abroad.ui builds it; the dialog never reads it).
 */
public record ImportPreview(String title, String heading, List<Row> rows, String confirmText, RateSetChange change) {
    /** One line of the preview: what ("Phòng nghỉ … vùng còn lại"), as stored, as in the file. */
    public record Row(String item, String before, String after) {
    }

    public ImportPreview {
        rows = List.copyOf(rows);
    }
}
