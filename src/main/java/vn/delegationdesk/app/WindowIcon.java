package vn.delegationdesk.app;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's icon in the title bar and task bar. */
final class WindowIcon {
    private static final String RESOURCE = "/vn/delegationdesk/icons/delegation-desk.png";

    private WindowIcon() {
    }

    static void apply(Stage stage) {
        try (InputStream in = WindowIcon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log().warn("window icon {} is missing from the build", RESOURCE);
                return;
            }
            stage.getIcons().add(new Image(in));
        } catch (java.io.IOException e) {
            log().warn("window icon could not be read", e);
        }
    }

    /** Looked up on first use: initialising logging costs a tenth of a second the first frame need not wait for. */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowIcon.class);
    }
}
