package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.platform.db.Database;

/** A store written by version 1 (dates only in legs and programme) opens with the trip's dates filled in from them. */
class TripDatesMigrationTest {
    @TempDir
    Path dataDir;

    @Test
    void version1DelegationsGetTheirTripDatesFromLegsAndProgramme() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO delegation (id, title, status, issuing_parent_body, issuing_name, issuing_abbreviation,"
                    + " document_number, document_symbol, document_place, departure_place, planned_size, funding_source,"
                    + " signer_authority_prefix, signer_principal_title, signer_title, signer_name, sample)"
                    + " VALUES (7, 'Đoàn Huế', 'DRAFT', '', '', '', '', '', '', 'Hà Nội', 5, '', '', '', '', '', FALSE)");
            s.executeUpdate("INSERT INTO leg VALUES (7, 0, 'thành phố Huế', '', DATE '2025-11-03', DATE '2025-11-05', '')");
            s.executeUpdate("INSERT INTO programme_day VALUES (7, 0, DATE '2025-11-06')");
            s.executeUpdate("INSERT INTO delegation (id, title, status, issuing_parent_body, issuing_name, issuing_abbreviation,"
                    + " document_number, document_symbol, document_place, departure_place, planned_size, funding_source,"
                    + " signer_authority_prefix, signer_principal_title, signer_title, signer_name, sample)"
                    + " VALUES (8, 'Đoàn chưa có ngày', 'DRAFT', '', '', '', '', '', '', '', 0, '', '', '', '', '', FALSE)");
        }

        try (Database database = Database.openStore(dataDir)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            Delegation hue = repository.findById(7).orElseThrow();
            assertThat(hue.startDate()).isEqualTo(LocalDate.of(2025, 11, 3));
            assertThat(hue.endDate()).isEqualTo(LocalDate.of(2025, 11, 6));
            Delegation undated = repository.findById(8).orElseThrow();
            assertThat(undated.startDate()).isNull();
            assertThat(undated.endDate()).isNull();
            assertThat(repository.findSummaries()).extracting(DelegationSummary::firstDate)
                    .containsExactly(LocalDate.of(2025, 11, 3), null);
        }
    }
}
