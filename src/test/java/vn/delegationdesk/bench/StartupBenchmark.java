package vn.delegationdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.delegationdesk.app.StartupProbe;
import vn.delegationdesk.platform.logging.StartupTrace;

/**
 * JVM-start-to-first-frame and to-usable-list benchmark (a main class, not a unit test). Launches child JVMs, in turns,
 * for (a) an empty JavaFX window ({@link EmptyWindowProbe}, the floor, with the same {@code --jvm-arg}s) and (b) the real app
 * with {@code -Ddd.startupProbe=true}, on
 * a temporary data folder holding an empty store and then one holding the sample delegation, and prints for each the
 * median time to the first frame and to the drawn delegation list, against the targets of issue 14 (first frame at
 * most 1.2 times the empty window's, usable list at most 2 times), and where the time went (the median of each
 * {@link StartupTrace} mark). Needs a real display:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.StartupBenchmark --runs 7
 * </pre>
 *
 * Options: {@code --runs N} (7), {@code --warmup N} (1, discarded), {@code --store empty|sample|both} (both),
 * {@code --appcds} (also measure the app with an AppCDS archive of its classes, as the installed app has one: the
 * classes folder is packed into a jar and a training start writes the archive, see {@link AppCdsTraining}),
 * {@code --app-main CLASS} ({@code vn.delegationdesk.app.launch.Main}, started with {@code --data-dir <tmp>}),
 * {@code --classpath CP} (this JVM's), {@code --jvm-arg ARG} (repeatable, given to every child), {@code --timeout-s N}
 * (60), {@code --cpu} (the breakdown also shows each thread's CPU milliseconds at each mark), {@code --launcher PATH}
 * (measure an installed app or app image through its launcher, with its own JVM options and class archive, against the
 * same empty-window floor; on Linux {@code "/opt/delegation-desk/bin/Delegation Desk"}, or an app image from
 * {@code mvn -Pinstaller package} copied to a folder without spaces after running its
 * {@code lib/app/make-cds-archive.sh}).
 */
public final class StartupBenchmark {
    private static final Pattern FIRST_FRAME = Pattern.compile("^" + StartupProbe.FIRST_FRAME + "=(\\d+)$");
    private static final Pattern DATA_READY = Pattern.compile("^DATA_READY_MS=(\\d+)$");
    private static final Pattern TRACE = Pattern.compile("^" + StartupTrace.LINE_PREFIX + "(\\d+)(?: cpu=(\\d+))? (.*)$");
    private static final double FIRST_FRAME_TARGET = 1.2;
    private static final double LIST_TARGET = 2.0;

