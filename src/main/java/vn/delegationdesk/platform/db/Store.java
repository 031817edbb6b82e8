package vn.delegationdesk.platform.db;

/**
 * Where the repositories keep their data, one transaction at a time: the embedded H2 file of a data folder
 * ({@link Database}, the default) or a PostgreSQL server ({@link ServerStore}). Both are created and upgraded by the same
 * Flyway migrations, and every repository runs the same code on either; the few statements whose SQL differs ask
 * {@link #dialect()}. What only one store has (the H2 file's folder, lock, encryption and backups) stays on its class.
 */
public interface Store extends AutoCloseable {
    /**
     * Runs {@code work} in one transaction on one connection and commits; on any exception rolls back.
     * SQL failures come out as {@link StoreException}; other runtime exceptions are rethrown unchanged.
     * Not re-entrant: do not call it from inside {@code work}.
     */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * Like {@link #inTransaction} but every query sees the same snapshot, so a read made of several queries never
     * mixes data from before and after a concurrent commit. Use it for reads only.
     */
    <T> T inSnapshot(SqlWork<T> work);

    /** The SQL spoken by this store, for the statements that differ between H2 and PostgreSQL. */
    SqlDialect dialect();

    /** Closes the store's connections. Safe to call more than once. */
    @Override
    void close();
}
