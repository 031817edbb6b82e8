package vn.delegationdesk.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Several repositories' calls as one transaction of a store: {@code work} is given a {@link Store} whose every
 * {@code inTransaction} and {@code inSnapshot} runs on the one connection of the enclosing transaction, which commits when
 * {@code work} returns and rolls back, leaving nothing written, when it throws. For a copy of many records that must land
 * whole or not at all (the laptop's data copied to a server).
 */
public final class OneTransaction {
    private OneTransaction() {
    }

    /** Runs {@code work} on {@code store} in one transaction; its failures come out as {@link Store#inTransaction} says. */
    public static <T> T run(Store store, Function<Store, T> work) {
        return store.inTransaction(c -> {
            try {
                return work.apply(new Bound(c, store.dialect()));
            } catch (Failed e) {
                throw e.sqlFailure;
            }
        });
    }

    /** The enclosing transaction's connection, lent to each repository call. */
    private static final class Bound implements Store {
        private final Connection connection;
        private final SqlDialect dialect;

        Bound(Connection connection, SqlDialect dialect) {
            this.connection = connection;
            this.dialect = dialect;
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new Failed(e);
            }
        }

        @Override
        public <T> T inSnapshot(SqlWork<T> work) {
            return inTransaction(work);
        }

        @Override
        public SqlDialect dialect() {
            return dialect;
        }

        @Override
        public void close() {
            // The enclosing transaction owns the connection.
        }
    }

    /** A repository's SQL failure, carried out of {@code work} to the enclosing transaction, which rolls back. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sqlFailure;

        Failed(SQLException cause) {
            super(cause);
            this.sqlFailure = cause;
        }
    }
}
