package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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
import vn.delegationdesk.delegation.list.DelegationRowItem;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.ui.DocumentIds;
import vn.delegationdesk.documents.ui.DocumentPreviewViewModel;
import vn.delegationdesk.documents.ui.PreviewPage;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SmallDelegation;

/**
 * What a clerk waits for in the window, on the sample (a main class, not a unit test; needs a display), warm medians
 * of {@code --runs}, each against its target from issue 14:
 * <ul>
 *   <li>opening the sample from the list until the editor is laid out (target 300 ms);</li>
 *   <li>switching to each tab until it is laid out (target 100 ms), the slowest tab's median;</li>
 *   <li>the Văn bản tab's page preview after choosing the plan (300 ms) and the 37 travel orders (1 s), until the page is
 *       on screen.</li>
 * </ul>
 * The window is the app's: the workspace over a temporary H2 store, the app's background tasks and devices (PDFBox
 * draws the pages), 1366×740, the editor's first page built in idle time after the list shows, like the app; the other
 * pages are built on their first visit, which is printed apart (cold) from the warm switches.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.InteractionBenchmark --runs 15
 * </pre>
 * Give the launcher's JVM options before {@code -cp} to measure as installed (see the README).
 */
public final class InteractionBenchmark {
    private static final double OPEN_TARGET_MS = 300;
    private static final double TAB_TARGET_MS = 100;
    private static final double PLAN_TARGET_MS = 300;
    private static final double ORDERS_TARGET_MS = 1000;

    private static Scene scene;

    private InteractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.err.println("InteractionBenchmark needs a display: run it under xvfb-run -a -s \"-screen 0 1366x768x24\".");
            System.exit(2);
        }
        int runs = BenchFigures.intOption(args, "--runs", 15);
        Path dir = Files.createTempDirectory("dd-interaction-");
        Messages messages = new Messages();
        try (AppServices services = StoreServices.open(dir, messages)) {
            services.delegations().create(SampleDelegation.create());
            services.delegations().create(SmallDelegation.create());
            run(services, messages, runs);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void run(AppServices services, Messages messages, int runs) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        FxTaskRunner tasks = new FxTaskRunner();
        Workspace[] built = new Workspace[1];
        DelegationEditorView[] views = new DelegationEditorView[1];
        onFx(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(messages);
            built[0] = new Workspace(services, tasks, new FxDialogService(messages, () -> stage), SampleDelegation::create,
                    LocalDate::now, Workspace.Devices.system());
            views[0] = built[0].attach(window);
            scene = new Scene(window, 1366, 740);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            built[0].list().load();
        });
        Workspace workspace = built[0];
        TabPane tabs = views[0].tabs();
        waitFor(() -> workspace.list().loadedProperty().get());
        onFx(() -> views[0].prepareSelectedPage());
        String sample = SampleDelegation.create().title();
        DelegationRowItem sampleRow = row(workspace, sample);
        DelegationRowItem otherRow = row(workspace, SmallDelegation.TITLE);

        System.out.printf(Locale.ROOT, "Interaction benchmark: the sample in the app's window, warm medians of %d after 3 warm-up%n", runs);
        List<Long> opens = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            onFx(() -> tabs.getSelectionModel().select(0));
            timeUntil(() -> workspace.list().selectedRowProperty().set(otherRow),
                    () -> SmallDelegation.TITLE.equals(workspace.editor().titleProperty().get()));
            long took = timeUntil(() -> workspace.list().selectedRowProperty().set(sampleRow),
                    () -> workspace.editor().presentProperty().get() && sample.equals(workspace.editor().titleProperty().get()));
            if (run >= 3) {
                opens.add(took);
            }
        }
        BenchFigures.print("open the sample from the list (editor laid out)", opens, OPEN_TARGET_MS);

        Map<String, List<Long>> switches = new LinkedHashMap<>();
        for (int run = 0; run < runs + 3; run++) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.isSelected()) {
                    continue;
                }
                boolean firstVisit = tab.getContent() == null;
                long took = timeUntil(() -> tabs.getSelectionModel().select(tab), tab::isSelected);
                if (firstVisit) {
                    System.out.printf(Locale.ROOT, "  first visit of tab \"%s\" (its page built): %.1f ms%n", tab.getText(), took / 1e6);
                } else if (run >= 3) {
                    switches.computeIfAbsent(tab.getText(), t -> new ArrayList<>()).add(took);
                }
            }
        }
        String slowest = null;
        for (Map.Entry<String, List<Long>> e : switches.entrySet()) {
            if (slowest == null || StartupBenchmark.median(e.getValue()) > StartupBenchmark.median(switches.get(slowest))) {
                slowest = e.getKey();
            }
            BenchFigures.print("  switch to tab \"" + e.getKey() + "\"", e.getValue(), TAB_TARGET_MS);
        }
        BenchFigures.print("switch tabs: the slowest tab (" + slowest + ")", switches.get(slowest), TAB_TARGET_MS);

        Tab documents = tabs.getTabs().stream().filter(t -> DocumentIds.TAB_DOCUMENTS.equals(t.getId())).findFirst().orElseThrow();
        DocumentPreviewViewModel preview = workspace.documents().preview();
        onFx(() -> tabs.getSelectionModel().select(documents));
        waitFor(() -> preview.pageProperty().get() != null && !preview.renderingProperty().get());
        List<Long> plan = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            long ordersTook = choose(workspace, preview, DocumentKind.TRAVEL_ORDERS);
            long planTook = choose(workspace, preview, DocumentKind.PLAN);
            if (run >= 3) {
                orders.add(ordersTook);
                plan.add(planTook);
            }
        }
        BenchFigures.print("preview of the plan after choosing it (page on screen)", plan, PLAN_TARGET_MS);
        BenchFigures.print("preview of the 37 travel orders after choosing them", orders, ORDERS_TARGET_MS);
        tasks.close();
        Platform.exit();
    }

    /** Chooses a document in the Văn bản tab and waits until its first page is on screen. */
    private static long choose(Workspace workspace, DocumentPreviewViewModel preview, DocumentKind kind) throws Exception {
        PreviewPage[] before = new PreviewPage[1];
        onFx(() -> before[0] = preview.pageProperty().get());
        return timeUntil(() -> workspace.documents().choices().selectedProperty().set(kind),
                () -> preview.pageProperty().get() != null && preview.pageProperty().get() != before[0]
                        && !preview.renderingProperty().get());
    }

    private static DelegationRowItem row(Workspace workspace, String title) {
        return workspace.list().rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    /**
     * Runs {@code action} on the JavaFX thread and returns the nanoseconds until the first frame laid out after
     * {@code done} holds (checked after each layout pass; background work in between keeps frames coming).
     */
    private static long timeUntil(Runnable action, BooleanSupplier done) throws Exception {
        CompletableFuture<Long> took = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    took.complete(System.nanoTime() - start);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            action.run();
            Platform.requestNextPulse();
        });
        long nanos = took.get(120, TimeUnit.SECONDS);
        // Let the frame be drawn and the window settle before the next step.
        Thread.sleep(60);
        return nanos;
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
}
