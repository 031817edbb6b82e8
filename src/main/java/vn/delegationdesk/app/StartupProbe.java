package vn.delegationdesk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Start-up measurement: with {@code -Ddd.startupProbe=true}, prints {@code FIRST_FRAME_MS=<ms>} (time since
 * the JVM started) once the stage is shown and its first pulse has been laid out, then runs {@code then}
 * (normally: exit). Used by the start-up benchmark; does nothing unless the property is set.
 */
public final class StartupProbe {
    public static final String PROPERTY = "dd.startupProbe";
    public static final String FIRST_FRAME = "FIRST_FRAME_MS";

    private StartupProbe() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStartMillis();
    }

    /** When the JVM started, in {@link System#currentTimeMillis()} terms. */
    public static long jvmStartMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Prints a {@code NAME=<ms>} line to standard output. */
    public static void report(String name) {
        System.out.println(name + "=" + sinceJvmStart());
        System.out.flush();
    }

    /** Call before {@code stage.show()}. */
    public static void onFirstFrame(Stage stage, Runnable then) {
        stage.setOnShown(event -> {
            Scene scene = stage.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    report(FIRST_FRAME);
                    then.run();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
    }
}
