package vn.delegationdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.Store;

/**
 * The store of one repository test, of either kind. A test class runs on both by
 * <pre>
 * &#64;ParameterizedClass(name = "{0}")
 * &#64;EnumSource(StoreKind.class)
 * class SomeRepositoryTest {
 *     &#64;RegisterExtension
 *     final TestStores stores;
 *
 *     SomeRepositoryTest(StoreKind kind) {
 *         stores = new TestStores(kind);
 *     }
 * </pre>
 * and opens the store with {@link #open()} where it opened {@code Database.openStore(dataDir)}. Each test method gets
 * a fresh place (an empty H2 data folder; a new database on the {@link EmbeddedServer}) that {@link #open()} opens again
 * after a close, as a restart of the app would; stores left open are closed after the test and the place removed.
 */
public final class TestStores implements BeforeEachCallback, AfterEachCallback {
    private final StoreKind kind;
    private final List<Store> opened = new ArrayList<>();
    private Path dataDir;
    private String database;

    public TestStores(StoreKind kind) {
        this.kind = kind;
    }

    public StoreKind kind() {
        return kind;
    }

    /** The data folder of an H2 test, for the tests of H2's own files (an upgrade, a damaged file). */
    public Path dataDir() {
        if (kind != StoreKind.H2) {
            throw new IllegalStateException("a " + kind + " store has no data folder");
        }
        return dataDir;
    }

    /** Opens (and on first open creates and migrates) this test's store. */
    public Store open() {
        Store store = switch (kind) {
            case H2 -> Database.openStore(dataDir);
            case POSTGRESQL -> ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null);
        };
        opened.add(store);
        return store;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        switch (kind) {
            case H2 -> dataDir = Files.createTempDirectory("dd-store-");
            case POSTGRESQL -> database = EmbeddedServer.createDatabase();
            default -> throw new IllegalStateException(kind.name());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        opened.forEach(Store::close);
        opened.clear();
        if (database != null) {
            EmbeddedServer.drop(database);
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
