package vn.delegationdesk.app.launch;

import java.time.Clock;
import java.util.List;
import vn.delegationdesk.app.DesktopLaunch;
import vn.delegationdesk.app.StoreSession;
import vn.delegationdesk.app.cli.CommandLine;
import vn.delegationdesk.app.cli.CommandLineApp;
import vn.delegationdesk.app.cli.ConsoleStreams;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.StartupTrace;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * Entry point. With a command ({@code list}, {@code sample}, …) runs it without a window and exits with
 * its status; without one starts the desktop app. Deliberately not a JavaFX {@code Application}: a
 * shaded jar whose main class extends it fails to start without JavaFX on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main entered");
        List<String> arguments = List.of(args);
        Messages messages = new Messages();
        if (CommandLine.hasCommand(arguments)) {
            int status = new CommandLineApp(DataDirectory.ofSystem(), messages, SampleDelegation::create)
                    .run(arguments, ConsoleStreams.out(), ConsoleStreams.err());
            StartupTrace.mark("store closed");
            if (StartupTrace.enabled()) {
                StartupTrace.print(ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L));
            }
            System.exit(status);
        }
        DataDirectory folders = DataDirectory.ofSystem();
        StoreSession session = new StoreSession(() -> folders.resolve(arguments), dir -> folders.remember(arguments, dir),
                messages, Clock.systemDefaultZone());
        DesktopLaunch.launch(new DesktopLaunch(session, SampleDelegation::create), args);
    }
}
