package vn.delegationdesk.platform.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work synchronously on the calling thread: for view-model tests and tools without a window. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
