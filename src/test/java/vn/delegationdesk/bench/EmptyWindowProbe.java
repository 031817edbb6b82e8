package vn.delegationdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.delegationdesk.app.StartupProbe;

/**
 * The floor of the start-up benchmark: an empty JavaFX window, measured exactly like the app
 * ({@code FIRST_FRAME_MS} once the stage is shown and laid out), then exits. The main class does not
 * extend {@link Application} (the launcher refuses such a class on the class path), like the app's.
 */
public final class EmptyWindowProbe {
    private EmptyWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The empty window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 800, 600));
            StartupProbe.onFirstFrame(stage, Platform::exit);
            stage.show();
        }
    }
}
