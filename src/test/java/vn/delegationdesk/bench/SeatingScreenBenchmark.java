package vn.delegationdesk.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.MemorySeatingRepository;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.conferencedesk.ui.SeatingPage;
import vn.delegationdesk.conferencedesk.ui.SeatingViewModel;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The seating window with 180 generated delegates in the default hall (5 at the head table, 10 rows of 20; a main class,
 * needs a display): one move, what a drop does (a swap of two hall seats, the plan, the unseated list, the counts and the
 * two boxes updated), until the window is laid out again; and, for comparison, "Xếp tự động" into another hall, which
 * makes every seat box again. Warm medians of {@code --runs}; target 50 ms a move (a drop must feel immediate).
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.SeatingScreenBenchmark --runs 50 [--hold 20]
 * </pre>
 */
public final class SeatingScreenBenchmark {
    private SeatingScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 50);
        int hold = BenchFigures.intOption(args, "--hold", 0);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Messages messages = new Messages();
        MemoryDelegateRepository delegates = new MemoryDelegateRepository();
        ConferenceDeskService service = new ConferenceDeskService(delegates, new MemorySeatingRepository(),
                new RoleGate(() -> User.everyRole("bench")), Clock.systemUTC());
        vn.delegationdesk.delegation.Delegation delegation = vn.delegationdesk.sample.SampleDelegation.create().withId(1L);
        String conference = delegation.conferences().get(0).id();
        delegates.saveAll(1L, conference, TestDelegates.of(conference));
        List<Long> moves = new ArrayList<>();
        List<Long> rebuilds = new ArrayList<>();
        List<Long> models = new ArrayList<>();
        List<Long> css = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                SeatingViewModel model = new SeatingViewModel(service.seating(), new ConferenceDeskDocuments(
                        new ConferenceDocumentService(PdfDocumentWriter::new, messages), PdfDocumentWriter::new,
                        id -> DocumentSettings.defaults()), new RecordingDialogService(), messages, new DirectTaskRunner(),
                        delegation, conference);
                Stage stage = new Stage();
                Scene scene = SeatingPage.scene(model, messages);
                stage.setScene(scene);
                stage.show();
                Seat a = new Seat(3, 5, HallKind.THEATRE);
                Seat b = new Seat(7, 16, HallKind.THEATRE);
                for (int run = 0; run < runs + 10; run++) {
                    String moving = model.plan().occupant(run % 2 == 0 ? a : b).orElseThrow().id();
                    long t0 = System.nanoTime();
                    model.move(moving, run % 2 == 0 ? b : a);
                    long tm = System.nanoTime();
                    scene.getRoot().applyCss();
                    long tc = System.nanoTime();
                    scene.getRoot().layout();
                    long t1 = System.nanoTime();
                    if (run >= 10) {
                        css.add(tc - tm);
                        moves.add(t1 - t0);
                        models.add(tm - t0);
                    }
                }
                for (int run = 0; run < Math.max(5, runs / 5) + 2; run++) {
                    model.seatsPerRowProperty().set(run % 2 == 0 ? "19" : "20");
                    long t0 = System.nanoTime();
                    model.arrange();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    long t1 = System.nanoTime();
                    if (run >= 2) {
                        rebuilds.add(t1 - t0);
                    }
                }
                System.out.printf("%s%n", model.countsProperty().get());
                if (hold == 0) {
                    stage.close();
                }
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(5, TimeUnit.MINUTES);
        BenchFigures.print("seating window, a move (swap) with the window laid out (180)", moves, 50);
        BenchFigures.print("  of which the model and the two boxes updated (before layout)", models, Double.NaN);
        BenchFigures.print("  of which CSS", css, Double.NaN);
        BenchFigures.print("seating window, arranged into another hall (every box made)", rebuilds, Double.NaN);
        // --hold 20 leaves the window on screen that long, to be looked at (a screenshot of the display).
        Thread.sleep(hold * 1000L);
        Platform.exit();
    }
}
