package vn.delegationdesk.platform.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP archive (an .xlsx, a .docx) opened for reading only after it has been walked whole within {@link ZipLimits}:
 * every entry is inflated once through a counting stream that stops as soon as a limit is passed, keeping none of its
 * bytes, and every name is checked (not absolute, no "..", no two alike). Only then may the caller parse entries,
 * each again through a stream bounded by the same per-entry limit. So no compression ratio, declared size or entry
 * count can make a reader inflate more than the limits, whatever parses the entries afterwards.
 * <p>A file that is no readable ZIP (truncated: no central directory) fails with a {@link ZipException}; limits with a
 * {@link ZipRefusal}. Entry names are looked up without regard to letter case, as Office does.
 */
public final class GuardedZip implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;
    private static final Pattern SEGMENTS = Pattern.compile("[/\\\\]");

    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, String> namesByFolded;

    private GuardedZip(ZipFile zip, ZipLimits limits, Map<String, String> namesByFolded) {
        this.zip = zip;
        this.limits = limits;
        this.namesByFolded = namesByFolded;
    }

    /**
     * Opens and inspects {@code file}.
     *
     * @throws ZipRefusal when a limit is passed or a name is unsafe
     * @throws ZipException when the file is no readable ZIP archive or has no entries
     * @throws IOException when the file cannot be read
     */
    public static GuardedZip open(Path file, ZipLimits limits) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            Map<String, String> names = inspect(zip, limits);
            return new GuardedZip(zip, limits, names);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static Map<String, String> inspect(ZipFile zip, ZipLimits limits) throws IOException {
        if (zip.size() == 0) {
            throw new ZipException("no entries");
        }
        if (zip.size() > limits.maxEntries()) {
            throw new ZipRefusal(ZipRefusal.Reason.TOO_MANY_ENTRIES, null, zip.size() + " entries");
        }
        Map<String, String> names = new HashMap<>();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > limits.maxEntries()) {
                throw new ZipRefusal(ZipRefusal.Reason.TOO_MANY_ENTRIES, null, "more than " + limits.maxEntries());
            }
            String name = entry.getName();
            checkName(name);
            if (names.putIfAbsent(fold(name), name) != null) {
                throw new ZipRefusal(ZipRefusal.Reason.DUPLICATE_NAME, name, "twice");
            }
            if (entry.isDirectory()) {
                continue;
            }
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (inflated > limits.maxEntryBytes()) {
                        throw new ZipRefusal(ZipRefusal.Reason.ENTRY_TOO_LARGE, name, "over " + limits.maxEntryBytes() + " bytes");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new ZipRefusal(ZipRefusal.Reason.TOTAL_TOO_LARGE, null, "over " + limits.maxTotalBytes() + " bytes");
                    }
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static void checkName(String name) throws ZipRefusal {
        boolean absolute = name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':');
        if (absolute || name.indexOf('\0') >= 0) {
            throw new ZipRefusal(ZipRefusal.Reason.UNSAFE_NAME, name, "absolute");
        }
        for (String segment : SEGMENTS.split(name, -1)) {
            if (segment.equals("..")) {
                throw new ZipRefusal(ZipRefusal.Reason.UNSAFE_NAME, name, "climbs out with ..");
            }
        }
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The entry's name as stored, found without regard to letter case. */
    public Optional<String> find(String name) {
        return Optional.ofNullable(namesByFolded.get(fold(name)));
    }

    /** Every entry's name as stored, in no particular order. */
    public Collection<String> names() {
        return namesByFolded.values();
    }

    /** The entry's inflated bytes, bounded by the per-entry limit (a {@link ZipRefusal} past it). */
    public InputStream open(String name) throws IOException {
        String stored = find(name).orElseThrow(() -> new ZipException("no entry " + name));
        ZipEntry entry = zip.getEntry(stored);
        if (entry == null) {
            throw new ZipException("no entry " + name);
        }
        return new Bounded(zip.getInputStream(entry), stored, limits.maxEntryBytes());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what is read and fails past the limit. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private final long limit;
        private long count;

        Bounded(InputStream in, String name, long limit) {
            super(in);
            this.name = name;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                counted(skipped);
            }
            return skipped;
        }

        private void counted(long n) throws ZipRefusal {
            count += n;
            if (count > limit) {
                throw new ZipRefusal(ZipRefusal.Reason.ENTRY_TOO_LARGE, name, "over " + limit + " bytes");
            }
        }
    }
}
