package vn.delegationdesk.settlement.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.VoucherFileRepository;

/**
 * Voucher files in the table {@code voucher_file} of migration V14, their bytes in a BYTEA column on H2 and PostgreSQL
 * alike, so they are in the data folder's database file and in every backup of it. Each write is one transaction; a
 * file the store refuses (a name too long for its column, a delegation that does not exist) leaves nothing stored. Lists
 * never read the bytes. The time attached is kept to the microsecond, as both stores' timestamps are.
 */
public final class JdbcVoucherFileRepository implements VoucherFileRepository {
    /** Width of {@code attached_by}: the user's name from the session, cut to the column. */
    static final int ATTACHED_BY_WIDTH = 200;
    private static final String COLUMNS = "id, delegation_id, supplier, voucher_number, file_name, media_type, size_bytes,"
            + " sha256, attached_at, attached_by";
    private static final String INSERT = "INSERT INTO voucher_file (delegation_id, supplier, voucher_number, file_name,"
            + " media_type, size_bytes, sha256, attached_at, attached_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_LIST = "SELECT " + COLUMNS + " FROM voucher_file WHERE delegation_id = ? ORDER BY id";
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM voucher_file WHERE id = ?";
    private static final String SELECT_CONTENT = "SELECT content FROM voucher_file WHERE id = ?";
    private static final String DELETE = "DELETE FROM voucher_file WHERE id = ?";

    private final Store store;

    public JdbcVoucherFileRepository(Store store) {
        this.store = store;
    }

    @Override
    public VoucherFile attach(long delegationId, String supplier, String number, String fileName, String mediaType,
            byte[] bytes, String by, Instant at) {
        Objects.requireNonNull(bytes, "bytes");
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        // Cleaned as the record cleans them, so what is stored is what is returned.
        VoucherFile draft = new VoucherFile(1, delegationId, supplier, number, fileName, mediaType, bytes.length,
                VoucherFile.sha256Of(bytes), stored, Texts.cut(Texts.clean(by), ATTACHED_BY_WIDTH));
        long id = store.inTransaction(c -> insert(c, draft, bytes));
        return new VoucherFile(id, delegationId, draft.supplier(), draft.voucherNumber(), draft.fileName(), mediaType,
                bytes.length, draft.sha256(), stored, draft.attachedBy());
    }

    private static long insert(Connection c, VoucherFile file, byte[] bytes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, file.delegationId());
            s.setString(2, file.supplier());
            s.setString(3, file.voucherNumber());
            s.setString(4, file.fileName());
            s.setString(5, file.mediaType());
            s.setLong(6, file.size());
            s.setString(7, file.sha256());
            s.setObject(8, OffsetDateTime.ofInstant(file.attachedAt(), ZoneOffset.UTC));
            s.setString(9, file.attachedBy());
            s.setBytes(10, bytes);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public List<VoucherFile> list(long delegationId) {
        return store.inSnapshot(c -> {
            List<VoucherFile> files = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT_LIST)) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        files.add(row(rows));
                    }
                }
            }
            return files;
        });
    }

    @Override
    public Optional<VoucherFile> find(long id) {
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_ONE)) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(row(rows)) : Optional.<VoucherFile>empty();
                }
            }
        });
    }

    @Override
    public byte[] content(long id) {
        byte[] content = store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_CONTENT)) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            }
        });
        if (content == null) {
            throw new NoSuchElementException("no voucher file with id " + id);
        }
        return content;
    }

    @Override
    public boolean remove(long id) {
        return store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(DELETE)) {
                s.setLong(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static VoucherFile row(ResultSet rows) throws SQLException {
        return new VoucherFile(rows.getLong("id"), rows.getLong("delegation_id"), rows.getString("supplier"),
                rows.getString("voucher_number"), rows.getString("file_name"), rows.getString("media_type"),
                rows.getLong("size_bytes"), rows.getString("sha256"),
                rows.getObject("attached_at", OffsetDateTime.class).toInstant(), rows.getString("attached_by"));
    }
}
