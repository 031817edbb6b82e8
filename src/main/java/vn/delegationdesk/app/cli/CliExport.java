package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * How {@code export} and {@code export-plan} write their file: to FILE, or, when FILE is a folder, into it under the name
 * the window proposes, printing the path. A failed write is refused naming the file and why; the old file stays.
 */
final class CliExport {
    /** Writes one file; it fails as the disk does. */
    @FunctionalInterface
    interface Write {
        void to(Path file) throws IOException;
    }

    private CliExport() {
    }

    static void write(String operand, Supplier<String> nameInFolder, Write write, PrintStream out) {
        Path named = CliPaths.of(operand);
        boolean intoFolder = Files.isDirectory(named);
        Path file = intoFolder ? named.resolve(nameInFolder.get()) : named;
        try {
            write.to(file);
        } catch (IOException e) {
            throw new CliFailure("cli.error.cannotWrite", file.toString(), WriteFailures.reason(e));
        }
        if (intoFolder) {
            out.println(file);
        }
    }
}
