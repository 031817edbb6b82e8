package vn.delegationdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.MainWindow;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.ui.DocumentIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * One child JVM of the {@link MemoryBenchmark}: the app's window (the workspace over the store in {@code --data-dir},
 * real background work and devices, 1366×740 like the app on a 1366×768 screen, the editor's first page built in idle
 * time like the app) goes through a clerk's steps, and after each the JVM collects garbage, idles two seconds and prints
 * its resident memory ({@code VmRSS} of {@code /proc/self/status}) with the heap and the JVM's other pools:
 * <ol>
 *   <li>{@code LIST}: the delegation list is shown;</li>
 *   <li>{@code OPEN}: the delegation titled {@code --open TITLE} is open in the editor;</li>
 *   <li>{@code ALL_TABS} (with {@code --all-tabs}): every tab has been shown, the plan's page preview drawn;</li>
 *   <li>{@code TRAVEL_ORDERS} (with {@code --travel-orders} too): every member's travel order made and previewed.</li>
 * </ol>
 * Lines: {@code RSS_<STEP>_MB=…} and {@code DETAIL_<STEP>=…}. Linux only (it reads {@code /proc}); needs a display. With
 * {@code -Ddd.memory.diagnose=true} each step also prints the heap's class histogram, the biggest mappings of
 * {@code /proc/self/smaps} and, under {@code -XX:NativeMemoryTracking=summary}, the JVM's own native memory.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(option(args, "--data-dir", null));
        String title = option(args, "--open", SampleDelegation.create().title());
        boolean allTabs = java.util.Arrays.asList(args).contains("--all-tabs");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Messages messages = new Messages();
        AppServices services = StoreServices.open(dataDir, messages);
        FxTaskRunner tasks = new FxTaskRunner();
        Stage[] stage = new Stage[1];
        Workspace[] workspace = new Workspace[1];
        DelegationEditorView[] view = new DelegationEditorView[1];
        onFx(() -> {
            stage[0] = new Stage();
            MainWindow window = new MainWindow(messages);
            workspace[0] = new Workspace(services, tasks, new FxDialogService(messages, () -> stage[0]), SampleDelegation::create,
                    LocalDate::now, Workspace.Devices.system());
            view[0] = workspace[0].attach(window);
            Scene scene = new Scene(window, 1366, 740);
            Theme.apply(scene);
            stage[0].setScene(scene);
            stage[0].show();
            workspace[0].list().load();
        });
        Workspace ws = workspace[0];
        waitFor(() -> ws.list().loadedProperty().get());
        onFx(() -> view[0].prepareSelectedPage());
        report("LIST");

        waitFor(() -> ws.list().rows().stream().anyMatch(r -> r.title().equals(title)));
        onFx(() -> ws.list().selectedRowProperty().set(ws.list().rows().stream().filter(r -> r.title().equals(title))
                .findFirst().orElseThrow()));
        waitFor(() -> ws.editor().presentProperty().get() && title.equals(ws.editor().titleProperty().get()));
        report("OPEN");

        if (allTabs) {
            TabPane tabs = view[0].tabs();
            for (Tab tab : tabs.getTabs()) {
                onFx(() -> tabs.getSelectionModel().select(tab));
                if (DocumentIds.TAB_DOCUMENTS.equals(tab.getId())) {
                    waitFor(() -> ws.documents().preview().pageProperty().get() != null
                            && !ws.documents().preview().renderingProperty().get());
                }
                settleFrames();
            }
            report("ALL_TABS");
            if (java.util.Arrays.asList(args).contains("--travel-orders")) {
                // The heaviest thing a clerk does: every member's travel order made and previewed at once.
                onFx(() -> ws.documents().choices().selectedProperty().set(DocumentKind.TRAVEL_ORDERS));
                waitFor(() -> ws.documents().preview().pageCountProperty().get() > 1
                        && !ws.documents().preview().renderingProperty().get());
                report("TRAVEL_ORDERS");
            }
        }
        onFx(() -> stage[0].close());
        tasks.close();
        services.close();
        Platform.exit();
        System.exit(0);
    }

    private static void report(String step) throws Exception {
        settleFrames();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        Thread.sleep(2000);
        long rssKb = rssKb();
        long heapUsed = 0;
        long heapCommitted = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapUsed += pool.getUsage().getUsed();
                heapCommitted += pool.getUsage().getCommitted();
            } else {
                pools.append(String.format(Locale.ROOT, " %s=%d", pool.getName().replace(' ', '_'), pool.getUsage().getCommitted() >> 20));
            }
        }
        if (Boolean.getBoolean("dd.memory.diagnose")) {
            diagnose(step);
        }
        System.out.printf(Locale.ROOT, "RSS_%s_MB=%d%n", step, rssKb >> 10);
        System.out.printf(Locale.ROOT, "DETAIL_%s=heap used %d MB, heap committed %d MB, max heap %d MB; non-heap committed MB:%s%n", step,
                heapUsed >> 20, heapCommitted >> 20, Runtime.getRuntime().maxMemory() >> 20, pools);
        System.out.flush();
    }

    /** With {@code -Ddd.memory.diagnose=true}: the heap's biggest classes and, with NMT on, the JVM's native memory. */
    private static void diagnose(String step) {
        try {
            javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            String histogram = (String) server.invoke(name, "gcClassHistogram", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
            System.out.println("HISTOGRAM_" + step + "\n" + String.join("\n", histogram.lines().toList()));
            String nmt = (String) server.invoke(name, "vmNativeMemory", new Object[] {new String[] {"summary", "scale=MB"}},
                    new String[] {String[].class.getName()});
            System.out.println("NMT_" + step + "\n" + nmt);
            java.util.Map<String, Long> byMapping = new java.util.TreeMap<>();
            String current = "";
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
                if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                    String[] parts = line.trim().split("\\s+");
                    current = parts.length >= 6 ? parts[5] : "[anon]";
                } else if (line.startsWith("Rss:")) {
                    byMapping.merge(current, Long.parseLong(line.replaceAll("[^0-9]", "")), Long::sum);
                }
            }
            System.out.println("SMAPS_" + step);
            byMapping.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(25)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %7d kB %s%n", e.getValue(), e.getKey()));
        } catch (javax.management.JMException | IOException e) {
            System.out.println("diagnose failed: " + e);
        }
    }

    /** Resident set size in kB, from {@code /proc/self/status}. */
    static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    /** Lets the window lay out and draw what the last step changed. */
    private static void settleFrames() throws Exception {
        for (int i = 0; i < 5; i++) {
            onFx(() -> { });
            Thread.sleep(50);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(condition.getAsBoolean()));
            if (now.get(60, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting");
            }
            Thread.sleep(20);
        }
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(120, TimeUnit.SECONDS);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return fallback;
    }
}
