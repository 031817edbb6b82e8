package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;

class PackageServiceTest {
    @TempDir
    Path dir;

    private final InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
    private final DelegationService delegations = new DelegationService(repository);
    private final PackageService service = new PackageService(delegations);

    @Test
    void exportThenImportGivesAnEqualDelegationUnderANewId() throws IOException {
        long original = delegations.create(RichDelegation.create());
        Path file = dir.resolve("doan.json");

        service.exportPackage(original, file);
        long copy = service.importPackage(file);

        assertThat(copy).isNotEqualTo(original);
        Delegation imported = delegations.find(copy).orElseThrow();
        assertThat(imported.withId(null)).isEqualTo(RichDelegation.create().withId(null));
        assertThat(Files.readString(file)).doesNotContain("\"id\": " + original);
    }

    @Test
    void exportingAnUnknownDelegationWritesNothing() {
        Path file = dir.resolve("doan.json");

        assertThatThrownBy(() -> service.exportPackage(99, file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }
}
