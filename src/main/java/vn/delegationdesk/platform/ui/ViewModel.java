package vn.delegationdesk.platform.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Base of view models: state in JavaFX properties, background work through a {@link TaskRunner}, and a
 * {@code busy} flag the view shows as progress while any such work runs. Knows no {@code Node}.
 */
public abstract class ViewModel {
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int running;

    protected ViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public final boolean isBusy() {
        return busy.get();
    }

    /** Runs {@code work} in the background, keeping {@link #busyProperty()} true until it has finished. */
    protected final <T> void runInBackground(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        running++;
        busy.set(true);
        tasks.run(work, result -> {
            finished();
            onSuccess.accept(result);
        }, error -> {
            finished();
            onFailure.accept(error);
        });
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
