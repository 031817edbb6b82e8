package vn.delegationdesk.platform.db;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link ServerStore} is: host, port, database and the user who logs in. Never the password, which is asked at
 * each start (or read from the environment by the command line) and never written anywhere.
 */
public record ServerAddress(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;
    /** The command line's {@code --store} value: {@code postgresql://host[:port]/database}. */
    private static final Pattern STORE = Pattern.compile("postgresql://([^/:?#\\s]+|\\[[0-9A-Fa-f:.]+\\])(?::([0-9]{1,5}))?/"
            + "([A-Za-z0-9_.-]+)");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern HOST = Pattern.compile("[^/:?#\\s]+|\\[[0-9A-Fa-f:.]+\\]");

    public ServerAddress {
        if (host == null || !HOST.matcher(host).matches() || port < 1 || port > 65535 || database == null
                || !DATABASE.matcher(database).matches() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("not a server address: " + host + ":" + port + "/" + database + " as " + user);
        }
    }

    /** Whether {@code host} can be written in a connection address (no spaces, slashes, colons outside [IPv6]). */
    public static boolean isHost(String host) {
        return host != null && HOST.matcher(host).matches();
    }

    /** Whether {@code database} is a name this app connects to: letters, digits, '_', '.', '-'. */
    public static boolean isDatabase(String database) {
        return database != null && DATABASE.matcher(database).matches();
    }

    /**
     * Reads the command line's {@code --store postgresql://host[:port]/database} with {@code --user NAME}.
     *
     * @throws StoreException naming in Vietnamese what is wrong with the value
     */
    public static ServerAddress parse(String store, String user) {
        Matcher m = STORE.matcher(store == null ? "" : store.strip());
        if (!m.matches()) {
            throw refused("store.server.error.badStore", store == null ? "" : store.strip());
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw refused("store.server.error.badStore", store.strip());
        }
        if (user == null || user.isBlank()) {
            throw refused("store.server.error.noUser", store.strip());
        }
        return new ServerAddress(m.group(1), port, m.group(3), user.strip());
    }

    /** {@code jdbc:postgresql://host:port/database}, for {@link ServerStore#open}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** "postgresql://host:port/database", as messages name it. */
    public String describe() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Opens the store at this address with {@code password} (the array is not kept). */
    public ServerStore open(char[] password) {
        return ServerStore.open(jdbcUrl(), user, password);
    }

    private static StoreException refused(String key, String value) {
        return new StoreException(StoreException.Reason.OTHER, key, List.of(value), "bad server address " + value, null);
    }
}
