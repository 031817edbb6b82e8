package vn.delegationdesk.delegation.member.roster;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Reads one workbook with {@link WorkbookReader} in a JVM of its own and prints what happened on one line:
 * {@code key=… ms=… peakHeapMb=… message=…} (key "accepted" when the file was read). Run by {@link WorkbookBombTest}
 * and the bench with {@code -Xmx256m}; the peak is the sum of the heap pools' peaks (an upper bound).
 */
public final class WorkbookBombProbe {
    private WorkbookBombProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String key;
        String message;
        long start = System.nanoTime();
        try {
            RosterSheet sheet = new WorkbookReader().read(file);
            key = "accepted";
            message = sheet.rows().size() + " rows";
        } catch (RuntimeException e) {
            key = e instanceof LocalizedFailure localized ? localized.messageKey() : e.getClass().getName();
            message = new Messages().describeFailure(e, "; ");
        } catch (OutOfMemoryError e) {
            key = "OutOfMemoryError";
            message = String.valueOf(e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("key=" + key + " ms=" + ms + " peakHeapMb=" + peakHeapMegabytes() + " message=" + message);
    }

    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
