package vn.delegationdesk.delegation.approval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionFile;

/**
 * The revisions in the tables {@code plan_revision}, {@code plan_revision_total} and {@code plan_revision_document}
 * (migration V9), within a transaction the caller holds (the delegation's row locked): the next number, one revision
 * with its estimate groups and documents written, the list read back. Plain SQL that H2 and PostgreSQL both run; the
 * documents are BYTEA on both.
 */
final class RevisionTables {
    private static final String NEXT_NUMBER =
            "SELECT COALESCE(MAX(revision_number), 0) + 1 FROM plan_revision WHERE delegation_id = ?";
    private static final String INSERT_REVISION = "INSERT INTO plan_revision (delegation_id, revision_number, frozen_at,"
            + " frozen_by, content, grand_total) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TOTAL = "INSERT INTO plan_revision_total (revision_id, seq, label, amount)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_DOCUMENT = "INSERT INTO plan_revision_document (revision_id, seq, file_name, bytes)"
            + " VALUES (?, ?, ?, ?)";
    private static final String SELECT_REVISIONS = "SELECT id, revision_number, frozen_at, frozen_by, content, grand_total"
            + " FROM plan_revision WHERE delegation_id = ? ORDER BY revision_number";
    private static final String SELECT_TOTALS = "SELECT t.revision_id, t.label, t.amount FROM plan_revision_total t"
            + " JOIN plan_revision r ON r.id = t.revision_id WHERE r.delegation_id = ? ORDER BY t.revision_id, t.seq";
    private static final String SELECT_DOCUMENTS = "SELECT d.file_name, d.bytes FROM plan_revision_document d"
            + " JOIN plan_revision r ON r.id = d.revision_id WHERE r.delegation_id = ? AND r.revision_number = ? ORDER BY d.seq";
    /** Widths of the columns the application fills itself (the user's name, our own file names). */
    static final int FROZEN_BY_WIDTH = 200;
    static final int LABEL_WIDTH = 2000;
    static final int FILE_NAME_WIDTH = 300;

    private RevisionTables() {
    }

    /** Stores {@code frozen} as the delegation's next revision, by {@code who} at {@code at}; its number. */
    static int insert(Connection c, long delegationId, Instant at, String who, FrozenContent frozen) throws SQLException {
        int number;
        try (PreparedStatement s = c.prepareStatement(NEXT_NUMBER)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                number = rows.getInt(1);
            }
        }
        long revisionId;
        try (PreparedStatement s = c.prepareStatement(INSERT_REVISION, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, delegationId);
            s.setInt(2, number);
            s.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(4, Texts.cut(who, FROZEN_BY_WIDTH));
            s.setString(5, frozen.content());
            s.setLong(6, frozen.total());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                revisionId = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_TOTAL)) {
            int seq = 0;
            for (EstimateGroup group : frozen.estimate()) {
                s.setLong(1, revisionId);
                s.setInt(2, ++seq);
                s.setString(3, Texts.cut(group.label(), LABEL_WIDTH));
                s.setLong(4, group.amount());
                s.addBatch();
            }
            if (seq > 0) {
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_DOCUMENT)) {
            int seq = 0;
            for (RevisionFile file : frozen.documents()) {
                s.setLong(1, revisionId);
                s.setInt(2, ++seq);
                s.setString(3, Texts.cut(file.fileName(), FILE_NAME_WIDTH));
                s.setBytes(4, file.bytes());
                // One at a time: a batch would hold every PDF's parameters at once.
                s.executeUpdate();
            }
        }
        return number;
    }

    /** The delegation's revisions, oldest first. */
    static List<Revision> list(Connection c, long delegationId) throws SQLException {
        Map<Long, List<EstimateGroup>> totals = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_TOTALS)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    totals.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(new EstimateGroup(rows.getString(2), rows.getLong(3)));
                }
            }
        }
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_REVISIONS)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime at = rows.getObject("frozen_at", OffsetDateTime.class);
                    revisions.add(new Revision(delegationId, rows.getInt("revision_number"), at.toInstant(),
                            rows.getString("frozen_by"), rows.getString("content"),
                            totals.getOrDefault(rows.getLong("id"), List.of()), rows.getLong("grand_total")));
                }
            }
        }
        return revisions;
    }

    /** The documents of revision {@code number}, in the order frozen. */
    static List<RevisionFile> documents(Connection c, long delegationId, int number) throws SQLException {
        List<RevisionFile> files = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_DOCUMENTS)) {
            s.setLong(1, delegationId);
            s.setInt(2, number);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    files.add(new RevisionFile(rows.getString(1), rows.getBytes(2)));
                }
            }
        }
        return files;
    }
}
