package vn.delegationdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.persistence.JdbcRateSetRepository;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.StartupBackups;
import vn.delegationdesk.platform.logging.FileLog;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.roster.RosterService;
import vn.delegationdesk.settings.persistence.JdbcSettingsRepository;

/** The composition root: wires the services over the H2 store in one data folder. */
public final class StoreServices {
    private StoreServices() {
    }

    /**
     * Opens (creating and migrating if needed) the store in {@code dataDir} and builds the services on it.
     * Closing the returned services closes the store and releases the single-instance lock.
     *
     * @throws vn.delegationdesk.platform.db.StoreException when the store cannot be opened
     */
    public static AppServices open(Path dataDir, Messages messages) {
        return open(dataDir, messages, false);
    }

    /**
     * Like {@link #open} and, once the store is open, leaves a dated copy of it in the data folder
     * ({@link StartupBackups}). For the desktop app: a command line run by a script must not roll out the copies.
     */
    public static AppServices openWithBackup(Path dataDir, Messages messages) {
        return open(dataDir, messages, true);
    }

    private static AppServices open(Path dataDir, Messages messages, boolean backup) {
        Database database = Database.openStore(dataDir);
        FileLog.install(dataDir);
        if (backup) {
            StartupBackups.run(database, Clock.systemDefaultZone());
        }
        DelegationService delegations = new DelegationService(new JdbcDelegationRepository(database));
        RosterService roster = new RosterService(new JdbcSettingsRepository(database));
        BudgetService budget = new BudgetService(new JdbcRateSetRepository(database), new JdbcWorksheetRepository(database));
        return new AppServices(delegations, roster, budget, messages, database::close);
    }
}
