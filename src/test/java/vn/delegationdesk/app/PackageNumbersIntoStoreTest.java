package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * Numbers at the edge of what the real store keeps: the allowance coefficient is DECIMAL(6, 2). A package with a larger
 * one used to reach the database and end as "store.error.valueTooLong", naming no field; now the import names the
 * member's field and the store is left as it was, while the largest coefficient it keeps is stored exactly.
 */
class PackageNumbersIntoStoreTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void aCoefficientBeyondTheColumnIsRefusedWithItsFieldAndTheLargestOneIsStored() throws Exception {
        String sample = new String(new DelegationPackageWriter().toBytes(SampleDelegation.create()), StandardCharsets.UTF_8);
        Path tooLarge = Files.writeString(files.resolve("qua-lon.json"),
                sample.replaceFirst("\"allowanceCoefficient\": 0.8,", "\"allowanceCoefficient\": 10000.5,"));
        Path largest = Files.writeString(files.resolve("lon-nhat.json"),
                sample.replaceFirst("\"allowanceCoefficient\": 0.8,", "\"allowanceCoefficient\": 9999.99,"));

        try (AppServices services = StoreServices.open(dataDir, MESSAGES)) {
            PackageService packages = new PackageService(services.delegations(), services.budget(), services.documents());

            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages.importPackage(tooLarge));
            assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly(
                    "members[0].allowanceCoefficient: số 10000.5 nằm ngoài khoảng lưu được (từ 0 đến 9999.99)");
            assertThat(services.delegations().list()).isEmpty();

            long id = packages.importPackage(largest);
            assertThat(services.delegations().find(id).orElseThrow().members().get(0).allowanceCoefficient())
                    .hasToString("9999.99");
        }
    }
}
