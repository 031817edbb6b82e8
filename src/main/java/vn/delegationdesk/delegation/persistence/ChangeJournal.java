package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import vn.delegationdesk.delegation.Delegation;

/**
 * Told of every write of a delegation inside its transaction, on its connection: so that what is recorded about the
 * write (an audit line) commits or rolls back with it, and so that it can refuse a write (by throwing) before anything
 * is changed. The approval trail plugs in here; {@link #NONE} records nothing.
 */
public interface ChangeJournal {
    /** Records nothing, refuses nothing. */
    ChangeJournal NONE = new ChangeJournal() {
    };

    /** The stored delegation, read on the write's connection only when a journal asks for it. */
    @FunctionalInterface
    interface Stored {
        Delegation read() throws SQLException;
    }

    /** A delegation was inserted with {@code id} (created, copied or imported). */
    default void created(Connection connection, long id) throws SQLException {
    }

    /** {@code next} is about to replace the stored delegation, before anything is written; throw to refuse. */
    default void saving(Connection connection, Delegation next, Stored stored) throws SQLException {
    }

    /** The delegation {@code id} was replaced (the write is not committed yet). */
    default void saved(Connection connection, long id) throws SQLException {
    }
}
