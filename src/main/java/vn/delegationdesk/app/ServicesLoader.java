package vn.delegationdesk.app;

/**
 * Opens the store and builds the services; the desktop app calls it once, off the JavaFX thread, while
 * the window is being built. A failure's message is shown to the user as it is, so a known store error
 * ("Ứng dụng đang được mở ở một cửa sổ khác…") should already carry Vietnamese text.
 */
@FunctionalInterface
public interface ServicesLoader {
    AppServices load() throws Exception;

    /**
     * What a start does once the delegation list is usable, in the background: nothing the list waits for
     * (the store's support log and start-up backup). Called after each successful {@link #load}.
     */
    default void afterListShown() {
    }
}
