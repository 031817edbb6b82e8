package vn.delegationdesk.app;

import java.util.concurrent.Callable;

/**
 * Closes the window's services, runs {@code whileClosed} with the store closed, and opens the store and a
 * fresh workspace again. Rebuilding every service and view model is simpler to get right than swapping the
 * database under services, caches and an open editor that still hold the old one. The text {@code whileClosed}
 * returns is shown once the store is open again; when it fails, its Vietnamese message is shown instead and the
 * store reopens as it was.
 */
@FunctionalInterface
public interface StoreRestart {
    void restart(Callable<String> whileClosed);
}
