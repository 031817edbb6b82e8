package vn.delegationdesk.platform.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work as a JavaFX {@link Task} on daemon worker threads; the task reports success or failure on the
 * JavaFX application thread. Daemon threads never keep the JVM alive after the window has closed.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner() {
        this.executor = Executors.newCachedThreadPool(new DaemonThreads());
    }

    /**
     * Runs {@code work}; after {@link #close()} it is dropped, neither callback runs: a timer of a window that is closing
     * (the editor's check for newer saves) may still fire once, and there is no window left to report to.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closedMeanwhile) {
            // close() ran between the check and here: dropped, as above
        }
    }

    /** Stops taking work; running tasks finish on their own daemon threads. */
    @Override
    public void close() {
        executor.shutdown();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "dd-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
