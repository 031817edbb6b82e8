package vn.delegationdesk.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * A store on a PostgreSQL server (14 or newer), migrated by the same Flyway migrations as the embedded {@link Database}
 * and used by the same repositories with the same transaction rules. It has none of the H2 file's parts: no data
 * folder, instance lock, encryption or backup (the server's administrator keeps those with the server's own tools),
 * and several copies of the app may use one database at once. Connections are opened with the PostgreSQL JDBC driver
 * (a run-time dependency: nothing here names its classes) and kept for the next transaction.
 */
public final class ServerStore implements Store {
    private static final String PREFIX = "jdbc:postgresql:";
    /** Idle connections kept for the next transactions; more are opened when more run at once, then closed. */
    private static final int MAX_IDLE = 8;
    /**
     * A connection idle for longer is asked whether it still works before a transaction gets it: a server restarted or
     * a network that dropped the idle connection would otherwise fail the next save once.
     */
    private static final Duration CHECK_AFTER_IDLE = Duration.ofSeconds(5);
    private static final int CHECK_TIMEOUT_SECONDS = 5;

    /** A connection kept for the next transaction, and since when (System.nanoTime). */
    private record Idle(Connection connection, long since) {
    }

    private final String url;
    private final Properties login;
    private final String server;
    private final long checkAfterIdleNanos;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    private ServerStore(String url, Properties login, String server, Duration checkAfterIdle) {
        this.url = url;
        this.login = login;
        this.server = server;
        this.checkAfterIdleNanos = checkAfterIdle.toNanos();
    }

    /**
     * Connects to the PostgreSQL database at {@code url} ({@code jdbc:postgresql://host:port/database}) as {@code user}
     * and migrates it to the schema this code knows; an empty database gets the whole schema. Every failure is a
     * {@link StoreException}: {@link StoreException.Reason#WRONG_PASSWORD} when the server refuses the login,
     * {@link StoreException.Reason#NEWER_VERSION} when the database holds migrations this build does not have (nothing is
     * changed then). The password array is not kept (the driver is given a copy as text).
     */
    public static ServerStore open(String url, String user, char[] password) {
        return open(url, user, password, CHECK_AFTER_IDLE);
    }

    /** Like {@link #open(String, String, char[])}, checking a kept connection once it was idle for {@code checkAfterIdle}. */
    static ServerStore open(String url, String user, char[] password, Duration checkAfterIdle) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", new String(password));
        }
        ServerStore store = new ServerStore(url, login, describe(url), checkAfterIdle);
        try {
            store.migrate();
            return store;
        } catch (StoreException e) {
            store.close();
            throw e;
        } catch (RuntimeException e) {
            store.close();
            throw SqlErrors.onServerOpen(e, store.server);
        }
    }

    /** {@code jdbc:postgresql://host:5432/db?ssl=true} as "postgresql://host:5432/db": what messages name, no options. */
    static String describe(String url) {
        String bare = url.substring("jdbc:".length());
        int options = bare.indexOf('?');
        return options < 0 ? bare : bare.substring(0, options);
    }

    private void migrate() {
        // The first connection tells a server that is down or a refused login apart from a failed migration.
        inTransaction(c -> null);
        Flyway flyway = Flyway.configure()
                .dataSource(url, login.getProperty("user"), login.getProperty("password"))
                .locations(Database.MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        String unknown = Database.unknownApplied(applied);
        if (!unknown.isEmpty()) {
            throw SqlErrors.serverNewerVersion(server, "applied migrations unknown to this build: " + unknown);
        }
        flyway.migrate();
    }

    /** The login this store works under: who the server knows, whose roles it grants. */
    public String login() {
        return login.getProperty("user");
    }

    /** The database this store works on, as messages name it: "postgresql://host:5432/db". */
    public String server() {
        return server;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED);
    }

    @Override
    public <T> T inSnapshot(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_REPEATABLE_READ);
    }

    private <T> T run(SqlWork<T> work, int isolation) {
        Connection connection = take();
        boolean reusable = false;
        try {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                reusable = restoreAutoCommit(connection);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                reusable = rollback(connection, e) && !SqlErrors.connectionBroken(e) && restoreAutoCommit(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.onServerWork(e, server);
        } finally {
            giveBack(connection, reusable);
        }
    }

    private Connection take() {
        for (Idle kept = nextIdle(); kept != null; kept = nextIdle()) {
            if (System.nanoTime() - kept.since() < checkAfterIdleNanos || stillWorks(kept.connection())) {
                return kept.connection();
            }
            closeQuietly(kept.connection());
        }
        try {
            return DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            throw SqlErrors.onServerOpen(e, server);
        }
    }

    private Idle nextIdle() {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the store on " + server + " is closed");
            }
            return idle.pollFirst();
        }
    }

    private static boolean stillWorks(Connection connection) {
        try {
            return connection.isValid(CHECK_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private void giveBack(Connection connection, boolean reusable) {
        synchronized (idle) {
            if (reusable && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
                return;
            }
        }
        closeQuietly(connection);
    }

    private static boolean restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean rollback(Connection connection, Throwable primary) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            primary.addSuppressed(e);
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The connection is dropped either way.
        }
    }

    /** Closes the kept connections; transactions still running close theirs when they end. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            while (!idle.isEmpty()) {
                closeQuietly(idle.pollFirst().connection());
            }
        }
    }
}
