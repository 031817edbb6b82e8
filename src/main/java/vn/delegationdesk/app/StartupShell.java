package vn.delegationdesk.app;

import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Styles;

/**
 * What the window shows in its very first frame: the top bar and "Đang mở kho dữ liệu…". It is made of
 * plain {@link Text} nodes, not controls, so the first frame does not wait for the controls' style sheet;
 * the full window (tables, tabs, animated indicators) and the store load right after that frame. The
 * top bar looks the same in both, so the switch does not jump.
 */
final class StartupShell extends BorderPane {
    static final String ID = "startup-shell";

    StartupShell(Messages messages) {
        setId(ID);
        getStyleClass().addAll(Styles.ROOT, "dd-shell");
        HBox bar = new HBox(text(messages.get("app.title"), "dd-shell-title"),
                text(messages.get("ui.window.subtitle"), "dd-shell-subtitle"));
        bar.getStyleClass().addAll(Styles.TOP_BAR, "dd-shell-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(new StackPane(text(messages.get("ui.startup.loading"), "dd-shell-message")));
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
