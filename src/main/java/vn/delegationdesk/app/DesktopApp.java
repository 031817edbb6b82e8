package vn.delegationdesk.app;

import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.budget.ui.EstimateExport;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.delegation.ui.DelegationEditorView;
import vn.delegationdesk.delegation.ui.DelegationEditorViewModel;
import vn.delegationdesk.delegation.ui.DueSoonViewModel;
import vn.delegationdesk.delegation.ui.DelegationListViewModel;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.print.PdfPrinter;
import vn.delegationdesk.documents.print.SystemViewer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The desktop application. Shows the window at once in a loading state while the services load off the
 * JavaFX thread (in parallel with building the window), then connects the view models. A load failure is
 * shown in an error dialog (its message as it is: known store errors are already Vietnamese), then the app
 * exits. Closing the window closes the services. Start it through {@link DesktopLaunch#launch}.
 */
public final class DesktopApp extends Application {
    private static final double MAX_WIDTH = 1440;
    private static final double MAX_HEIGHT = 900;

    private final DesktopLaunch launch;
    private final Runnable exit;
    private final boolean probe = StartupProbe.enabled();
    private FxTaskRunner tasks;
    private Messages messages;
    private Stage stage;
    private MainWindow window;
    private AppServices services;
    private boolean stopping;
    private boolean firstFrameShown;
    private boolean dataReady;

    /** Used by {@link Application#launch}: takes what {@link DesktopLaunch#launch} left. */
    public DesktopApp() {
        this(DesktopLaunch.take(), Platform::exit);
    }

    /** For tests: {@code exit} replaces {@link Platform#exit}, which would end the toolkit for every later test. */
    DesktopApp(DesktopLaunch launch, Runnable exit) {
        this.launch = launch;
        this.exit = exit;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        this.tasks = new FxTaskRunner();
        messages = new Messages();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StartupShell(messages), Math.min(MAX_WIDTH, screen.getWidth()),
                Math.min(MAX_HEIGHT, screen.getHeight()));
        Theme.apply(scene);
        stage.setTitle(messages.get("ui.window.title"));
        WindowIcon.apply(stage);
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setScene(scene);
        if (probe) {
            StartupProbe.onFirstFrame(stage, () -> {
                firstFrameShown = true;
                exitWhenProbed();
            });
        }
        stage.show();
        // The store and the full window wait for the first frame: on a two-core laptop, opening H2 and
        // Flyway while the first frame is built makes the window appear half a second later.
        FirstFrame.after(scene, this::buildWindowAndLoad);
    }

    private void buildWindowAndLoad() {
        if (stopping) {
            return;
        }
        tasks.run(launch.loader()::load, this::servicesReady, this::servicesFailed);
        window = new MainWindow(messages);
        stage.getScene().setRoot(window);
    }

    private void servicesReady(AppServices loaded) {
        if (stopping) {
            closeQuietly(loaded);
            return;
        }
        services = loaded;
        DialogService dialogs = new FxDialogService(loaded.messages(), () -> stage);
        DelegationListViewModel list = new DelegationListViewModel(loaded.delegations(), tasks, dialogs, loaded.messages(),
                launch.sampleFactory());
        DelegationEditorViewModel editor = new DelegationEditorViewModel(loaded.delegations(), loaded.roster(), tasks, dialogs,
                loaded.messages());
        DueSoonViewModel due = new DueSoonViewModel(loaded.delegations(), tasks, loaded.messages(), LocalDate::now);
        DelegationEditorView editorView = window.attach(list, editor, due);
        EstimateExport estimateExport = new EstimateWorkbookWriter()::write;
        EstimateViewModel estimate = BudgetComposition.install(editor, editorView, loaded.budget(), tasks, dialogs,
                loaded.messages(), estimateExport);
        DocumentsComposition.install(editor, editorView, estimate, loaded.documents(),
                new DocumentsComposition.Devices(new PdfPageRasterizer(), new PdfPrinter(), new SystemViewer()), tasks, dialogs,
                loaded.messages());
        stage.setOnCloseRequest(event -> {
            if (editor.isDirty()) {
                event.consume();
                editor.leave(stage::close, () -> { });
            }
        });
        if (probe) {
            list.loadedProperty().addListener((observable, old, done) -> {
                if (done && !dataReady) {
                    dataReady = true;
                    StartupProbe.report("DATA_READY_MS");
                    exitWhenProbed();
                }
            });
        }
        list.load();
    }

    private void servicesFailed(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof LocalizedFailure) {
            log().warn("the store could not be opened: {}", cause.getMessage());
        } else {
            log().error("the store could not be opened", cause);
        }
        String message = messages.describeFailure(cause, "\n");
        if (probe) {
            System.out.println("STARTUP_FAILED=" + message.replace('\n', ' '));
            exit.run();
            return;
        }
        new FxDialogService(messages, () -> stage).showError(messages.get("ui.startup.failed.title"),
                message + "\n\n" + messages.get("ui.startup.failed.closing"));
        exit.run();
    }

    private void exitWhenProbed() {
        if (firstFrameShown && dataReady) {
            exit.run();
        }
    }

    @Override
    public void stop() {
        stopping = true;
        if (services != null) {
            closeQuietly(services);
            services = null;
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    private static void closeQuietly(AppServices toClose) {
        try {
            toClose.close();
        } catch (Exception e) {
            log().warn("closing the services failed", e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Looked up on first use: initialising logging costs a tenth of a second the first frame need not wait for. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }
}
