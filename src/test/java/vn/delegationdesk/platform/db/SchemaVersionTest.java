package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dataDir;

    @Test
    void latestIsTheNewestMigrationShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vn/delegationdesk/db/migration"))) {
            int newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(SchemaVersion.LATEST).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void aMigratedStoreIsCurrentAndAFailedMigrationIsNot() {
        try (Database database = Database.openStore(dataDir)) {
            assertThat(database.inSnapshot(SchemaVersion::isCurrent)).isTrue();
            database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE");
                }
            });
            assertThat(database.inSnapshot(SchemaVersion::isCurrent)).isFalse();
        }
    }
}
