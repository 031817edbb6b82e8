package vn.delegationdesk.app;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import vn.delegationdesk.delegation.Delegation;

/**
 * What {@code Main} hands to the desktop app. {@link Application#launch} takes a class, not an instance,
 * so this is the one static hand-off in the application: {@link #launch} stores it, {@link DesktopApp}
 * takes it once.
 *
 * @param loader        opens the store and builds the services, off the JavaFX thread
 * @param sampleFactory builds the built-in sample delegation (for the "create sample" button)
 * @param session       the store session behind {@code loader}, for the ways out of a failed start and the
 *                      "Dữ liệu" menu; null when the loader is something else (tests), which leaves only "Đóng"
 */
public record DesktopLaunch(ServicesLoader loader, Supplier<Delegation> sampleFactory, StoreSession session) {
    private static final AtomicReference<DesktopLaunch> PENDING = new AtomicReference<>();

    public DesktopLaunch {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(sampleFactory, "sampleFactory");
    }

    public DesktopLaunch(ServicesLoader loader, Supplier<Delegation> sampleFactory) {
        this(loader, sampleFactory, null);
    }

    public DesktopLaunch(StoreSession session, Supplier<Delegation> sampleFactory) {
        this(session, sampleFactory, session);
    }

    /** Starts the JavaFX application and blocks until its last window has closed. */
    public static void launch(DesktopLaunch launch, String... args) {
        if (!PENDING.compareAndSet(null, launch)) {
            throw new IllegalStateException("the desktop app is already being launched");
        }
        Application.launch(DesktopApp.class, args);
    }

    /** Takes the hand-off left by {@link #launch}; fails if the app was started some other way. */
    static DesktopLaunch take() {
        DesktopLaunch launch = PENDING.getAndSet(null);
        if (launch == null) {
            throw new IllegalStateException("start the desktop app with DesktopLaunch.launch(...)");
        }
        return launch;
    }
}
