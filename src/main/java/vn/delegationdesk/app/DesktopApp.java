package vn.delegationdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.app.server.FxServerPrompts;
import vn.delegationdesk.app.server.ServerConnectionForm;
import vn.delegationdesk.app.server.ServerTransferViewModel;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.db.BackupService;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.StartupTrace;
import vn.delegationdesk.platform.ui.ChooserFolder;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.LayoutMemory;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The desktop application. Shows the window at once in a loading state while the services load off the
 * JavaFX thread (in parallel with building the window), then connects the view models. A load failure is
 * named in Vietnamese with its ways out ({@link StartupProblem}: the password of an encrypted store, the newest
 * backup, another data folder, "Đóng"); a restore or an encryption change from the "Dữ liệu" menu closes the
 * services and opens a fresh workspace ({@link StoreRestart}). Closing the window closes the services. Start it
 * through {@link DesktopLaunch#launch}.
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
    /** Where the file choosers open: the Documents folder until the store tells the folder last used. */
    private ChooserFolder folder = ChooserFolder.forUser(ChooserFolder.Memory.NONE);
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
        StartupTrace.mark("JavaFX started");
        this.stage = primaryStage;
        this.tasks = new FxTaskRunner();
        messages = new Messages();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StartupShell(messages), Math.min(MAX_WIDTH, screen.getWidth()),
                Math.min(MAX_HEIGHT, screen.getHeight()));
        // The first frame reads a small stylesheet of its own; the full theme comes with the real window.
        Theme.applyShell(scene);
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
        StartupTrace.mark("first frame laid out");
        if (stopping) {
            return;
        }
        StoreSession session = launch.session();
        if (probe || session == null) {
            load();
            return;
        }
        // Finding the data folder touches the disk: off the JavaFX thread, like opening the store.
        tasks.run(() -> new Start(session.isNewStore(), session.configuredServer()), start -> {
            if (start.server().isPresent() && !stopping) {
                askServerPassword(session, start.server().get());
            } else if (start.newStore() && !stopping) {
                offerEncryption(session);
            }
            load();
        }, this::servicesFailed);
    }

    /** What the start found in the data folder: a store yet to be made, a server to open instead. */
    private record Start(boolean newStore, Optional<ServerAddress> server) {
    }

    /** A server is remembered: its password, asked at each start; "Đóng" opens the laptop's own store. */
    private void askServerPassword(StoreSession session, ServerAddress address) {
        Optional<char[]> password = prompt().askToOpen(messages.get("ui.server.password.title"),
                messages.get("ui.server.password.message", address.user(), address.describe()), null);
        if (password.isPresent()) {
            session.useServer(address, password.get());
        } else {
            session.useLaptop();
        }
    }

    /**
     * The server did not open (down, a refused login, a newer schema): try again with the password, change the
     * connection, or go back to the laptop's own store, the default.
     */
    private void serverFailed(StoreSession session, ServerAddress address, String message) {
        FxServerPrompts.WayOut choice = serverPrompts().askWayOut(messages.get("ui.server.failed.title"), message);
        if (choice == FxServerPrompts.WayOut.RETRY) {
            Optional<char[]> password = prompt().askToOpen(messages.get("ui.server.password.title"),
                    messages.get("ui.server.password.message", address.user(), address.describe()), null);
            if (password.isPresent()) {
                reopen(() -> {
                    session.useServer(address, password.get());
                    return new Reopened(session.load(), null, null);
                });
                return;
            }
        } else if (choice == FxServerPrompts.WayOut.CHANGE) {
            ServerConnectionForm form = ServerConnectionForm.of(address);
            Optional<char[]> password = serverPrompts().askConnection(form);
            if (password.isPresent() && form.address().isPresent()) {
                reopen(() -> {
                    session.useServer(form.address().get(), password.get());
                    return new Reopened(session.load(), null, null);
                });
                return;
            }
        }
        reopen(() -> {
            session.useLaptop();
            return new Reopened(session.load(), messages.get("ui.server.backToLaptop"), null);
        });
    }

    /** "Kết nối máy chủ dữ liệu…": the connection dialog, then the window opens again on the server. */
    private void connectServer(StoreSession session, AppServices loaded, DelegationEditorViewModel editor) {
        ServerConnectionForm form = new ServerConnectionForm();
        form.recall(loaded.settings());
        Optional<char[]> password = serverPrompts().askConnection(form);
        if (password.isEmpty() || form.address().isEmpty()) {
            return;
        }
        ServerAddress address = form.address().get();
        ServerConnectionForm.remember(loaded.settings(), address);
        editor.leave(() -> restartStore(() -> {
            session.useServer(address, password.get());
            return messages.get("ui.server.connected", address.describe());
        }), () -> { });
    }

    private void load() {
        if (stopping) {
            return;
        }
        tasks.run(launch.loader()::load, this::servicesReady, this::servicesFailed);
        window = new MainWindow(messages, LayoutMemory.userPreferences());
        stage.getScene().setRoot(window);
        Theme.apply(stage.getScene());
        StartupTrace.mark("main window built");
    }

    /** At the first start, before the store exists: encrypting it then keeps every record out of the clear. */
    private void offerEncryption(StoreSession session) {
        FxPasswordPrompt prompt = prompt();
        if (prompt.offerEncryption(messages.get("ui.firstStart.title"), messages.get("ui.firstStart.message"))) {
            prompt.askNew(messages.get("ui.data.encrypt.title"), messages.get("ui.data.encrypt.message"))
                    .ifPresent(session::usePassword);
        }
    }

    /** A fresh window in its loading state while {@code work} (which ends by opening the store) runs in the background. */
    private void reopen(Callable<Reopened> work) {
        window = new MainWindow(messages, LayoutMemory.userPreferences());
        stage.getScene().setRoot(window);
        Theme.apply(stage.getScene());
        tasks.run(work, reopened -> {
            servicesReady(reopened.services());
            if (reopened.failure() != null) {
                dialogs().showError(messages.get("ui.data.failed"), messages.describeFailure(reopened.failure(), "\n"));
            } else if (reopened.note() != null) {
                dialogs().showInfo(messages.get("ui.window.title"), reopened.note());
            }
        }, this::servicesFailed);
    }

    /** The services opened again, and what to tell the user about the work done while the store was closed. */
    private record Reopened(AppServices services, String note, Throwable failure) {
    }

    /** {@link StoreRestart} for the "Dữ liệu" menu: close, run the work with the store closed, open again. */
    private void restartStore(Callable<String> whileClosed) {
        AppServices old = services;
        services = null;
        reopen(() -> {
            if (old != null) {
                old.close();
            }
            String note = null;
            Throwable failure = null;
            try {
                note = whileClosed.call();
            } catch (Exception e) {
                log().warn("work with the store closed failed: {}", e.getMessage());
                failure = unwrap(e);
            }
            return new Reopened(launch.loader().load(), note, failure);
        });
    }

    private void servicesReady(AppServices loaded) {
        if (stopping) {
            closeQuietly(loaded);
            return;
        }
        services = loaded;
        StartupTrace.mark("services handed to the window");
        folder = ChooserFolder.forUser(new RememberedFolder(loaded.settings()));
        DialogService dialogs = dialogs();
        Workspace workspace = new Workspace(loaded, tasks, dialogs, launch.sampleFactory(), LocalDate::now, Workspace.Devices.system());
        StartupTrace.mark("workspace built");
        DelegationEditorView editorView = workspace.attach(window);
        StartupTrace.mark("workspace attached");
        DelegationListViewModel list = workspace.list();
        DelegationEditorViewModel editor = workspace.editor();
        StoreSession session = launch.session();
        if (session != null && session.server().isPresent()) {
            window.onServer(messages.get("ui.server.onServer", session.server().get().describe()));
            window.addDataItem(MainWindow.DATA_LAPTOP, messages.get("ui.server.laptop.menu"), () -> editor.leave(
                    () -> restartStore(() -> {
                        session.useLaptop();
                        return messages.get("ui.server.backToLaptop");
                    }), () -> { }));
        } else if (session != null) {
            DataSafetyViewModel data = new DataSafetyViewModel(session, this::restartStore, tasks, dialogs,
                    prompt(), loaded.messages(), Clock.systemDefaultZone());
            data.setLeaveGuard(editor::leave);
            window.attachData(data);
            window.addDataItem(MainWindow.DATA_SERVER, messages.get("ui.server.menu"),
                    () -> connectServer(session, loaded, editor));
            ServerTransferViewModel transfer = new ServerTransferViewModel(session::openStore, loaded.settings(),
                    serverPrompts(), tasks, dialogs, loaded.messages());
            window.addDataItem(MainWindow.DATA_TRANSFER, messages.get("ui.transfer.menu"), transfer::start);
        }
        stage.setOnCloseRequest(event -> {
            if (editor.isDirty()) {
                event.consume();
                editor.leave(stage::close, () -> { });
            }
        });
        list.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean old, Boolean done) {
                if (done) {
                    list.loadedProperty().removeListener(this);
                    listShown(editorView);
                }
            }
        });
        list.load();
    }

    /**
     * The list is usable: now the work it did not wait for, in the background (the support log, the start-up backup),
     * and in idle time the editor's first page, so that opening a delegation finds it built.
     */
    private void listShown(DelegationEditorView editorView) {
        StartupTrace.mark("list loaded");
        if (probe && !dataReady) {
            // Usable once drawn: the frame that lays the rows out counts.
            FirstFrame.after(stage.getScene(), () -> {
                dataReady = true;
                StartupTrace.mark("list drawn");
                StartupProbe.report("DATA_READY_MS");
                exitWhenProbed();
            });
            Platform.requestNextPulse();
            return;
        }
        ServicesLoader loader = launch.loader();
        tasks.run(() -> {
            loader.afterListShown();
            return null;
        }, done -> { }, error -> log().warn("start-up chores failed: {}", error.getClass().getSimpleName()));
        Platform.runLater(editorView::prepareSelectedPage);
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
        StoreSession session = launch.session();
        if (session != null && session.server().isPresent()) {
            serverFailed(session, session.server().get(), message);
            return;
        }
        StartupProblem problem = StartupProblem.of(cause, session != null, session != null && session.hasBackups());
        if (problem.asksPassword()) {
            askPassword(session, problem.kind() == StartupProblem.Kind.WRONG_PASSWORD);
            return;
        }
        if (problem.closesOnly()) {
            dialogs().showError(messages.get("ui.startup.failed.title"),
                    message + "\n\n" + messages.get("ui.startup.failed.closing"));
            exit.run();
            return;
        }
        StartupProblem.Option choice = prompt().askWayOut(messages.get("ui.startup.failed.title"), message, problem.options());
        if (choice == StartupProblem.Option.RESTORE_NEWEST_BACKUP) {
            reopen(() -> {
                BackupService.Recovered recovered = session.restoreNewestBackup();
                String note = recovered.brokenFile() == null
                        ? messages.get("ui.startup.recoveredNoFile", recovered.backup().getFileName())
                        : messages.get("ui.startup.recovered", recovered.backup().getFileName(), recovered.brokenFile());
                return new Reopened(session.load(), note, null);
            });
        } else if (choice == StartupProblem.Option.CHOOSE_OTHER_FOLDER) {
            Optional<Path> folder = prompt().chooseFolder(messages.get("ui.startup.folder.title"));
            if (folder.isEmpty()) {
                servicesFailed(cause);
                return;
            }
            reopen(() -> {
                session.useDataDir(folder.get());
                return new Reopened(session.load(), null, null);
            });
        } else {
            exit.run();
        }
    }

    /** The store is encrypted: ask for its password (again after a wrong one); "Đóng" ends the app. */
    private void askPassword(StoreSession session, boolean wrong) {
        Optional<char[]> password = prompt().askToOpen(messages.get("ui.password.open.title"),
                messages.get("ui.password.open.message", session.dataDir()), wrong ? messages.get("ui.password.wrong") : null);
        if (password.isEmpty()) {
            exit.run();
            return;
        }
        session.usePassword(password.get());
        reopen(() -> new Reopened(session.load(), null, null));
    }

    private DialogService dialogs() {
        return new FxDialogService(messages, () -> stage, folder);
    }

    private FxServerPrompts serverPrompts() {
        return new FxServerPrompts(messages, () -> stage);
    }

    private FxPasswordPrompt prompt() {
        return new FxPasswordPrompt(messages, () -> stage);
    }

    private void exitWhenProbed() {
        if (firstFrameShown && dataReady) {
            StartupTrace.print(StartupProbe.jvmStartMillis());
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
