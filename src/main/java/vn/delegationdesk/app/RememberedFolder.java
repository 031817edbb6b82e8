package vn.delegationdesk.app;

import java.util.Optional;
import vn.delegationdesk.platform.ui.ChooserFolder;
import vn.delegationdesk.settings.SettingsRepository;

/** The folder the file choosers last used, kept in the store's settings ({@link ChooserFolder#SETTING}). */
final class RememberedFolder implements ChooserFolder.Memory {
    private final SettingsRepository settings;

    RememberedFolder(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> recall() {
        return settings.get(ChooserFolder.SETTING);
    }

    @Override
    public void remember(String folder) {
        settings.put(ChooserFolder.SETTING, folder);
    }
}
