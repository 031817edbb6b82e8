package vn.delegationdesk.platform.ui;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** The application's stylesheet over Modena, and the small one of the first frame. */
public final class Theme {
    public static final String STYLESHEET = "/vn/delegationdesk/ui/theme.css";
    /** The first frame's small stylesheet (the start-up shell); {@link #apply} replaces it. */
    public static final String SHELL_STYLESHEET = "/vn/delegationdesk/ui/shell.css";

    private Theme() {
    }

    public static String stylesheetUrl() {
        return url(STYLESHEET);
    }

    /** The first frame's stylesheet only, for a scene whose root is the start-up shell. */
    public static void applyShell(Scene scene) {
        scene.getStylesheets().setAll(url(SHELL_STYLESHEET));
    }

    /** Puts the stylesheet (instead of the shell's, if the scene had it) and the root style class on a scene. */
    public static void apply(Scene scene) {
        scene.getStylesheets().remove(url(SHELL_STYLESHEET));
        if (!scene.getStylesheets().contains(stylesheetUrl())) {
            scene.getStylesheets().add(stylesheetUrl());
        }
        if (!scene.getRoot().getStyleClass().contains(Styles.ROOT)) {
            scene.getRoot().getStyleClass().add(Styles.ROOT);
        }
    }

    private static String url(String resource) {
        URL url = Objects.requireNonNull(Theme.class.getResource(resource), "missing " + resource);
        return url.toExternalForm();
    }
}
