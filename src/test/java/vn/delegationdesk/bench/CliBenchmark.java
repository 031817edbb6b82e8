package vn.delegationdesk.bench;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The command line on the sample (a main class, not a unit test; no display needed): the wall time of {@code list} and
 * {@code estimate ID}, each a new JVM as a script starts it, against the target of issue 14: within 1.5 times
 * {@code java -version} plus the store's open time (opening the H2 store in a fresh JVM, measured by {@link OpenProbe}).
 * Medians of {@code --runs}, after one discarded start of each.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.CliBenchmark --runs 11
 * </pre>
 * The commands run twice: with the JVM's defaults and with the launcher's options (the {@code --java-options} of
 * {@code installer/jpackage/app-image.txt}, as the installed app runs them). {@code --jar target/delegation-desk.jar}
 * runs the commands from the shaded jar ({@code java -jar}) instead of this class path.
 */
public final class CliBenchmark {
    private static final double FACTOR = 1.5;

    private CliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 11);
        String jar = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--jar")) {
                jar = args[i + 1];
            }
        }
        Path dir = Files.createTempDirectory("dd-cli-");
        try {
            long id;
            try (AppServices services = StoreServices.open(dir, new Messages())) {
                id = services.delegations().create(SampleDelegation.create());
            }
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            long version = median(runs, List.of(java, "-version"));
            List<Long> opens = new ArrayList<>();
            for (int run = 0; run < runs + 1; run++) {
                String out = run(List.of(java, "-cp", cp, OpenProbe.class.getName(), dir.toString()));
                if (run > 0) {
                    opens.add(Long.parseLong(out.lines().filter(l -> l.startsWith("OPEN_NS=")).findFirst().orElseThrow()
                            .substring("OPEN_NS=".length())));
                }
            }
            long open = StartupBenchmark.median(opens);
            long target = Math.round((version + open) * FACTOR);
            System.out.printf(Locale.ROOT, "Command-line benchmark on the sample, medians of %d; load average %s%n", runs, loadAverage());
            System.out.printf(Locale.ROOT, "  java -version                     %7.1f ms%n", version / 1e6);
            System.out.printf(Locale.ROOT, "  opening the store in a fresh JVM  %7.1f ms%n", open / 1e6);
            System.out.printf(Locale.ROOT, "  target: 1.5 x (%.1f + %.1f) =     %7.1f ms%n", version / 1e6, open / 1e6, target / 1e6);
            Map<String, List<String>> configs = new LinkedHashMap<>();
            configs.put("JVM defaults", List.of());
            configs.put("launcher options", MemoryBenchmark.launcherOptions());
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                System.out.printf(Locale.ROOT, "%s: %s%n", config.getKey(), String.join(" ", config.getValue()));
                for (List<String> command : List.of(List.of("list"), List.of("estimate", Long.toString(id)))) {
                    List<String> line = new ArrayList<>();
                    line.add(java);
                    line.addAll(config.getValue());
                    if (jar != null) {
                        line.addAll(List.of("-jar", jar));
                    } else {
                        line.addAll(List.of("-cp", cp, "vn.delegationdesk.app.launch.Main"));
                    }
                    line.addAll(List.of("--data-dir", dir.toString()));
                    line.addAll(command);
                    long took = median(runs, line);
                    System.out.printf(Locale.ROOT, "  %-32s %7.1f ms = %.2f x (java -version + open)   target <= 1.5 x: %s%n",
                            String.join(" ", command), took / 1e6, (double) took / (version + open), took <= target ? "met" : "MISSED");
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The median wall time of {@code runs} runs of the command, after one discarded run. */
    private static long median(int runs, List<String> command) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs + 1; run++) {
            long t0 = System.nanoTime();
            run(command);
            long took = System.nanoTime() - t0;
            if (run > 0) {
                times.add(took);
            }
        }
        return StartupBenchmark.median(times);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
        }
        return output;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Opens and closes the store in the folder given, in a fresh JVM, and prints the nanoseconds the opening took. */
    public static final class OpenProbe {
        private OpenProbe() {
        }

        public static void main(String[] args) {
            long t0 = System.nanoTime();
            Database database = Database.openStore(Path.of(args[0]));
            long took = System.nanoTime() - t0;
            database.close();
            System.out.println("OPEN_NS=" + took);
        }
    }
}
