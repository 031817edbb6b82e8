package vn.delegationdesk.app;

import java.nio.file.Path;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.persistence.JdbcRateSetRepository;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
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
     * Closing the returned services closes the store and releases the single-instance lock. For the command
     * line: no start-up backup (a script must not roll out the copies); the window opens through {@link StoreSession}.
     *
     * @throws vn.delegationdesk.platform.db.StoreException when the store cannot be opened
     */
    public static AppServices open(Path dataDir, Messages messages) {
        return open(dataDir, null, messages);
    }

    /** Like {@link #open(Path, Messages)} for a store that may be encrypted with {@code password} (null: none). */
    public static AppServices open(Path dataDir, char[] password, Messages messages) {
        Database database = Database.openStore(dataDir, password);
        FileLog.install(dataDir);
        return build(database, messages, database::close);
    }

    /** The services over an open store; {@code onClose} runs when they are closed. */
    static AppServices build(Database database, Messages messages, AutoCloseable onClose) {
        DelegationService delegations = new DelegationService(new JdbcDelegationRepository(database));
        RosterService roster = new RosterService(new JdbcSettingsRepository(database));
        BudgetService budget = new BudgetService(new JdbcRateSetRepository(database), new JdbcWorksheetRepository(database));
        return new AppServices(delegations, roster, budget, messages, onClose);
    }
}
