package vn.delegationdesk.app;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's icon in the title bar and task bar. */
final class WindowIcon {
    private static final String RESOURCE = "/vn/delegationdesk/icons/delegation-desk.png";

    private WindowIcon() {
    }

    /** Decoded in the background (a tenth of the first frame's time otherwise): the title bar shows it a moment later. */
    static void apply(Stage stage) {
        URL url = WindowIcon.class.getResource(RESOURCE);
        if (url == null) {
            log().warn("window icon {} is missing from the build", RESOURCE);
            return;
        }
        Image icon = new Image(url.toExternalForm(), true);
        icon.progressProperty().addListener((observable, was, progress) -> {
            if (progress.doubleValue() < 1) {
                return;
            }
            if (icon.isError()) {
                log().warn("window icon could not be read: {}", icon.getException() == null ? "" : icon.getException().getClass());
            } else {
                stage.getIcons().add(icon);
            }
        });
    }

    /** Looked up on first use: initialising logging costs a tenth of a second the first frame need not wait for. */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowIcon.class);
    }
}
