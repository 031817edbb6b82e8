package vn.delegationdesk.platform.io;

/**
 * How much a ZIP archive may hold before it is refused unread ({@link GuardedZip}): entries, inflated bytes of one
 * entry and inflated bytes of all entries together. Counted on the bytes actually inflated, never on the sizes the
 * archive declares (which a hostile file can fake).
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    private static final long MB = 1024L * 1024L;

    /**
     * For an Office file (.xlsx) read by an import: 10,000 entries, 100 MB per entry, 256 MB in total. A
     * 10,000-row, 30-column sheet with shared strings is about 15 MB of XML in about 10 entries, so a real workbook
     * is far below each limit, and a bomb stops after at most 256 MB inflated (about a second).
     */
    public static final ZipLimits OFFICE_DOCUMENT = new ZipLimits(10_000, 100 * MB, 256 * MB);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The per-entry limit in whole MB, as messages state it. */
    public long maxEntryMegabytes() {
        return maxEntryBytes / MB;
    }

    /** The total limit in whole MB, as messages state it. */
    public long maxTotalMegabytes() {
        return maxTotalBytes / MB;
    }
}
