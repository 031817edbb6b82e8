package vn.delegationdesk.platform.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a failure leaves the old one (if any) as it was: the content goes to a temporary
 * file beside the target, which then replaces the target in one move. On failure the temporary file is removed.
 * The file gets the permissions of the one it replaces, or those of an ordinary new file: a temporary file is
 * readable by its owner alone, and a document saved for others to open must not stay so.
 */
public final class ReplacingFileWriter {
    /** Writes the whole content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private ReplacingFileWriter() {
    }

    /** @throws IOException (or the content's RuntimeException) when the file could not be written; the target is untouched */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), ".dd-", ".tmp");
            try (WatchedStream out = new WatchedStream(Files.newOutputStream(temp))) {
                out.write(content);
            }
            givePermissions(temp, absolute);
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * The file's stream, remembering the first failure of the disk: a library that catches it and throws its own
     * exception without the cause (POI says only "Fail to save") must not hide that the disk is full.
     */
    private static final class WatchedStream extends OutputStream {
        private final OutputStream file;
        private IOException failure;

        WatchedStream(OutputStream file) {
            this.file = file;
        }

        void write(Content content) throws IOException {
            try {
                content.writeTo(this);
            } catch (IOException | RuntimeException e) {
                if (failure == null || failure == e) {
                    throw e;
                }
                failure.addSuppressed(e);
                throw failure;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                file.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                file.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                file.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                file.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    private static void givePermissions(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The write failed already; a stray temporary file is the lesser problem.
        }
    }
}
