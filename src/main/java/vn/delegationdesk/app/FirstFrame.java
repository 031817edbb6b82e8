package vn.delegationdesk.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once a scene has been laid out for its first frame. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Call before the stage is shown; {@code action} then runs on the JavaFX thread after that pulse. */
    static void after(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
