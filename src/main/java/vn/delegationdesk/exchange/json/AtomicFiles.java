package vn.delegationdesk.exchange.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** How every exchange file is written: whole or not at all. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes atomically: the bytes go to a temporary file in the same folder, are flushed to disk, and the
     * temporary file is then renamed over {@code file}. A failed write leaves {@code file} as it was
     * (absent or the previous version), never half written.
     */
    public static void write(byte[] bytes, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Removes what is left of the temporary file without hiding why the write failed (a removed drive fails this too). */
    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The write's own failure, if any, is the one to report.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain replace is still better than writing in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
