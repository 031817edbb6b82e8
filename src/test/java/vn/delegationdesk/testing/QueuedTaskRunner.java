package vn.delegationdesk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.TaskRunner;

/** Holds work until the test runs it, so a test can look at the state while work is pending or reorder it. */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pending.add(() -> direct.run(work, onSuccess, onFailure));
    }

    public int pending() {
        return pending.size();
    }

    public void runNext() {
        pending.removeFirst().run();
    }

    public void runLast() {
        pending.removeLast().run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }
}
