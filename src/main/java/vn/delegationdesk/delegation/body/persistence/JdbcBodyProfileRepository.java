package vn.delegationdesk.delegation.body.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.BodyProfileRepository;
import vn.delegationdesk.platform.db.Store;

/** Body profiles in the tables {@code body_profile} and {@code body_signer} (migration V6). */
public final class JdbcBodyProfileRepository implements BodyProfileRepository {
    private static final String COLUMNS = "parent_body, name, abbreviation, place, budget_unit_code, basis_kind, basis_number,"
            + " basis_date, basis_issuer, basis_subject";
    private static final String SELECT_PROFILES = "SELECT id, " + COLUMNS + " FROM body_profile ORDER BY id";
    private static final String SELECT_SIGNERS = "SELECT profile_id, authority_prefix, principal_title, title, name"
            + " FROM body_signer ORDER BY profile_id, position";
    private static final String INSERT = "INSERT INTO body_profile (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE body_profile SET parent_body = ?, name = ?, abbreviation = ?, place = ?,"
            + " budget_unit_code = ?, basis_kind = ?, basis_number = ?, basis_date = ?, basis_issuer = ?, basis_subject = ?,"
            + " updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    private static final String DELETE_SIGNERS = "DELETE FROM body_signer WHERE profile_id = ?";
    private static final String INSERT_SIGNER = "INSERT INTO body_signer (profile_id, position, authority_prefix, principal_title,"
            + " title, name) VALUES (?, ?, ?, ?, ?, ?)";

    private final Store database;

    public JdbcBodyProfileRepository(Store database) {
        this.database = database;
    }

    @Override
    public List<BodyProfile> findAll() {
        return database.inSnapshot(c -> {
            Map<Long, List<Signer>> signers = new LinkedHashMap<>();
            try (PreparedStatement statement = c.prepareStatement(SELECT_SIGNERS); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    signers.computeIfAbsent(rows.getLong("profile_id"), id -> new ArrayList<>()).add(new Signer(
                            rows.getString("authority_prefix"), rows.getString("principal_title"), rows.getString("title"),
                            rows.getString("name")));
                }
            }
            List<BodyProfile> profiles = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(SELECT_PROFILES); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    profiles.add(new BodyProfile(id,
                            new IssuingBody(rows.getString("parent_body"), rows.getString("name"), rows.getString("abbreviation")),
                            rows.getString("place"), rows.getString("budget_unit_code"), basis(rows),
                            signers.getOrDefault(id, List.of())));
                }
            }
            return profiles;
        });
    }

    private static LegalBasis basis(ResultSet rows) throws SQLException {
        String number = rows.getString("basis_number");
        String subject = rows.getString("basis_subject");
        if (number == null && subject == null) {
            return null;
        }
        Date date = rows.getDate("basis_date");
        return new LegalBasis(rows.getString("basis_kind"), number, date == null ? null : date.toLocalDate(),
                rows.getString("basis_issuer"), subject);
    }

    @Override
    public long save(BodyProfile profile) {
        return database.inTransaction(c -> {
            long id;
            if (profile.id() == null) {
                id = insert(c, profile);
            } else {
                id = profile.id();
                try (PreparedStatement statement = c.prepareStatement(UPDATE)) {
                    bind(statement, profile);
                    statement.setLong(11, id);
                    if (statement.executeUpdate() == 0) {
                        throw new SQLException("no body profile with id " + id);
                    }
                }
                try (PreparedStatement statement = c.prepareStatement(DELETE_SIGNERS)) {
                    statement.setLong(1, id);
                    statement.executeUpdate();
                }
            }
            writeSigners(c, id, profile.signers());
            return id;
        });
    }

    private long insert(Connection c, BodyProfile profile) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(INSERT, database.dialect().generatedKey("id"))) {
            bind(statement, profile);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for the new body profile");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, BodyProfile profile) throws SQLException {
        statement.setString(1, profile.body().parentBody());
        statement.setString(2, profile.body().name());
        statement.setString(3, profile.body().abbreviation());
        statement.setString(4, profile.place());
        statement.setString(5, profile.budgetUnitCode());
        LegalBasis basis = profile.authorityBasis();
        statement.setString(6, basis == null ? null : basis.kind());
        statement.setString(7, basis == null ? null : basis.number());
        if (basis == null || basis.date() == null) {
            statement.setNull(8, Types.DATE);
        } else {
            statement.setDate(8, Date.valueOf(basis.date()));
        }
        statement.setString(9, basis == null ? null : basis.issuer());
        statement.setString(10, basis == null ? null : basis.subject());
    }

    private static void writeSigners(Connection c, long id, List<Signer> signers) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(INSERT_SIGNER)) {
            for (int i = 0; i < signers.size(); i++) {
                Signer signer = signers.get(i);
                statement.setLong(1, id);
                statement.setInt(2, i);
                statement.setString(3, signer.authorityPrefix());
                statement.setString(4, signer.principalTitle());
                statement.setString(5, signer.title());
                statement.setString(6, signer.name());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public boolean delete(long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement("DELETE FROM body_profile WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate() > 0;
            }
        });
    }
}
