package vn.delegationdesk.platform.logging;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where the start-up time goes: with {@code -Ddd.startupTrace=true} (or the start-up benchmark's
 * {@code -Ddd.startupProbe=true}) each phase of a start leaves a time stamp, and {@link #print} writes them as
 * {@code TRACE_MS=<ms since JVM start> <thread> <phase>} lines once the list is usable. A mark is one clock read and
 * one queue entry, and nothing at all without the property: it stays in the code.
 */
public final class StartupTrace {
    public static final String PROPERTY = "dd.startupTrace";
    public static final String LINE_PREFIX = "TRACE_MS=";
    private static final boolean CPU = "cpu".equals(System.getProperty(PROPERTY));
    private static final boolean ENABLED = CPU || Boolean.getBoolean(PROPERTY) || Boolean.getBoolean("dd.startupProbe");
    private static final Queue<Mark> MARKS = new ConcurrentLinkedQueue<>();

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Records that {@code phase} has just ended, on the calling thread. */
    public static void mark(String phase) {
        if (ENABLED) {
            long cpu = CPU ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : -1;
            MARKS.add(new Mark(System.currentTimeMillis(), cpu, Thread.currentThread().getName(), phase));
        }
    }

    /** The marks so far as lines, in the order they were made, and forgets them. */
    public static List<String> drain(long jvmStartMillis) {
        List<String> lines = new ArrayList<>();
        for (Mark mark = MARKS.poll(); mark != null; mark = MARKS.poll()) {
            String cpu = mark.cpuMillis() < 0 ? "" : " cpu=" + mark.cpuMillis();
            lines.add(LINE_PREFIX + (mark.millis() - jvmStartMillis) + cpu + " " + mark.thread() + " " + mark.phase());
        }
        return lines;
    }

    /** Prints the marks so far to standard output (see {@link #drain}). */
    public static void print(long jvmStartMillis) {
        if (ENABLED) {
            drain(jvmStartMillis).forEach(System.out::println);
            System.out.flush();
        }
    }

    private record Mark(long millis, long cpuMillis, String thread, String phase) {
    }
}
