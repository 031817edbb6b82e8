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

/**
 * The embedded H2 database of one data folder, migrated to the schema this code knows, with one
 * transaction helper. Open it with {@link #openStore(Path)}, which first takes the {@link InstanceLock}.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "delegation-desk";
    public static final String MIGRATIONS = "classpath:vn/delegationdesk/db/migration";

    /** Applied migrations this code does not have: the data comes from a newer (or different) build. */
    private static final Set<MigrationState> UNKNOWN_APPLIED = EnumSet.of(MigrationState.FUTURE_SUCCESS,
            MigrationState.FUTURE_FAILED, MigrationState.MISSING_SUCCESS, MigrationState.MISSING_FAILED);

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final InstanceLock lock;
    private boolean closed;

    private Database(Path dataDir, JdbcConnectionPool pool, Connection keeper, InstanceLock lock) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.keeper = keeper;
        this.lock = lock;
    }

    /**
     * Takes the instance lock on {@code dataDir} (which must exist, see {@link DataDirectory#resolve}),
     * opens and migrates the database, and returns it; closing it releases the lock. Every failure is a
     * {@link StoreException}, and the lock is released again when opening fails.
     */
    public static Database openStore(Path dataDir) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            return open(dataDir, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Database open(Path dataDir, InstanceLock lock) {
        Path base = dataDir.toAbsolutePath().resolve(FILE_NAME);
        boolean existed = Files.exists(dataDir.resolve(FILE_NAME + ".mv.db"));
        JdbcDataSource source = new JdbcDataSource();
        // No AUTO_SERVER (it opens a TCP port); the app closes the database itself, not a JVM shutdown hook.
        // WRITE_DELAY=0: a commit is on disk when it returns, so a killed process loses only the save in progress
        // (H2's default writes commits up to half a second later).
        source.setURL("jdbc:h2:file:" + base.toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        source.setUser("sa");
        source.setPassword("");
        Connection keeper;
        try {
            // Held for the life of the store so the database stays open between transactions.
            keeper = source.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.onOpen(e, dataDir);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        Database database = new Database(dataDir, pool, keeper, lock);
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

    private void migrate(boolean existed) {
        if (existed && SchemaVersion.isCurrent(keeper)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        String unknown = Arrays.stream(applied)
                .filter(info -> UNKNOWN_APPLIED.contains(info.getState()))
                .map(info -> info.getVersion() + " " + info.getDescription())
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw SqlErrors.newerVersion(dataDir, "applied migrations unknown to this build: " + unknown);
        }
        if (existed && applied.length == 0) {
            // H2 falls back to an empty database when it cannot read any chunk of a damaged file; migrating
            // it would make the loss look like a fresh start, so refuse and keep the file for recovery.
            throw SqlErrors.corrupt(dataDir, null);
        }
        flyway.migrate();
    }

    public Path dataDir() {
        return dataDir;
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

    /**
     * Runs {@code work} in one transaction on one connection and commits; on any exception rolls back.
     * SQL failures come out as {@link StoreException}; other runtime exceptions are rethrown unchanged.
     * Not re-entrant: do not call it from inside {@code work}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * Like {@link #inTransaction} but every query sees the same snapshot, so a read made of several
     * queries never mixes data from before and after a concurrent commit. Use it for reads only: a write
     * conflicting with a concurrent commit fails at this level.
     */
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
