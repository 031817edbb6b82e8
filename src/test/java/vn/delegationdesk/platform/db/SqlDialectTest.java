package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlDialectTest {
    private static final List<String> COLUMNS = List.of("name", "content", "updated_at");
    private static final List<String> VALUES = List.of("?", "?", "CURRENT_TIMESTAMP");

    @Test
    void onH2AnUpsertIsTheMergeTheRepositoriesAlwaysRan() {
        assertThat(SqlDialect.H2.upsert("app_setting", "name", COLUMNS, VALUES))
                .isEqualTo("MERGE INTO app_setting (name, content, updated_at) KEY (name) VALUES (?, ?, CURRENT_TIMESTAMP)");
    }

    @Test
    void onPostgresqlAnUpsertReplacesEveryOtherColumnOnConflict() {
        assertThat(SqlDialect.POSTGRESQL.upsert("app_setting", "name", COLUMNS, VALUES))
                .isEqualTo("INSERT INTO app_setting (name, content, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (name) DO UPDATE SET content = EXCLUDED.content, updated_at = EXCLUDED.updated_at");
    }

    @Test
    void theGeneratedKeyIsNamedAsEachStoreKeepsIt() {
        assertThat(SqlDialect.H2.generatedKey("id")).containsExactly("ID");
        assertThat(SqlDialect.POSTGRESQL.generatedKey("id")).containsExactly("id");
    }
}
