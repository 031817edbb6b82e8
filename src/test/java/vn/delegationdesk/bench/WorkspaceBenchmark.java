package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.MainWindow;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * Opening a 2,000-member delegation and filtering its members table (a main class, not a unit test; target:
 * each under 300 ms). Stores the delegation in a temporary H2 store, then measures, median of {@code --runs}:
 * <ul>
 *   <li>open: read it from the store and load it into every editor view model (quota panel, validation,
 *       overlapping-membership query) — and, with a display, until the window has laid out and drawn the members tab;</li>
 *   <li>filter: type a query into the members filter until the table shows the matches (drawn, with a display).</li>
 * </ul>
 * Without a display only the view-model figures are printed. With one (e.g. {@code xvfb-run -a -s "-screen 0
 * 1366x768x24"}) the window figures are printed too:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.WorkspaceBenchmark --members 2000 --runs 15
 * </pre>
 */
public final class WorkspaceBenchmark {
    private static final String[] QUERIES = {"nguyen van", "quan 1", "hoa", "0010000019", "trung tam phuong 7"};

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 15);
        Path dir = Files.createTempDirectory("dd-bench");
        Messages messages = new Messages();
        try (AppServices services = StoreServices.open(dir, messages)) {
            services.delegations().create(SampleDelegation.create());
            long id = services.delegations().create(LargeDelegation.of(members));
            System.out.printf(Locale.ROOT, "delegation: %d members, store %s%n", members, dir);
            measureViewModels(services, id, runs, messages);
            boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
            if (display) {
                measureWindow(services, id, runs, messages);
            } else {
                System.out.println("window: skipped (no display; run under xvfb-run for the drawn figures)");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void measureViewModels(AppServices services, long id, int runs, Messages messages) {
        Workspace workspace = new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(),
                SampleDelegation::create, LocalDate::now, TestServices.quietDevices());
        DelegationEditorViewModel editor = workspace.editor();
        List<Long> open = new ArrayList<>();
        List<Long> filter = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            editor.open(null);
            long t0 = System.nanoTime();
            Delegation d = services.delegations().find(id).orElseThrow();
            editor.open(d);
            long t1 = System.nanoTime();
            for (String query : QUERIES) {
                long f0 = System.nanoTime();
                workspace.members().filterTextProperty().set(query);
                int shown = workspace.members().visibleMembers().size();
                long f1 = System.nanoTime();
                if (run >= 3) {
                    filter.add(f1 - f0);
                }
                if (shown < 0) {
                    throw new IllegalStateException();
                }
            }
            workspace.members().filterTextProperty().set("");
            if (run >= 3) {
                open.add(t1 - t0);
            }
        }
        print("view models: open (store read + every editor view model)", open);
        print("view models: filter members (one query)", filter);
    }

    private static void measureWindow(AppServices services, long id, int runs, Messages messages) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(20, TimeUnit.SECONDS);
        DirectTaskRunner direct = new DirectTaskRunner();
        RecordingDialogService dialogs = new RecordingDialogService();
        Scene[] scene = new Scene[1];
        Workspace workspace = new Workspace(services, direct, dialogs, SampleDelegation::create, LocalDate::now,
                TestServices.quietDevices());
        DelegationEditorViewModel editor = workspace.editor();
        onFx(() -> {
            MainWindow window = new MainWindow(messages);
            DelegationListViewModel list = workspace.list();
            workspace.attach(window);
            scene[0] = new Scene(window, 1366, 740);
            Theme.apply(scene[0]);
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            list.load();
        });
        List<Long> open = new ArrayList<>();
        List<Long> filter = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            boolean counted = run >= 3;
            onFx(() -> editor.open(null));
            onFx(() -> {
                TabPane tabs = (TabPane) scene[0].lookup("#" + EditorIds.TABS);
                tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> MemberIds.TAB_MEMBERS.equals(t.getId()))
                        .findFirst().orElseThrow());
                scene[0].snapshot(null);
            });
            long[] took = new long[1];
            onFx(() -> {
                long t0 = System.nanoTime();
                editor.open(services.delegations().find(id).orElseThrow());
                scene[0].snapshot(null);
                took[0] = System.nanoTime() - t0;
            });
            if (counted) {
                open.add(took[0]);
            }
            for (String query : QUERIES) {
                onFx(() -> {
                    long f0 = System.nanoTime();
                    workspace.members().filterTextProperty().set(query);
                    scene[0].snapshot(null);
                    took[0] = System.nanoTime() - f0;
                });
                if (counted) {
                    filter.add(took[0]);
                }
            }
            onFx(() -> workspace.members().filterTextProperty().set(""));
        }
        print("window: open until the members tab is drawn", open);
        print("window: filter until the table is drawn (one query)", filter);
        Platform.exit();
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
        done.get(60, TimeUnit.SECONDS);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double worst = sorted.get(sorted.size() - 1) / 1e6;
        System.out.printf(Locale.ROOT, "%-62s median %7.1f ms   max %7.1f ms   (n=%d)%n", what, median, worst, sorted.size());
    }
}
