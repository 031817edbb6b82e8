package vn.delegationdesk.platform.db;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The app started anew, in a child JVM (as the user does after a full disk): opens the store in the folder given
 * first, prints the package of the delegation given second (Base64, see {@link #packageOf}) and exits 0; on a store
 * failure prints the Vietnamese message to stderr and exits 4.
 */
public final class StorePackageProbe {
    private static final DelegationPackageWriter PACKAGES =
            new DelegationPackageWriter(Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC));
    private static final String LINE = "PACKAGE ";

    private StorePackageProbe() {
    }

    /** The delegation as its package file: what "nothing changed" is measured by. */
    public static String packageOf(Delegation delegation) {
        return new String(PACKAGES.toBytes(delegation), StandardCharsets.UTF_8);
    }

    /**
     * The package of delegation {@code id} as a new start of the app reads it from {@code dataDir}, in a child JVM; a
     * failure to open the store fails the test with the message the user would read.
     */
    public static String packageInNewProcess(Path dataDir, long id) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StorePackageProbe.class.getName(), dataDir.toString(), Long.toString(id)).start();
        byte[] out = probe.getInputStream().readAllBytes();
        String err = new String(probe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
            throw new AssertionError("the store did not open in a new process: " + err);
        }
        String line = new String(out, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(LINE)).findFirst()
                .orElseThrow(() -> new AssertionError("no package printed: " + err));
        return new String(Base64.getDecoder().decode(line.substring(LINE.length())), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try (Database database = Database.openStore(Path.of(args[0]))) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            System.out.println(LINE + Base64.getEncoder().encodeToString(
                    packageOf(repository.findById(Long.parseLong(args[1])).orElseThrow()).getBytes(StandardCharsets.UTF_8)));
        } catch (StoreException e) {
            err.println(e.userMessage(new Messages()));
            System.exit(4);
        }
        System.exit(0);
    }
}
