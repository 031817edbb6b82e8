package vn.delegationdesk.platform.db;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * A second copy of the app in miniature, run in a child JVM by {@link DatabaseTest}: opens the store in
 * the folder given as the only argument, prints the Vietnamese message to stderr (UTF-8) on failure and
 * exits 3 when the folder is in use, 4 for any other failure, 0 when it could open the store.
 */
public final class OpenStoreProbe {
    private OpenStoreProbe() {
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            Database.openStore(Path.of(args[0])).close();
            System.exit(0);
        } catch (StoreException e) {
            err.println(e.userMessage(new Messages()));
            System.exit(e.reason() == StoreException.Reason.IN_USE ? 3 : 4);
        }
    }
}
