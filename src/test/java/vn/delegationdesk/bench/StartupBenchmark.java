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
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.delegationdesk.app.StartupProbe;

/**
 * JVM-start-to-first-frame benchmark (a main class, not a unit test). Launches child JVMs for (a) an empty
 * JavaFX window ({@link EmptyWindowProbe}) and (b) the real app with {@code -Ddd.startupProbe=true} on a
 * temporary data directory, reads {@code FIRST_FRAME_MS} from each, and prints the medians and their
 * ratio. Needs a real display, e.g.:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.StartupBenchmark --runs 5
 * </pre>
 *
 * Options: {@code --runs N} (5), {@code --warmup N} (1, discarded), {@code --app-main CLASS}
 * ({@code vn.delegationdesk.app.launch.Main}, started with {@code --data-dir <tmp>}), {@code --classpath CP}
 * (this JVM's), {@code --jvm-arg ARG} (repeatable, given to both children, e.g. AppCDS flags),
 * {@code --timeout-s N} (60).
 */
public final class StartupBenchmark {
    private static final Pattern FIRST_FRAME = Pattern.compile("^" + StartupProbe.FIRST_FRAME + "=(\\d+)$");
    private static final Pattern DATA_READY = Pattern.compile("^DATA_READY_MS=(\\d+)$");

    private int runs = 5;
    private int warmup = 1;
    private String appMain = "vn.delegationdesk.app.launch.Main";
    private String classpath = System.getProperty("java.class.path");
    private final List<String> jvmArgs = new ArrayList<>();
    private long timeoutSeconds = 60;

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
                case "--app-main" -> appMain = value;
                case "--classpath" -> classpath = value;
                case "--jvm-arg" -> jvmArgs.add(value);
                case "--timeout-s" -> timeoutSeconds = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
    }

    private int run() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "Start-up benchmark: JVM start to first frame, %d runs each after %d warm-up%n", runs, warmup);
        Series empty = measure("empty JavaFX window", List.of(EmptyWindowProbe.class.getName()));
        Path dataDir = Files.createTempDirectory("dd-bench-");
        Series app;
        try {
            app = measure("Delegation Desk", List.of(appMain, "--data-dir", dataDir.toString()));
        } finally {
            deleteRecursively(dataDir);
        }
        if (empty.firstFrames.isEmpty() || app.firstFrames.isEmpty()) {
            System.out.println("RESULT=incomplete (see the failed runs above)");
            return 1;
        }
        long emptyMedian = median(empty.firstFrames);
        long appMedian = median(app.firstFrames);
        System.out.printf(Locale.ROOT, "MEDIAN_EMPTY_MS=%d%n", emptyMedian);
        System.out.printf(Locale.ROOT, "MEDIAN_APP_MS=%d%n", appMedian);
        if (!app.dataReady.isEmpty()) {
            System.out.printf(Locale.ROOT, "MEDIAN_APP_DATA_READY_MS=%d%n", median(app.dataReady));
        }
        System.out.printf(Locale.ROOT, "RATIO_APP_TO_EMPTY=%.2f%n", (double) appMedian / emptyMedian);
        return 0;
    }

    private Series measure(String label, List<String> mainAndArgs) throws IOException, InterruptedException {
        Series series = new Series();
        for (int i = 0; i < warmup + runs; i++) {
            boolean counted = i >= warmup;
            Outcome outcome = launchOnce(mainAndArgs);
            if (outcome.firstFrame.isEmpty()) {
                System.out.printf(Locale.ROOT, "  %s run %d FAILED (exit %s); last output:%n%s%n", label, i + 1,
                        outcome.exitCode, String.join("\n", outcome.tail));
                continue;
            }
            if (counted) {
                series.firstFrames.add(outcome.firstFrame.getAsLong());
                outcome.dataReady.ifPresent(series.dataReady::add);
            }
        }
        System.out.printf(Locale.ROOT, "%-22s first frame ms: %s%s%n", label, series.firstFrames,
                series.firstFrames.isEmpty() ? "" : " -> median " + median(series.firstFrames));
        if (!series.dataReady.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-22s data ready ms:  %s -> median %d%n", "", series.dataReady, median(series.dataReady));
        }
        return series;
    }

    private Outcome launchOnce(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath);
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.addAll(jvmArgs);
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
                Matcher frame = FIRST_FRAME.matcher(line.strip());
                Matcher data = DATA_READY.matcher(line.strip());
                if (frame.matches()) {
                    outcome.firstFrame = OptionalLong.of(Long.parseLong(frame.group(1)));
                } else if (data.matches()) {
                    outcome.dataReady = OptionalLong.of(Long.parseLong(data.group(1)));
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
    }

    private static final class Outcome {
        private volatile OptionalLong firstFrame = OptionalLong.empty();
        private volatile OptionalLong dataReady = OptionalLong.empty();
        private final List<String> tail = new ArrayList<>();
        private String exitCode = "?";
    }
}
