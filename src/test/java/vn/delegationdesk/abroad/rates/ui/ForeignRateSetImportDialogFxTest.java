package vn.delegationdesk.abroad.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.budget.rates.ui.ImportPreview;
import vn.delegationdesk.budget.rates.ui.RateSetIds;
import vn.delegationdesk.budget.rates.ui.RateSetImportDialog;
import vn.delegationdesk.exchange.rates.ForeignRateSetExchange;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * "Nhập bộ định mức nước ngoài" on a screen, headless, in the domestic import dialog: the per diem change listed as the
 * user reads it, "Thay thế" offered, "Hủy" the default button. Figures are TEST DATA.
 */
@ExtendWith(ApplicationExtension.class)
class ForeignRateSetImportDialogFxTest {
    private static final Currency USD = Currency.getInstance("USD");
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("foreign-rates");
        ForeignRateSet tt140 = BuiltInForeignRateSets.all().get(1);
        ForeignRateSet stored = tt140.withRates(List.of(CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"),
                new BigDecimal("45"), "Dữ liệu thử", false)));
        ForeignRateSet file = tt140.withRates(List.of(CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("65"),
                new BigDecimal("45"), "Dữ liệu thử", false)));
        ForeignRateSetExchange files = new ForeignRateSetExchange();
        Path path = dir.resolve("Dinh-muc-nuoc-ngoai.json");
        files.write(file, path);
        ForeignRateSetImportViewModel model = new ForeignRateSetImportViewModel(files, new Messages());
        model.open(path, List.of(stored));

        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        new RateSetImportDialog(stage, model.dialogPreview(), new Messages()).show();
    }

    @AfterEach
    void cleanUp() {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void showsThePerDiemChangeAndMakesCancelTheDefault(FxRobot robot) {
        DialogPane pane = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_DIALOG).queryAs(DialogPane.class);
        TableView<?> changes = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CHANGES).queryTableView();
        Button confirm = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CONFIRM).queryButton();
        Button cancel = robot.lookup("#" + RateSetIds.RATE_SET_IMPORT_CANCEL).queryButton();

        assertThat(((Stage) pane.getScene().getWindow()).getTitle()).isEqualTo("Nhập bộ định mức nước ngoài");
        assertThat(List.<Object>copyOf(changes.getItems())).containsExactly(
                new ImportPreview.Row("Hàn Quốc (KR) – Tiền ăn và tiêu vặt", "60 USD", "65 USD"));
        assertThat(confirm.getText()).isEqualTo("Thay thế");
        assertThat(confirm.isDefaultButton()).isFalse();
        assertThat(cancel.isDefaultButton()).isTrue();
    }
}
