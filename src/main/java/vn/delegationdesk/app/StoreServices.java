package vn.delegationdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.persistence.JdbcForeignRateSetRepository;
import vn.delegationdesk.abroad.persistence.JdbcOutboundRepository;
import vn.delegationdesk.app.desk.ConferenceDeskAttendance;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.persistence.JdbcRateSetRepository;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.persistence.JdbcDelegateRepository;
import vn.delegationdesk.conferencedesk.persistence.JdbcSeatingRepository;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.delegation.body.persistence.JdbcBodyProfileRepository;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.documents.persistence.JdbcDocumentSettingsRepository;
import vn.delegationdesk.exchange.rates.RateSetExchange;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.People;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.persistence.JdbcRoleDirectory;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.persistence.JdbcPlanRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.FileLog;
import vn.delegationdesk.platform.logging.StartupTrace;
import vn.delegationdesk.settings.persistence.JdbcSettingsRepository;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.persistence.JdbcSettlementRepository;
import vn.delegationdesk.settlement.persistence.JdbcVoucherFileRepository;

/** The composition root: wires the services over a store, the H2 file of a data folder or a PostgreSQL server. */
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
        return open(dataDir, password, messages, StandardDocuments::pack, StandardDocuments::travelOrdersOf);
    }

    /** Like {@link #open(Path, Messages)} with another document pack: for tests of commands that write documents. */
    public static AppServices open(Path dataDir, Messages messages, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders) {
        return open(dataDir, null, messages, pack, memberOrders);
    }

    /** Like {@link #open(Path, char[], Messages)} with another document pack. */
    public static AppServices open(Path dataDir, char[] password, Messages messages, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders) {
        Database database = Database.openStore(dataDir, password);
        FileLog.install(dataDir);
        StartupTrace.mark("support log installed");
        return build(database, messages, database::close, pack, memberOrders);
    }

    /**
     * Opens the store on a PostgreSQL server (creating the schema in an empty database, migrating an older one) and
     * builds the services on it; closing them closes the server's connections. No support log or backup: a server has
     * no data folder, and its administrator keeps the backups.
     *
     * @throws vn.delegationdesk.platform.db.StoreException when the server cannot be reached, refuses the login or holds a
     *         newer schema
     */
    public static AppServices openServer(ServerAddress address, char[] password, Messages messages) {
        return openServer(address, password, messages, StandardDocuments::pack, StandardDocuments::travelOrdersOf);
    }

    /** Like {@link #openServer(ServerAddress, char[], Messages)} with another document pack. */
    public static AppServices openServer(ServerAddress address, char[] password, Messages messages, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders) {
        ServerStore store = address.open(password);
        return build(store, messages, store::close, pack, memberOrders);
    }

    /** The services over an open store; {@code onClose} runs when they are closed. */
    static AppServices build(Store database, Messages messages, AutoCloseable onClose) {
        return build(database, messages, onClose, StandardDocuments::pack, StandardDocuments::travelOrdersOf);
    }

    private static AppServices build(Store database, Messages messages, AutoCloseable onClose, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders) {
        // A server's store knows its login, whose roles and display name it keeps; a laptop's has one user (null).
        String login = database instanceof ServerStore server ? server.login() : null;
        JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
        // On a laptop's store the one user holds every role, under the display name they set, else the system's name;
        // on a server the login holds the roles the server grants it.
        CurrentUser user = login == null ? People.currentUser(settings)
                : People.serverUser(settings, login, new JdbcRoleDirectory(database));
        RoleGate gate = new RoleGate(user);
        JdbcApprovalTrail trail = new JdbcApprovalTrail(database, user);
        // Who saved, for the versions' "đã được … lưu lúc …": the same name the audit list gives.
        DelegationService delegations = new DelegationService(new JdbcDelegationRepository(database, trail), gate);
        RosterService roster = new RosterService(new SettingsMappingMemory(settings));
        BudgetService budget = new BudgetService(new JdbcRateSetRepository(database), new JdbcWorksheetRepository(database),
                new RateSetExchange(), gate);
        ConferenceDeskService conferenceDesk = new ConferenceDeskService(new JdbcDelegateRepository(database),
                new JdbcSeatingRepository(database), gate, Clock.systemUTC());
        // The desk's check-ins cap the conferences' refreshments and meal support in the settlement.
        SettlementService settlement = new SettlementService(new JdbcSettlementRepository(database), delegations::find, budget,
                gate, Clock.systemUTC(), new ConferenceDeskAttendance(conferenceDesk));
        // The documents print the advances and, once the books are closed, what was spent against the estimate; a
        // delegation without a settlement costs one read, not the settlement's computation.
        DocumentService documents = new DocumentService(new JdbcDocumentSettingsRepository(database), pack, memberOrders, gate,
                id -> !settlement.hasSettlement(id) ? SettlementFigures.none()
                        : settlement.review(id).map(SettlementFigures::of).orElse(SettlementFigures.none()));
        BodyProfiles bodies = new BodyProfiles(new JdbcBodyProfileRepository(database), gate);
        // A submission freezes the stored plan, its estimate and its PDFs as the delegation's next revision.
        ApprovalService approvals = new ApprovalService(trail, user, Clock.systemUTC(),
                new RevisionFreezing(delegations, budget, documents, messages, Clock.systemUTC()));
        PlanService plans = new PlanService(new JdbcPlanRepository(database), gate, id -> delegations.find(id).isPresent());
        VoucherFiles voucherFiles = new VoucherFiles(new JdbcVoucherFileRepository(database), gate, Clock.systemUTC(),
                settlement::closings);
        AbroadService abroad = new AbroadService(new JdbcOutboundRepository(database), new JdbcForeignRateSetRepository(database),
                delegations::find, gate);
        return new AppServices(delegations, roster, budget, documents, bodies, settings, approvals, plans, settlement,
                voucherFiles, conferenceDesk, abroad, user, login, messages, onClose);
    }
}
