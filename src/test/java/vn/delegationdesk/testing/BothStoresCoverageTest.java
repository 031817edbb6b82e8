package vn.delegationdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository test runs on both stores: a test class in a {@code persistence} package is a
 * {@code @ParameterizedClass} over {@link StoreKind}, except the {@code *MigrationTest}s, which upgrade H2 files an older
 * build wrote (no server store of such a build exists).
 */
class BothStoresCoverageTest {
    private static final Path TESTS = Path.of("src/test/java/vn/delegationdesk");

    @Test
    void everyRepositoryTestRunsOnH2AndPostgresql() throws IOException {
        List<Path> repositoryTests;
        try (Stream<Path> files = Files.walk(TESTS)) {
            repositoryTests = files.filter(file -> file.getParent().getFileName().toString().equals("persistence"))
                    .filter(file -> file.getFileName().toString().endsWith("Test.java"))
                    .filter(file -> !file.getFileName().toString().endsWith("MigrationTest.java"))
                    .toList();
        }

        assertThat(repositoryTests).extracting(file -> file.getFileName().toString()).contains(
                "JdbcDelegationRepositoryTest.java", "BudgetPersistenceTest.java", "JdbcBodyProfileRepositoryTest.java",
                "DocumentSettingsPersistenceTest.java", "JdbcSettingsRepositoryTest.java", "DueResponsibilityQueryTest.java",
                "MembersElsewhereTest.java", "StayPlanStoreTest.java");
        assertThat(repositoryTests).allSatisfy(file -> assertThat(Files.readString(file)).as(file.toString())
                .contains("@ParameterizedClass", "@EnumSource(StoreKind.class)", "new TestStores(kind)"));
    }
}
