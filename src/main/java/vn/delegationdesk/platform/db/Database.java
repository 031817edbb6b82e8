package vn.delegationdesk.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import vn.delegationdesk.platform.logging.StartupTrace;

/**
 * The embedded H2 database of one data folder, migrated to the schema this code knows, with one
 * transaction helper. Open it with {@link #openStore(Path)}, which first takes the {@link InstanceLock}.
 * The data folder, the lock, encryption and backups are H2's alone; a PostgreSQL server is a {@link ServerStore}.
 */
public final class Database implements Store {
    public static final String FILE_NAME = "delegation-desk";
    /** The migrations of both stores, H2 and PostgreSQL (see {@link Store}). */
    public static final String MIGRATIONS = "classpath:vn/delegationdesk/db/migration";

    /** Applied migrations this code does not have: the data comes from a newer (or different) build. */
    private static final Set<MigrationState> UNKNOWN_APPLIED = EnumSet.of(MigrationState.FUTURE_SUCCESS,
            MigrationState.FUTURE_FAILED, MigrationState.MISSING_SUCCESS, MigrationState.MISSING_FAILED);

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final InstanceLock lock;
    private final boolean encrypted;
    private boolean closed;

    private Database(Path dataDir, JdbcConnectionPool pool, Connection keeper, InstanceLock lock, boolean encrypted) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.keeper = keeper;
        this.lock = lock;
        this.encrypted = encrypted;
    }

    /** Whether {@code dataDir} holds a store already; a first start finds none. */
    public static boolean storeExists(Path dataDir) {
        return Files.exists(StoreFiles.dbFile(dataDir));
    }

    /**
     * Takes the instance lock on {@code dataDir} (which must exist, see {@link DataDirectory#resolve}),
     * opens and migrates the database, and returns it; closing it releases the lock. Every failure is a
     * {@link StoreException}, and the lock is released again when opening fails.
     */
    public static Database openStore(Path dataDir) {
        return openStore(dataDir, null);
    }

    /**
     * Like {@link #openStore(Path)} with a password. The file decides whether it is used: an existing
     * encrypted file needs it ({@link StoreException.Reason#PASSWORD_REQUIRED} without one,
     * {@link StoreException.Reason#WRONG_PASSWORD} for a wrong one), an existing plain file ignores it, and a
     * new file is created AES-encrypted when a password is given. The array is not kept.
     */
    public static Database openStore(Path dataDir, char[] password) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        StartupTrace.mark("instance lock taken");
        try {
            return open(dataDir, lock, password);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Database open(Path dataDir, InstanceLock lock, char[] password) {
        Path base = dataDir.toAbsolutePath().resolve(FILE_NAME);
        Path file = StoreFiles.dbFile(dataDir);
        boolean existed = Files.exists(file);
        boolean encrypted = existed ? StoreFiles.isEncrypted(file) : password != null;
        if (encrypted && password == null) {
            throw SqlErrors.passwordRequired(dataDir);
        }
        // H2's default writes commits up to half a second later; see StoreFiles.url for WRITE_DELAY=0.
        JdbcDataSource source = dataSource(StoreFiles.url(base, encrypted, false), encrypted ? password : null);
        Connection keeper;
        try {
            // Held for the life of the store so the database stays open between transactions.
            keeper = source.getConnection();
            StartupTrace.mark("H2 opened");
        } catch (SQLException e) {
            throw encrypted ? SqlErrors.onEncryptedOpen(e, dataDir) : SqlErrors.onOpen(e, dataDir);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        Database database = new Database(dataDir, pool, keeper, lock, encrypted);
        try {
            database.migrate(existed);
            return database;
        } catch (StoreException e) {
            database.closeConnections();
            throw e;
        } catch (RuntimeException e) {
            database.closeConnections();
            throw SqlErrors.onOpen(e, dataDir);
        }
    }

    static JdbcDataSource dataSource(String url, char[] password) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        if (password == null) {
            source.setPassword("");
        } else {
            source.setPasswordChars(StoreFiles.jdbcPassword(password));
        }
        return source;
    }

    private void migrate(boolean existed) {
        if (existed && SchemaVersion.isCurrent(keeper)) {
            StartupTrace.mark("schema current (Flyway not started)");
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        String unknown = unknownApplied(applied);
        if (!unknown.isEmpty()) {
            throw SqlErrors.newerVersion(dataDir, "applied migrations unknown to this build: " + unknown);
        }
        if (existed && applied.length == 0) {
            // H2 falls back to an empty database when it cannot read any chunk of a damaged file; migrating
            // it would make the loss look like a fresh start, so refuse and keep the file for recovery.
            throw SqlErrors.corrupt(dataDir, null);
        }
        flyway.migrate();
        StartupTrace.mark("Flyway migrated");
    }

    /**
     * The applied migrations this code does not have, named ("7 approval trail, ..."), or empty: such data comes from
     * a newer (or different) build and is refused with nothing changed.
     */
    static String unknownApplied(MigrationInfo[] applied) {
        return Arrays.stream(applied)
                .filter(info -> UNKNOWN_APPLIED.contains(info.getState()))
                .map(info -> info.getVersion() + " " + info.getDescription())
                .collect(Collectors.joining(", "));
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether the file is AES-encrypted with a password. */
    public boolean encrypted() {
        return encrypted;
    }

    /**
     * Writes a consistent copy of the whole database to the zip file {@code target} while the store stays open
     * (H2's online backup); writers wait for it. The folder must exist.
     */
    public void backupTo(Path target) {
        String file = target.toAbsolutePath().toString().replace('\\', '/').replace("'", "''");
        inTransaction(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("BACKUP TO '" + file + "'");
            }
            return null;
        });
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.H2;
    }

    /**
     * Runs {@code work} in one transaction on one connection and commits; on any exception rolls back.
     * SQL failures come out as {@link StoreException}; other runtime exceptions are rethrown unchanged.
     * Not re-entrant: do not call it from inside {@code work}.
     */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * Like {@link #inTransaction} but every query sees the same snapshot, so a read made of several
     * queries never mixes data from before and after a concurrent commit. Use it for reads only: a write
     * conflicting with a concurrent commit fails at this level.
     */
    @Override
    public <T> T inSnapshot(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_REPEATABLE_READ);
    }

    private <T> T run(SqlWork<T> work, int isolation) {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException | IllegalStateException e) {
            throw SqlErrors.onWork(e, dataDir);
        }
        try (connection) {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw SqlErrors.onWork(e, dataDir);
        }
    }

    /** The pool hands the connection out again; a broken one is dropped by the pool anyway. */
    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Do not hide the outcome of the transaction behind a clean-up failure.
        }
    }

    private static void rollback(Connection connection, Throwable primary) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    /** Closes the database and releases the instance lock. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeConnections();
        } finally {
            lock.close();
        }
    }

    private void closeConnections() {
        pool.dispose();
        try {
            // The last connection closes the database file (DB_CLOSE_DELAY is 0).
            keeper.close();
        } catch (SQLException ignored) {
            // The database is going away either way.
        }
    }
}
