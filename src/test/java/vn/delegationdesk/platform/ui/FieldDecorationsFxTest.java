package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A field's problems are one mark, read under the field: the typed text first, then the rule, then nothing. */
@ExtendWith(ApplicationExtension.class)
class FieldDecorationsFxTest {
    private static final String HINT = "Ngày khởi hành của đoàn, dạng ngày/tháng/năm";
    private static final String TYPED = "Ngày về không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025";
    private static final String RULE = "ngày kết thúc trước ngày bắt đầu";

    private final StringProperty typed = new SimpleStringProperty();
    private final StringProperty rule = new SimpleStringProperty();
    private TextField field;
    private Label reason;
    private Tooltip hint;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("trip-end");
        hint = new Tooltip(HINT);
        field.setTooltip(hint);
        FieldDecorations.bind(field, typed);
        FieldDecorations.bind(field, rule);
        VBox box = FieldDecorations.withReason(field);
        reason = FieldDecorations.reason(field);
        Scene scene = new Scene(new VBox(box), 360, 200);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFirstProblemShowsUnderTheFieldAndTheNextWhenItGoes(FxRobot robot) {
        assertFine();

        robot.interact(() -> {
            rule.set(RULE);
            typed.set(TYPED);
        });
        assertShown(TYPED);
        assertThat(reason.getId()).isEqualTo("trip-end-reason");
        assertThat(reason.getLabelFor()).isSameAs(field);

        robot.interact(() -> typed.set(null));
        assertShown(RULE);

        robot.interact(() -> rule.set(""));
        assertFine();
    }

    @Test
    void aProblemComingBackAfterAnotherLeftStillMarksTheField(FxRobot robot) {
        robot.interact(() -> typed.set(TYPED));
        robot.interact(() -> rule.set(RULE));
        robot.interact(() -> typed.set(""));
        robot.interact(() -> rule.set(null));
        assertFine();

        robot.interact(() -> typed.set(TYPED));
        assertShown(TYPED);
    }

    private void assertShown(String message) {
        assertThat(field.getStyleClass()).containsOnlyOnce(Styles.INVALID);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.isManaged()).isTrue();
        assertThat(reason.getText()).isEqualTo(message);
        assertThat(field.getTooltip().getText()).isEqualTo(message);
        assertThat(field.getAccessibleHelp()).isEqualTo(message);
        assertThat(FieldDecorations.messageProperty(field).get()).isEqualTo(message);
    }

    private void assertFine() {
        assertThat(field.getStyleClass()).doesNotContain(Styles.INVALID);
        assertThat(reason.isVisible()).isFalse();
        assertThat(reason.isManaged()).isFalse();
        assertThat(field.getTooltip()).isSameAs(hint);
        assertThat(field.getAccessibleHelp()).isNull();
        assertThat(FieldDecorations.messageProperty(field).get()).isEmpty();
    }
}
