package vn.delegationdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * Resident memory of the app (a main class, not a unit test; Linux, needs a display). Makes a store holding the sample
 * and a {@code --members}-member delegation, then for each JVM setting starts {@link MemoryProbe} in a child JVM twice:
 * once opening the sample and showing every tab (the plan's page preview drawn), once opening the large delegation,
 * showing every tab and then previewing all its travel orders (which proves the heap limit leaves room for that). It
 * prints the median resident memory after garbage collection and two idle seconds at each step, against the targets
 * of issue 14: at most 250 MB with the sample open, at most 400 MB with a 2,000-member delegation open.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.MemoryBenchmark --runs 3
 * </pre>
 *
 * The settings compared: the JVM's defaults, and the launcher's (the {@code --java-options} of
 * {@code installer/jpackage/app-image.txt}, which {@code mvn javafx:run} and the README use too). More with
 * {@code --config "NAME=-Xmx300m -XX:+UseSerialGC"} (repeatable; replaces the two). {@code --members N} (2000),
 * {@code --runs N} (3).
 */
public final class MemoryBenchmark {
    private static final Pattern RSS = Pattern.compile("^RSS_(\\w+)_MB=(\\d+)$");
    private static final Pattern DETAIL = Pattern.compile("^DETAIL_(\\w+)=(.*)$");
    private static final String LARGE_TITLE = "Đoàn khảo sát đông thành viên (benchmark)";
    private static final long SAMPLE_TARGET_MB = 250;
    private static final long LARGE_TARGET_MB = 400;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.err.println("MemoryBenchmark needs a display: run it under xvfb-run -a -s \"-screen 0 1366x768x24\".");
            System.exit(2);
        }
        int members = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 3);
        Map<String, List<String>> configs = configs(args);
        Path dataDir = Files.createTempDirectory("dd-memory-");
        try {
            try (AppServices services = StoreServices.open(dataDir, new Messages())) {
                services.delegations().create(SampleDelegation.create());
                services.delegations().create(LargeDelegation.of(members).toBuilder().title(LARGE_TITLE).build());
            }
            System.out.printf(Locale.ROOT, "Memory benchmark: resident memory after GC and 2 s idle, median of %d; the sample and a"
                    + " %d-member delegation; %d GB of RAM%n", runs, members, totalRamGb());
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                System.out.printf(Locale.ROOT, "%n== %s: %s%n", config.getKey(),
                        config.getValue().isEmpty() ? "(no options)" : String.join(" ", config.getValue()));
                Map<String, List<Long>> sample = probe(config.getValue(), dataDir, runs,
                        List.of("--open", SampleDelegation.create().title(), "--all-tabs"));
                Map<String, List<Long>> large = probe(config.getValue(), dataDir, runs,
                        List.of("--open", LARGE_TITLE, "--all-tabs", "--travel-orders"));
                line("list shown (store with both)", sample.get("LIST"), 0);
                line("sample open", sample.get("OPEN"), SAMPLE_TARGET_MB);
                line("sample, every tab shown (plan preview drawn)", sample.get("ALL_TABS"), SAMPLE_TARGET_MB);
                line(members + "-member delegation open", large.get("OPEN"), members == 2000 ? LARGE_TARGET_MB : 0);
                line(members + "-member delegation, every tab shown", large.get("ALL_TABS"), members == 2000 ? LARGE_TARGET_MB : 0);
                line(members + " travel orders made and previewed", large.get("TRAVEL_ORDERS"), 0);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static Map<String, List<String>> configs(String[] args) throws IOException {
        Map<String, List<String>> configs = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--config")) {
                String[] parts = args[i + 1].split("=", 2);
                configs.put(parts[0], parts.length < 2 || parts[1].isBlank() ? List.of() : List.of(parts[1].trim().split("\\s+")));
            }
        }
        if (configs.isEmpty()) {
            configs.put("JVM defaults", List.of());
            configs.put("launcher settings (installer/jpackage/app-image.txt)", launcherOptions());
        }
        return configs;
    }

    /** The JVM options the installed app's launcher passes: the {@code --java-options} lines of the jpackage argument file. */
    static List<String> launcherOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("installer/jpackage/app-image.txt"), StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("--java-options ")) {
                String value = text.substring("--java-options ".length()).strip();
                if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.contains("$APPDIR")) {
                    options.addAll(Arrays.asList(value.split("\\s+")));
                }
            }
        }
        return options;
    }

    private static Map<String, List<Long>> probe(List<String> jvmOptions, Path dataDir, int runs, List<String> probeArgs)
            throws IOException, InterruptedException {
        Map<String, List<Long>> rss = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            List<String> command = new ArrayList<>();
            command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(MemoryProbe.class.getName());
            command.add("--data-dir");
            command.add(dataDir.toString());
            command.addAll(probeArgs);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                System.out.println("  probe FAILED: " + output.lines().skip(Math.max(0, output.lines().count() - 15)).toList());
                continue;
            }
            for (String line : output.lines().toList()) {
                Matcher m = RSS.matcher(line.strip());
                Matcher d = DETAIL.matcher(line.strip());
                if (m.matches()) {
                    rss.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)));
                } else if (d.matches() && run == 0) {
                    System.out.printf(Locale.ROOT, "  %-9s %s%n", d.group(1), d.group(2));
                }
            }
        }
        return rss;
    }

    private static void line(String what, List<Long> values, long targetMb) {
        if (values == null || values.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-52s (no figure)%n", what);
            return;
        }
        long median = StartupBenchmark.median(values);
        String target = targetMb <= 0 ? "" : String.format(Locale.ROOT, "   target <= %d MB: %s", targetMb,
                median <= targetMb ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "%-52s median %4d MB   %s%s%n", what, median, values, target);
    }

    private static long totalRamGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
