package vn.delegationdesk.platform.ui;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** The one application stylesheet, over Modena. */
public final class Theme {
    public static final String STYLESHEET = "/vn/delegationdesk/ui/theme.css";

    private Theme() {
    }

    public static String stylesheetUrl() {
        URL url = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), "missing " + STYLESHEET);
        return url.toExternalForm();
    }

    /** Adds the stylesheet and the root style class to a scene. */
    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheetUrl());
        if (!scene.getRoot().getStyleClass().contains(Styles.ROOT)) {
            scene.getRoot().getStyleClass().add(Styles.ROOT);
        }
    }
}
