package vn.delegationdesk.platform.db;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The app started anew, in a child JVM (as the user does after a full disk): opens the store in the folder given
 * first, prints the package of the delegation given second (Base64, see {@link StoreFaultsTest#packageOf}) and exits 0;
 * on a store failure prints the Vietnamese message to stderr and exits 4.
 */
public final class StorePackageProbe {
    private StorePackageProbe() {
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try (Database database = Database.openStore(Path.of(args[0]))) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            System.out.println("PACKAGE " + Base64.getEncoder().encodeToString(
                    StoreFaultsTest.packageOf(repository.findById(Long.parseLong(args[1])).orElseThrow())));
        } catch (StoreException e) {
            err.println(e.userMessage(new Messages()));
            System.exit(4);
        }
        System.exit(0);
    }
}
