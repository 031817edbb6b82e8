package vn.delegationdesk.platform.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small factories that keep code-built views short. */
public final class Nodes {
    private Nodes() {
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that wraps long Vietnamese text instead of cutting it. */
    public static Label wrapping(String text, String... styleClasses) {
        Label label = label(text, styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    public static VBox vbox(String styleClass, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(styleClass);
        return box;
    }

    public static HBox hbox(String styleClass, Node... children) {
        HBox box = new HBox(children);
        box.getStyleClass().add(styleClass);
        return box;
    }

    /** A region that takes the free width of an {@link HBox}. */
    public static Region hspacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public static Label chip(String text, String variant) {
        Label chip = label(text, Styles.CHIP, variant);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }
}
