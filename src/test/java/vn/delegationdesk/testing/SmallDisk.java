package vn.delegationdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Real small disks for the fault tests, under {@code /tmp/delegation-desk-faults} (or the system property
 * {@code dd.faults.root}):
 * <ul>
 *   <li>{@code full}: a small tmpfs that a filler file fills up, so writes end in a real "No space left on device";</li>
 *   <li>{@code readonly}: a read-only bind mount of {@code readonly-source}, so a test can put files there through the
 *       source and find them read-only through the mount;</li>
 *   <li>{@link #ext4()}: a small ext4 loop mount that can be made to fail while files are open ({@code remount,abort}),
 *       as a drive whose file system turns read-only under a running app (a tmpfs refuses to turn read-only while a file
 *       is open for writing).</li>
 * </ul>
 * {@code .ci/run} mounts the first two before {@code mvn verify}; when they are missing and the tests run as root they
 * are mounted here and unmounted on {@link #close()}; otherwise the test is skipped and says why. Running as root
 * matters: root writes into a folder whatever its permissions, so only a read-only mount makes one read-only.
 */
public final class SmallDisk implements AutoCloseable {
    public static final Path ROOT = Path.of(System.getProperty("dd.faults.root", "/tmp/delegation-desk-faults"));
    /** What .ci/run mounts: enough for a store with a large delegation and its backup. */
    public static final String SIZE = "16m";
    private static final String WHY = "no small disk: run as root or via .ci/run";
    private static final int CHUNK = 64 * 1024;

    private final Path mountPoint;
    private final boolean mountedHere;
    private final List<Path> nested = new ArrayList<>();
    private Path image;

    private SmallDisk(Path mountPoint, boolean mountedHere) {
        this.mountPoint = mountPoint;
        this.mountedHere = mountedHere;
    }

    /** The small tmpfs, empty. Skips the test when there is none and it cannot be mounted. */
    public static SmallDisk full() {
        Path point = ROOT.resolve("full");
        if (isMountPoint(point, "tmpfs")) {
            SmallDisk disk = new SmallDisk(point, false);
            disk.empty();
            return disk;
        }
        assumeRoot(point);
        mkdirs(point);
        run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "dd-faults-full", point.toString());
        return new SmallDisk(point, true);
    }

    /**
     * The read-only mount: {@link #root()} is read-only, {@link #source()} the same folder writable. Skips the test
     * when there is none and it cannot be mounted.
     */
    public static SmallDisk readOnly() {
        Path point = ROOT.resolve("readonly");
        Path source = ROOT.resolve("readonly-source");
        if (isMountPoint(point, null) && !Files.isWritable(point)) {
            SmallDisk disk = new SmallDisk(point, false);
            disk.empty();
            return disk;
        }
        assumeRoot(point);
        mkdirs(point);
        mkdirs(source);
        run("mount", "--bind", source.toString(), point.toString());
        run("mount", "-o", "remount,bind,ro", point.toString());
        SmallDisk disk = new SmallDisk(point, true);
        disk.empty();
        return disk;
    }

    /** A 16 MB ext4 in a loop device, mounted now; only as root with mkfs.ext4 and a free loop device. */
    public static SmallDisk ext4() {
        Path point = ROOT.resolve("ext4");
        assumeRoot(point);
        Path image = ROOT.resolve("ext4.img");
        mkdirs(point);
        try {
            Files.deleteIfExists(image);
            try (FileChannel file = FileChannel.open(image, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                file.truncate(0).position(16L * 1024 * 1024 - 1).write(ByteBuffer.wrap(new byte[1]));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Assumptions.assumeTrue(tryRun("mkfs.ext4", "-q", "-F", image.toString()), "no ext4 disk: mkfs.ext4 is missing");
        Assumptions.assumeTrue(tryRun("mount", "-o", "loop", image.toString(), point.toString()),
                "no ext4 disk: mounting a loop device was refused");
        SmallDisk disk = new SmallDisk(point, true);
        disk.image = image;
        return disk;
    }

    /** Where the disk is mounted; for the read-only disk, the read-only side. */
    public Path root() {
        return mountPoint;
    }

    /** The writable side of the read-only mount. */
    public Path source() {
        return ROOT.resolve("readonly-source");
    }

    /** A new folder on the disk. */
    public Path folder(String name) throws IOException {
        return Files.createDirectories(mountPoint.resolve(name));
    }

    /** Fills the disk with a filler file until the system refuses, then gives back {@code bytes}. */
    public void fillLeaving(long bytes) throws IOException {
        Path filler = mountPoint.resolve("filler.bin");
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // The disk is full: exactly what was wanted.
        }
        try (FileChannel file = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            file.truncate(Math.max(0, file.size() - bytes));
        }
    }

    /** Removes the filler file: the disk has room again. */
    public void free() throws IOException {
        Files.deleteIfExists(mountPoint.resolve("filler.bin"));
    }

    /** Bytes still free on the disk. */
    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /**
     * A small tmpfs mounted on {@code name} inside this disk, as a removable drive, as root; otherwise a plain
     * folder. {@link #remove(Path)} pulls it out.
     */
    public Path drive(String name) throws IOException {
        Path point = folder(name);
        if (isRoot() && tryRun("mount", "-t", "tmpfs", "-o", "size=1m", "dd-faults-drive", point.toString())) {
            nested.add(point);
        }
        return point;
    }

    /** The drive of {@link #drive} is gone: unmounted when it was mounted, otherwise its folder deleted. */
    public void remove(Path drive) throws IOException {
        if (nested.remove(drive)) {
            run("umount", drive.toString());
            Files.deleteIfExists(drive);
        } else {
            deleteTree(drive);
        }
    }

    /** The ext4 disk's file system fails and turns read-only, with the files that are open on it. */
    public void turnReadOnly() {
        run("mount", "-o", "remount,abort", mountPoint.toString());
    }

    /** The ext4 disk, after {@link #turnReadOnly}, detached and attached again: writable once more. */
    public void reattach() {
        run("umount", mountPoint.toString());
        run("mount", "-o", "loop", image.toString(), mountPoint.toString());
    }

    @Override
    public void close() throws IOException {
        for (Path drive : List.copyOf(nested)) {
            remove(drive);
        }
        if (mountedHere) {
            tryRun("umount", mountPoint.toString());
            if (image != null) {
                Files.deleteIfExists(image);
            }
        } else {
            empty();
        }
    }

    private void empty() {
        Path writable = isMountPoint(mountPoint, null) && !Files.isWritable(mountPoint) ? source() : mountPoint;
        try (Stream<Path> files = Files.list(writable)) {
            for (Path file : files.toList()) {
                deleteTree(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot empty " + writable, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean isMountPoint(Path point, String type) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mounts"), StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length > 2 && fields[1].equals(point.toString()) && (type == null || fields[2].equals(type))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void assumeRoot(Path point) {
        Assumptions.assumeTrue(isRoot(), WHY + " (" + point + " is not mounted)");
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) {
        if (!tryRun(command)) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static boolean tryRun(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
