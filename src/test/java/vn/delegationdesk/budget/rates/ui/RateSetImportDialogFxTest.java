package vn.delegationdesk.budget.rates.ui;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateSetChange;
import vn.delegationdesk.platform.i18n.Messages;

/** The import preview on a screen, headless: the changes listed, "Thay thế" offered, "Hủy" the default button. */
@ExtendWith(ApplicationExtension.class)
class RateSetImportDialogFxTest {
    private static final ImportPreview.Row ROW = new ImportPreview.Row("Phòng nghỉ theo hóa đơn, 2 người/phòng – vùng còn lại",
            "chưa có số liệu · chưa xác minh", "1.500.000 đ · Điều 7 khoản 2 TT 12/2025 · đã xác minh");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        var tt12 = BuiltInRateSets.all().get(1);
        RateSetChange change = RateSetChange.of("Dinh-muc_TT-12-2025.json", tt12, List.of(tt12));
        ImportPreview preview = new ImportPreview("Nhập bộ định mức từ tệp", "Tệp Dinh-muc_TT-12-2025.json sẽ thay thế …",
                List.of(ROW), "Thay thế", change);
        RateSetImportDialog dialog = new RateSetImportDialog(stage, preview, new Messages());
        dialog.show();
    }

    @Test
    void listsTheChangesAndMakesCancelTheDefault(FxRobot robot) {
        TableView<?> changes = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CHANGES).queryTableView();
        Button confirm = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CONFIRM).queryButton();
        Button cancel = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CANCEL).queryButton();

        assertThat(List.<Object>copyOf(changes.getItems())).containsExactly(ROW);
        assertThat(confirm.getText()).isEqualTo("Thay thế");
        assertThat(confirm.isDefaultButton()).isFalse();
        assertThat(cancel.getText()).isEqualTo("Hủy");
        assertThat(cancel.isDefaultButton()).isTrue();
    }
}
