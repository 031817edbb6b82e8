package vn.delegationdesk.app.transfer.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.platform.db.BackupFile;
import vn.delegationdesk.platform.db.Store;

/**
 * The record of the copies of laptops' data onto this store (migration V10): each copy, the laptop's backups then, and
 * which delegation came from which. Texts are cut to their columns: they come from the system (a computer's name, a
 * folder), not from a form.
 */
public final class JdbcTransferLog {
    private static final String INSERT = "INSERT INTO store_transfer (transferred_at, transferred_by, source_computer,"
            + " source_folder, delegations, members, detail) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_BACKUP = "INSERT INTO store_transfer_backup (transfer_id, file_name, taken_at,"
            + " size_bytes) VALUES (?, ?, ?, ?)";
    private static final String INSERT_LINK = "INSERT INTO delegation_transfer (delegation_id, transfer_id, source_id, checksum)"
            + " VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, transferred_at, transferred_by, source_computer, source_folder,"
            + " delegations, members, detail FROM store_transfer ORDER BY id";
    private static final String SELECT_BACKUPS = "SELECT file_name, taken_at, size_bytes FROM store_transfer_backup"
            + " WHERE transfer_id = ? ORDER BY taken_at DESC, file_name";

    /** Where a copied delegation came from: its id on the laptop and the verified SHA-256 of its package. */
    public record Link(long sourceId, String checksum) {
    }

    private final Store store;

    public JdbcTransferLog(Store store) {
        this.store = store;
    }

    /** Records {@code transfer}, its backups and the copied delegations ({@code links}, by id in this store); its id. */
    public long record(TransferRecord transfer, Map<Long, Link> links) {
        return store.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement(INSERT, store.dialect().generatedKey("id"))) {
                s.setObject(1, OffsetDateTime.ofInstant(transfer.at(), ZoneOffset.UTC));
                s.setString(2, Texts.cut(transfer.by(), 200));
                s.setString(3, Texts.cut(transfer.computer(), 255));
                s.setString(4, Texts.cut(transfer.folder(), 1000));
                s.setInt(5, transfer.delegations());
                s.setInt(6, transfer.members());
                s.setString(7, Texts.cut(transfer.detail(), 2000));
                s.executeUpdate();
                id = generated(s);
            }
            for (BackupFile backup : transfer.backups()) {
                try (PreparedStatement s = c.prepareStatement(INSERT_BACKUP)) {
                    s.setLong(1, id);
                    s.setString(2, Texts.cut(backup.name(), 255));
                    s.setObject(3, OffsetDateTime.ofInstant(backup.takenAt(), ZoneOffset.UTC));
                    s.setLong(4, backup.sizeBytes());
                    s.executeUpdate();
                }
            }
            for (Map.Entry<Long, Link> link : links.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(INSERT_LINK)) {
                    s.setLong(1, link.getKey());
                    s.setLong(2, id);
                    s.setLong(3, link.getValue().sourceId());
                    s.setString(4, link.getValue().checksum());
                    s.executeUpdate();
                }
            }
            return id;
        });
    }

    /** Every copy recorded, oldest first. */
    public List<TransferRecord> all() {
        return store.inSnapshot(c -> {
            List<TransferRecord> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT); ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new TransferRecord(rows.getObject("transferred_at", OffsetDateTime.class).toInstant(),
                            rows.getString("transferred_by"), rows.getString("source_computer"), rows.getString("source_folder"),
                            rows.getInt("delegations"), rows.getInt("members"), backups(c, rows.getLong("id")),
                            rows.getString("detail")));
                }
            }
            return found;
        });
    }

    private static List<BackupFile> backups(Connection c, long transferId) throws SQLException {
        List<BackupFile> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_BACKUPS)) {
            s.setLong(1, transferId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new BackupFile(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getLong(3)));
                }
            }
        }
        return found;
    }

    private static long generated(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated for the transfer");
            }
            return keys.getLong(1);
        }
    }
}
