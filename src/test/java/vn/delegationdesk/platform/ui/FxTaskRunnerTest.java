package vn.delegationdesk.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workGivenAfterCloseIsDroppedWithoutAnError() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicInteger ran = new AtomicInteger();

        runner.run(() -> ran.incrementAndGet(), value -> ran.incrementAndGet(), failure -> ran.incrementAndGet());

        assertEquals(0, ran.get(), "neither the work nor a callback runs once the runner is closed");
    }
}
