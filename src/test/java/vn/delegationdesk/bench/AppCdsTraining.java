package vn.delegationdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import vn.delegationdesk.app.StartupProbe;

/**
 * An AppCDS archive for the start-up benchmark, made the way the installer makes the installed app's: the class path's
 * folders are packed into jars (the JVM archives classes from jars only), one start of the app on a store with the
 * sample runs with {@code -XX:ArchiveClassesAtExit}, and later starts map the archive with {@code -XX:SharedArchiveFile}.
 * The archive is only valid for exactly this class path, which is why the benchmark measures with the jars it made.
 */
final class AppCdsTraining {
    /** The class path of jars the archive belongs to, and the JVM options that use it. */
    record Archive(String classpath, List<String> jvmArgs) {
    }

    private AppCdsTraining() {
    }

    static Archive prepare(String classpath, String appMain, List<String> jvmArgs) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dd-appcds-");
        List<String> entries = new ArrayList<>();
        int folder = 0;
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path path = Paths.get(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + folder++ + ".jar");
                packFolder(path, jar);
                entries.add(jar.toString());
            } else if (Files.exists(path)) {
                entries.add(entry);
            }
        }
        String jars = String.join(java.io.File.pathSeparator, entries);
        Path archive = dir.resolve("delegation-desk.jsa");
        Path store = Files.createDirectories(dir.resolve("store"));
        List<String> base = new ArrayList<>();
        base.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        base.add("-cp");
        base.add(jars);
        base.addAll(jvmArgs);
        run(withArgs(base, appMain, "--data-dir", store.toString(), "sample"));
        List<String> training = new ArrayList<>(base);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        training.add("-D" + StartupProbe.PROPERTY + "=true");
        run(withArgs(training, appMain, "--data-dir", store.toString()));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training start wrote no archive");
        }
        System.out.printf("AppCDS archive: %s (%d MB), from one start of the app on the sample%n", archive,
                Files.size(archive) >> 20);
        return new Archive(jars, List.of("-XX:SharedArchiveFile=" + archive));
    }

    private static List<String> withArgs(List<String> base, String... args) {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("AppCDS training failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    private static void packFolder(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> paths = Files.walk(folder)) {
            // Folders get entries too: Flyway finds the migrations by asking the class loader for their folder.
            for (Path path : paths.filter(p -> !p.equals(folder)).sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                boolean isFolder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }
}
