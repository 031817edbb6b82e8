package vn.delegationdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.app.server.ServerConnectionFile;
import vn.delegationdesk.platform.db.BackupService;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.StartupBackups;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreEncryption;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.db.VerifiedBackup;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.FileLog;
import vn.delegationdesk.platform.logging.StartupTrace;

/**
 * The desktop window's store: which data folder, which password, the database open now. It loads the services (and,
 * once the list shows, installs the support log and writes a start-up backup), and offers the ways out of a failed
 * start and the "Dữ liệu" menu's operations. Fields change on the JavaFX thread and are read by the worker that opens
 * the store, hence volatile.
 */
public final class StoreSession implements ServicesLoader, DataMaintenance {
    private final Supplier<Path> locate;
    private final FolderMemory memory;
    private final Messages messages;
    private final Clock clock;
    private volatile Path dataDir;
    private volatile char[] password;
    private volatile Database open;
    /** The server the window works on instead of the data folder's file; null: the laptop's own store. */
    private volatile ServerAddress server;
    private volatile char[] serverPassword;
    /** Held while the start-up chores use the store, and by closing it. */
    private final Object chores = new Object();

    /** Remembers the folder the user chose for the next start. */
    @FunctionalInterface
    public interface FolderMemory {
        void remember(Path dir) throws IOException;
    }

    /** {@code locate} finds (and creates) the data folder on first use, off the JavaFX thread. */
    public StoreSession(Supplier<Path> locate, Messages messages, Clock clock) {
        this(locate, dir -> { }, messages, clock);
    }

    /** Like {@link #StoreSession(Supplier, Messages, Clock)}; a folder the user chooses is kept by {@code memory}. */
    public StoreSession(Supplier<Path> locate, FolderMemory memory, Messages messages, Clock clock) {
        this.locate = locate;
        this.memory = memory;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public AppServices load() {
        return open();
    }

    private AppServices open() {
        ServerAddress address = server;
        if (address != null) {
            ServerStore store = address.open(serverPassword);
            StartupTrace.mark("server store open");
            return StoreServices.build(store, messages, store::close);
        }
        Path dir = dataDir();
        StartupTrace.mark("data folder found");
        Database database = Database.openStore(dir, password);
        open = database;
        AppServices services = StoreServices.build(database, messages, () -> {
            synchronized (chores) {
                open = null;
                database.close();
            }
        });
        StartupTrace.mark("services built");
        return services;
    }

    /**
     * The support log in the data folder and the start-up backup (a consistent online copy: writers wait for it), once
     * the list is usable. Closing the store waits for a copy being written; a store closed before does not get one.
     */
    @Override
    public void afterListShown() {
        synchronized (chores) {
            Database database = open;
            if (database == null) {
                return;
            }
            FileLog.install(database.dataDir());
            StartupTrace.mark("support log installed");
            StartupBackups.run(database, clock);
            StartupTrace.mark("start-up backup written");
        }
    }

    /** The server remembered for the start (host, port, database, user), if the window should open one. */
    public Optional<ServerAddress> configuredServer() {
        return ServerConnectionFile.read(dataDir());
    }

    /**
     * Works on the store at {@code address} from the next {@link #load} on, with {@code password} (kept in memory only),
     * and remembers the address (never the password) for the next start.
     */
    public void useServer(ServerAddress address, char[] password) {
        server = address;
        serverPassword = password == null ? null : password.clone();
        try {
            ServerConnectionFile.write(dataDir(), address);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(StoreSession.class).warn("could not remember the server", e);
        }
    }

    /** Back to the laptop's own store from the next {@link #load} on, and at the next start. */
    public void useLaptop() {
        server = null;
        char[] old = serverPassword;
        serverPassword = null;
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        try {
            ServerConnectionFile.clear(dataDir());
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(StoreSession.class).warn("could not forget the server", e);
        }
    }

    /** The server the window works on, if not the laptop's store. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** The laptop's store open now (to copy it to a server). */
    public Store openStore() {
        Database database = open;
        if (database == null) {
            throw new IllegalStateException("the store is not open");
        }
        return database;
    }

    public Path dataDir() {
        if (dataDir == null) {
            dataDir = locate.get();
        }
        return dataDir;
    }

    /** The password to open an encrypted store with, from the start-up dialog. */
    public void usePassword(char[] value) {
        password = value;
    }

    /** Starts over in another data folder (created when missing), with no password. */
    public void useDataDir(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "store.error.folderUnavailable", List.of(absolute.toString()),
                    "cannot create the chosen folder", e);
        }
        dataDir = absolute;
        password = null;
        try {
            memory.remember(absolute);
        } catch (IOException | RuntimeException e) {
            // The folder is used now all the same; only the next start will not know it.
            LoggerFactory.getLogger(StoreSession.class).warn("could not remember the chosen data folder", e);
        }
    }

    /** Whether this start will create the store: the moment to offer encrypting it from the first record on. */
    public boolean isNewStore() {
        try {
            return !Database.storeExists(dataDir());
        } catch (RuntimeException unavailable) {
            // The folder cannot be used: opening the store will say why.
            return false;
        }
    }

    public boolean hasBackups() {
        return BackupService.hasBackups(dataDir());
    }

    /** The way out of an unreadable store; the store must be closed (it is, when it failed to open). */
    public BackupService.Recovered restoreNewestBackup() {
        return BackupService.restoreNewest(dataDir(), password, clock);
    }

    @Override
    public void backupTo(Path zip) {
        Database database = open;
        if (database == null) {
            throw new IllegalStateException("the store is not open");
        }
        BackupService.backupTo(database, zip);
    }

    @Override
    public VerifiedBackup verify(Path zip) {
        return BackupService.verify(zip, password, dataDir());
    }

    @Override
    public Path restore(VerifiedBackup backup) {
        return BackupService.restore(dataDir(), backup, clock);
    }

    @Override
    public boolean encrypted() {
        return StoreEncryption.isEncrypted(dataDir());
    }

    @Override
    public void changePassword(char[] next) {
        StoreEncryption.change(dataDir(), password, next);
        char[] old = password;
        password = next == null ? null : next.clone();
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }
}
