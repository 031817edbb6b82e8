package vn.delegationdesk.platform.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the user left the window's parts (a divider's position, a collapsed list), remembered per user between
 * runs. It is the screen's state, not the office's data, so it lives in the user's preferences rather than in the
 * store: a shared store or a restored backup does not move anybody's dividers.
 */
public interface LayoutMemory {
    /** The remembered number under {@code key}, or {@code fallback}. */
    double numberOr(String key, double fallback);

    void remember(String key, double value);

    boolean flagOr(String key, boolean fallback);

    void remember(String key, boolean value);

    /** The current user's preferences (the registry on Windows, a file under ~/.java elsewhere). */
    static LayoutMemory userPreferences() {
        Preferences node = Preferences.userRoot().node("vn/delegationdesk/layout");
        return new LayoutMemory() {
            @Override
            public double numberOr(String key, double fallback) {
                return node.getDouble(key, fallback);
            }

            @Override
            public void remember(String key, double value) {
                // A divider moves many times while it is dragged: the preferences write themselves at exit.
                node.putDouble(key, value);
            }

            @Override
            public boolean flagOr(String key, boolean fallback) {
                return node.getBoolean(key, fallback);
            }

            @Override
            public void remember(String key, boolean value) {
                node.putBoolean(key, value);
                flush();
            }

            private void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // Only a layout is lost: the next run starts from the defaults.
                }
            }
        };
    }

    /** Remembered for this run only: tests, and a window without a user. */
    static LayoutMemory forThisRun() {
        Map<String, Object> values = new HashMap<>();
        return new LayoutMemory() {
            @Override
            public double numberOr(String key, double fallback) {
                return values.get(key) instanceof Double d ? d : fallback;
            }

            @Override
            public void remember(String key, double value) {
                values.put(key, value);
            }

            @Override
            public boolean flagOr(String key, boolean fallback) {
                return values.get(key) instanceof Boolean b ? b : fallback;
            }

            @Override
            public void remember(String key, boolean value) {
                values.put(key, value);
            }
        };
    }
}
