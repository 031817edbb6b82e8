package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * An exclusive OS lock on {@code <dataDir>/delegation-desk.lock}, taken before the database is opened so
 * that a second copy of the app on the same folder stops at once with a clear message instead of an H2
 * error. The OS drops the lock when the process dies, so a crash never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "delegation-desk.lock";

    /*
     * Lock files held by this JVM. POSIX releases every lock a process holds on a file as soon as it closes
     * ANY channel to that file, so a second attempt in the same JVM must be refused before it opens a
     * channel of its own, or its clean-up would silently drop the first lock.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private InstanceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on an existing data folder or fails with {@link StoreException.Reason#IN_USE}. */
    public static InstanceLock acquire(Path dataDir) {
        Path file;
        try {
            file = dataDir.toRealPath().resolve(FILE_NAME);
        } catch (IOException e) {
            throw SqlErrors.folderUnavailable(dataDir.toString(), e);
        }
        if (!HELD.add(file)) {
            throw SqlErrors.inUse(dataDir, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw SqlErrors.inUse(dataDir, null);
            }
            return new InstanceLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            // Only reachable if something else in this JVM locked the file directly.
            closeQuietly(channel, null);
            HELD.remove(file);
            throw SqlErrors.inUse(dataDir, e);
        } catch (IOException e) {
            closeQuietly(channel, e);
            HELD.remove(file);
            throw WriteFailures.isReadOnly(e) ? SqlErrors.folderReadOnly(dataDir.toString(), e)
                    : SqlErrors.folderUnavailable(dataDir.toString(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel, e);
            HELD.remove(file);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public synchronized boolean isHeld() {
        return !released && lock.isValid();
    }

    /** Releases the lock; the lock file itself stays, as deleting it would race with a starting copy. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock anyway.
        } finally {
            closeQuietly(channel, null);
            HELD.remove(file);
        }
    }

    private static void closeQuietly(FileChannel channel, Exception primary) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
