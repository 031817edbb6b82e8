package vn.delegationdesk.platform.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX application thread and hands its result or failure back on it. View
 * models use it for every call that may touch the store, so the window never freezes; tests use
 * {@link DirectTaskRunner}, which runs the work at once on the calling thread.
 */
public interface TaskRunner {
    /**
     * Starts {@code work}; exactly one of {@code onSuccess} and {@code onFailure} is called afterwards, on
     * the thread that owns the view models (the JavaFX application thread in the app).
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
