package vn.delegationdesk.budget.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;

/** A store written by version 2 (no budget tables) opens with the built-in rate sets and its delegations' estimates. */
class BudgetMigrationTest {
    @TempDir
    Path dataDir;

    @Test
    void aVersion2StoreGetsTheRateSetsAndItsDelegationsAnEstimate() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO delegation (id, title, status, issuing_parent_body, issuing_name, issuing_abbreviation,"
                    + " document_number, document_symbol, document_place, departure_place, planned_size, funding_source,"
                    + " signer_authority_prefix, signer_principal_title, signer_title, signer_name, sample, start_date, end_date)"
                    + " VALUES (1, 'Đoàn Huế', 'DRAFT', '', '', '', '', '', '', 'Hà Nội', 5, '', '', '', '', '', FALSE,"
                    + " DATE '2025-11-03', DATE '2025-11-06')");
        }

        try (Database database = Database.openStore(dataDir)) {
            BudgetService budget = new BudgetService(new JdbcRateSetRepository(database), new JdbcWorksheetRepository(database));
            Delegation stored = new JdbcDelegationRepository(database).findById(1).orElseThrow();

            assertThat(budget.rateSets()).extracting(RateSet::id)
                    .containsExactly(BuiltInRateSets.TT12_ID, BuiltInRateSets.TT40_ID, BuiltInRateSets.HANOI_ID);
            assertThat(budget.worksheet(1L)).isEqualTo(EstimateWorksheet.EMPTY);
            Estimate estimate = budget.estimate(stored);
            assertThat(estimate.rates().national().id()).isEqualTo(BuiltInRateSets.TT12_ID);
            assertThat(estimate.line("perDiem").orElseThrow().times()).isEqualTo(4);
        }
    }
}
