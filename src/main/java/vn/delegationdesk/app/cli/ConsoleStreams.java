package vn.delegationdesk.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error for Vietnamese text. Java 17 writes them in the platform encoding, which on a
 * POSIX locale turns every "đ" into "?". A Windows console gets its own code page from the JVM
 * ({@code sun.stdout.encoding}) and is left alone; everywhere else, and in pipes, the text is UTF-8.
 */
public final class ConsoleStreams {
    private ConsoleStreams() {
    }

    public static PrintStream out() {
        return System.getProperty("sun.stdout.encoding") != null ? System.out
                : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    public static PrintStream err() {
        return System.getProperty("sun.stderr.encoding") != null ? System.err
                : new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }
}
