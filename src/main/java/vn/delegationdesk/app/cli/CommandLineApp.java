package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.logging.StartupTrace;
import vn.delegationdesk.sample.SamplePlan;

/**
 * Runs one command without a window. Success: the result on stdout and status 0. Failure: one line of
 * Vietnamese on stderr and {@link #FAILED} ({@link #USAGE} when the command line itself is wrong), so a
 * script can tell the two apart. Nothing a command refuses is written to the store.
 */
public final class CommandLineApp {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The password of an encrypted store; a command line has no dialog to ask for it. */
    public static final String PASSWORD_ENV = "DELEGATION_DESK_PASSWORD";

    private final DataDirectory dataDirectory;
    private final Messages messages;
    private final List<CliCommand> commands;
    private final Map<String, String> env;

    /** Opens the services on a data folder, with the store's password (null: none). */
    @FunctionalInterface
    public interface Store {
        AppServices open(Path dataDir, char[] password);
    }

    /** Opens the services on a PostgreSQL server with the user's password. */
    @FunctionalInterface
    public interface Server {
        AppServices open(ServerAddress address, char[] password);
    }

    private final Store store;
    private final Server server;

    public CommandLineApp(DataDirectory dataDirectory, Messages messages, Supplier<Delegation> sampleFactory) {
        this(dataDirectory, messages, sampleFactory, System.getenv());
    }

    /** {@code env} gives {@link #PASSWORD_ENV}; injected for tests. */
    public CommandLineApp(DataDirectory dataDirectory, Messages messages, Supplier<Delegation> sampleFactory,
            Map<String, String> env) {
        this(dataDirectory, messages, sampleFactory, env, (dir, key) -> StoreServices.open(dir, key, messages),
                (address, key) -> StoreServices.openServer(address, key, messages));
    }

    /** With other ways to open the services and another environment: tests of commands on a server. */
    public CommandLineApp(DataDirectory dataDirectory, Messages messages, Supplier<Delegation> sampleFactory,
            Map<String, String> env, Store store, Server server) {
        this.env = Map.copyOf(env);
        this.dataDirectory = dataDirectory;
        this.messages = messages;
        this.store = store;
        this.server = server;
        this.commands = List.of(new ListCommand(), new SampleCommand(sampleFactory), new ImportCommand(),
                new ExportCommand(), new RatesCommand(), new EstimateCommand(), new SettleCommand(), new RenderCommand(),
                new PlansCommand(), new SamplePlanCommand(SamplePlan::create), new ExportPlanCommand(), new PlanDocumentCommand(),
                new PlanReportCommand(), new ReadCommand());
    }

    /** With another way to open the services: tests give the documents a small pack. */
    public CommandLineApp(DataDirectory dataDirectory, Messages messages, Supplier<Delegation> sampleFactory, Store store) {
        this(dataDirectory, messages, sampleFactory, System.getenv(), store,
                (address, key) -> StoreServices.openServer(address, key, messages));
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandLine line = CommandLine.parse(args);
        if (line.command() == null || line.command().equals("help")) {
            out.println(usage());
            return OK;
        }
        Optional<CliCommand> found = commands.stream().filter(c -> c.name().equals(line.command())).findFirst();
        if (found.isEmpty()) {
            return fail(err, USAGE, messages.get("cli.error.unknownCommand", line.command(), names()));
        }
        CliCommand command = found.get();
        Optional<Phrase> refused = command.refusal(line.operands());
        if (refused.isPresent()) {
            return fail(err, USAGE, messages.get(refused.get().key(), refused.get().args().toArray()));
        }
        String password = env.get(PASSWORD_ENV);
        char[] key = password == null || password.isEmpty() ? null : password.toCharArray();
        Optional<String> onServer = line.option(CommandLine.STORE);
        if (onServer.isEmpty() && line.option(CommandLine.USER).isPresent()) {
            return fail(err, USAGE, messages.get("cli.error.userWithoutStore"));
        }
        if (onServer.isPresent() && line.option(DataDirectory.OPTION).isPresent()) {
            return fail(err, USAGE, messages.get("cli.error.storeAndDataDir"));
        }
        ServerAddress address = null;
        if (onServer.isPresent()) {
            try {
                address = ServerAddress.parse(onServer.get(), line.option(CommandLine.USER).orElse(null));
            } catch (StoreException e) {
                return fail(err, USAGE, messages.describeFailure(e, "; "));
            }
            if (key == null) {
                return fail(err, FAILED, messages.get("cli.error.serverPasswordRequired", address.user(), address.describe(),
                        PASSWORD_ENV));
            }
        }
        try (AppServices services = address == null ? store.open(dataDirectory.resolve(line.options()), key)
                : server.open(address, key)) {
            StartupTrace.mark("store open");
            command.execute(line.operands(), services, out, err);
            out.flush();
            StartupTrace.mark("command done");
            return OK;
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.PASSWORD_REQUIRED) {
                return fail(err, FAILED, messages.get("cli.error.passwordRequired", PASSWORD_ENV));
            }
            return fail(err, FAILED, messages.describeFailure(e, "; "));
        } catch (Exception e) {
            if (e instanceof ValidationException || e instanceof LocalizedFailure) {
                return fail(err, FAILED, messages.describeFailure(e, "; "));
            }
            LoggerFactory.getLogger(CommandLineApp.class).error("command {} failed", command.name(), e);
            return fail(err, FAILED, messages.get("cli.error.unexpected", e.getClass().getSimpleName()));
        }
    }

    private String usage() {
        String synopses = commands.stream().map(c -> "  delegation-desk [--data-dir DIR | --store URL --user NAME] " + c.synopsis())
                .collect(Collectors.joining("\n"));
        return messages.get("cli.usage", synopses);
    }

    private String names() {
        return commands.stream().map(CliCommand::name).collect(Collectors.joining(", "));
    }

    private static int fail(PrintStream err, int status, String message) {
        err.println(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        err.flush();
        return status;
    }
}