    private int runs = 7;
    private int warmup = 1;
    private String store = "both";
    private boolean appCds;
    private boolean cpu;
    private String appMain = "vn.delegationdesk.app.launch.Main";
    private String classpath = System.getProperty("java.class.path");
    private final List<String> jvmArgs = new ArrayList<>();
    private long timeoutSeconds = 60;
    /** An installed app's (or app image's) launcher to measure instead of this class path; see --launcher. */
    private String launcher;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StartupBenchmark benchmark = new StartupBenchmark();
        benchmark.parse(args);
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.err.println("StartupBenchmark needs a display: run it under xvfb-run -a -s \"-screen 0 1366x768x24\".");
            System.exit(2);
        }
        System.exit(benchmark.run());
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--store" -> store = value;
                case "--app-main" -> appMain = value;
                case "--classpath" -> classpath = value;
                case "--jvm-arg" -> jvmArgs.add(value);
                case "--timeout-s" -> timeoutSeconds = Long.parseLong(value);
                case "--launcher" -> launcher = value;
                case "--appcds" -> {
                    appCds = true;
                    i--;
                }
                case "--cpu" -> {
                    cpu = true;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (!List.of("empty", "sample", "both").contains(store)) {
            throw new IllegalArgumentException("--store takes empty, sample or both");
        }
    }

    private int run() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "Start-up benchmark: JVM start to first frame and to the drawn list, %d runs each after %d"
                + " warm-up; %d processors, load average %s%n", runs, warmup, Runtime.getRuntime().availableProcessors(), loadAverage());
        List<String> stores = store.equals("both") ? List.of("empty", "sample") : List.of(store);
        AppCdsTraining.Archive archive = appCds ? AppCdsTraining.prepare(classpath, appMain, jvmArgs) : null;
        boolean complete = true;
        for (String kind : stores) {
            if (launcher != null) {
                complete &= measureApp(kind, null, List.of(), ", installed launcher");
                continue;
            }
            complete &= measureApp(kind, classpath, List.of(), "");
            if (archive != null) {
                complete &= measureApp(kind, archive.classpath(), archive.jvmArgs(), ", AppCDS");
            }
        }
        return complete ? 0 : 1;
    }

    private boolean measureApp(String kind, String cp, List<String> extraArgs, String label)
            throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("dd-bench-");
        try {
            if (kind.equals("sample")) {
                createSample(cp, dataDir);
            }
            String name = "app, " + kind + " store" + label;
            Series empty = new Series();
            Series app = measure(name, cp, extraArgs, List.of(appMain, "--data-dir", dataDir.toString()), empty);
            if (empty.firstFrames.isEmpty() || app.firstFrames.isEmpty() || app.dataReady.isEmpty()) {
                System.out.println("RESULT=incomplete for " + name + " (see the failed runs above)");
                return false;
            }
            long floor = median(empty.firstFrames);
            System.out.printf(Locale.ROOT, "%-28s first frame ms: %s -> median %d%n", "  its empty-window floor", empty.firstFrames, floor);
            long frame = median(app.firstFrames);
            long list = median(app.dataReady);
            String key = (kind + label.replace(", AppCDS", "_APPCDS").replace(", installed launcher", "_LAUNCHER"))
                    .toUpperCase(Locale.ROOT);
            System.out.printf(Locale.ROOT, "MEDIAN_EMPTY_%s_MS=%d%nMEDIAN_APP_%s_MS=%d%nMEDIAN_APP_%s_DATA_READY_MS=%d%n", key, floor, key,
                    frame, key, list);
            verdict(name + ": first frame", frame, floor, FIRST_FRAME_TARGET);
            verdict(name + ": usable list", list, floor, LIST_TARGET);
            app.printBreakdown();
            return true;
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void verdict(String what, long ms, long floor, double target) {
        double ratio = (double) ms / floor;
        System.out.printf(Locale.ROOT, "%-52s %6d ms = %.2f x empty window (%d ms)   target <= %.1f x (%d ms): %s%n", what, ms, ratio,
                floor, target, Math.round(floor * target), ratio <= target ? "met" : "MISSED");
    }

    private void createSample(String cp, Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cp == null ? List.of(launcher) : javaCommand(cp, List.of()));
        if (cp != null) {
            command.add(appMain);
        }
        command.addAll(List.of("--data-dir", dataDir.toString(), "sample"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("could not create the sample: " + output);
        }
    }

    /**
     * Starts the app {@code warmup + runs} times; before each, the empty window once into {@code floor}, so that both see
     * the same machine (other work on it shifts both alike).
     */
    private Series measure(String label, String cp, List<String> extraArgs, List<String> mainAndArgs, Series floor)
            throws IOException, InterruptedException {
        Series series = new Series();
        for (int i = 0; i < warmup + runs; i++) {
            boolean counted = i >= warmup;
            Outcome empty = launchEmptyWindow();
            if (counted) {
                empty.firstFrame.ifPresent(floor.firstFrames::add);
            }
            Outcome outcome = launchOnce(cp, extraArgs, cp == null && launcher != null ? mainAndArgs.subList(1, mainAndArgs.size())
                    : mainAndArgs);
            if (outcome.firstFrame.isEmpty()) {
                System.out.printf(Locale.ROOT, "  %s run %d FAILED (exit %s); last output:%n%s%n", label, i + 1,
                        outcome.exitCode, String.join("\n", outcome.tail));
                continue;
            }
            if (counted) {
                series.firstFrames.add(outcome.firstFrame.getAsLong());
                outcome.dataReady.ifPresent(series.dataReady::add);
                series.traces.add(outcome.trace);
            }
        }
        System.out.printf(Locale.ROOT, "%-28s first frame ms: %s%s%n", label, series.firstFrames,
                series.firstFrames.isEmpty() ? "" : " -> median " + median(series.firstFrames));
        if (!series.dataReady.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-28s list drawn ms:  %s -> median %d%n", "", series.dataReady, median(series.dataReady));
        }
        return series;
    }

    private List<String> javaCommand(String cp, List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(cp);
        command.addAll(jvmArgs);
        command.addAll(extraArgs);
        return command;
    }

    private Outcome launchEmptyWindow() throws IOException, InterruptedException {
        List<String> command = javaCommand(classpath, List.of());
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.add(EmptyWindowProbe.class.getName());
        Outcome outcome = new Outcome();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> read(process, outcome), "bench-reader");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return outcome;
    }

    /** One start; {@code cp} null: the launcher, which takes its JVM options from its own settings and the probe's from the environment. */
    private Outcome launchOnce(String cp, List<String> extraArgs, List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> probe = new ArrayList<>(List.of("-D" + StartupProbe.PROPERTY + "=true"));
        if (cpu) {
            probe.add("-D" + StartupTrace.PROPERTY + "=cpu");
        }
        List<String> command = cp == null ? new ArrayList<>(List.of(launcher)) : javaCommand(cp, extraArgs);
        if (cp != null) {
            command.addAll(probe);
        }
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (cp == null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", probe));
        }
        Process process = builder.start();
        Outcome outcome = new Outcome();
        Thread reader = new Thread(() -> read(process, outcome), "bench-reader");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            outcome.tail.add("(timed out after " + timeoutSeconds + " s)");
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        outcome.exitCode = process.isAlive() ? "killed" : Integer.toString(process.exitValue());
        return outcome;
    }

    private static void read(Process process, Outcome outcome) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String text = line.strip();
                Matcher frame = FIRST_FRAME.matcher(text);
                Matcher data = DATA_READY.matcher(text);
                Matcher trace = TRACE.matcher(text);
                if (frame.matches()) {
                    outcome.firstFrame = OptionalLong.of(Long.parseLong(frame.group(1)));
                } else if (data.matches()) {
                    outcome.dataReady = OptionalLong.of(Long.parseLong(data.group(1)));
                } else if (trace.matches()) {
                    String cpuMs = trace.group(2) == null ? "" : trace.group(2);
                    outcome.trace.putIfAbsent(trace.group(3), new long[] {Long.parseLong(trace.group(1)),
                        cpuMs.isEmpty() ? -1 : Long.parseLong(cpuMs)});
                    continue;
                }
                synchronized (outcome.tail) {
                    outcome.tail.add(line);
                    if (outcome.tail.size() > 15) {
                        outcome.tail.remove(0);
                    }
                }
            }
        } catch (IOException e) {
            outcome.tail.add("(output unreadable: " + e.getMessage() + ")");
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static final class Series {
        private final List<Long> firstFrames = new ArrayList<>();
        private final List<Long> dataReady = new ArrayList<>();
        private final List<Map<String, long[]>> traces = new ArrayList<>();

        /** Where the time went: each mark's median time since JVM start (and thread CPU time, with --cpu), in order. */
        void printBreakdown() {
            Map<String, List<long[]>> marks = new LinkedHashMap<>();
            for (Map<String, long[]> trace : traces) {
                trace.forEach((mark, at) -> marks.computeIfAbsent(mark, m -> new ArrayList<>()).add(at));
            }
            if (marks.isEmpty()) {
                return;
            }
            System.out.println("    where the time went (median ms since JVM start, [thread] mark):");
            marks.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), new long[] {median(e.getValue().stream().map(a -> a[0]).toList()),
                        median(e.getValue().stream().map(a -> a[1]).toList())}))
                    .sorted(Comparator.comparingLong(e -> e.getValue()[0]))
                    .forEach(e -> System.out.printf(Locale.ROOT, "    %6d%s  %s%n", e.getValue()[0],
                            e.getValue()[1] < 0 ? "" : String.format(Locale.ROOT, "  cpu %5d", e.getValue()[1]), e.getKey()));
        }
    }

    private static final class Outcome {
        private volatile OptionalLong firstFrame = OptionalLong.empty();
        private volatile OptionalLong dataReady = OptionalLong.empty();
        private final Map<String, long[]> trace = new LinkedHashMap<>();
        private final List<String> tail = new ArrayList<>();
        private String exitCode = "?";
    }
}
