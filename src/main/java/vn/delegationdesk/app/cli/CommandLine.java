package vn.delegationdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.platform.db.DataDirectory;

/**
 * The parsed command line: the options the store needs ({@code --data-dir DIR}, or {@code --store URL --user NAME}) and, after them, a
 * command with its operands. JavaFX's own {@code --name=value} parameters are options too.
 */
public record CommandLine(List<String> options, String command, List<String> operands) {
    /** A store on a PostgreSQL server instead of the data folder: {@code --store postgresql://host[:port]/database}. */
    public static final String STORE = "--store";
    /** The user who logs in to the server of {@link #STORE}. */
    public static final String USER = "--user";

    public CommandLine {
        options = List.copyOf(options);
        operands = List.copyOf(operands);
    }

    /** The store's options that take the next argument as their value. */
    private static final Set<String> VALUED = Set.of(DataDirectory.OPTION, STORE, USER);

    public static CommandLine parse(List<String> args) {
        List<String> options = new ArrayList<>();
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String arg = args.get(i);
            if (arg.equals("--help")) {
                return new CommandLine(options, "help", List.of());
            }
            options.add(arg);
            if (VALUED.contains(arg) && i + 1 < args.size()) {
                options.add(args.get(i + 1));
                i++;
            }
            i++;
        }
        if (i >= args.size()) {
            return new CommandLine(options, null, List.of());
        }
        return new CommandLine(options, args.get(i), args.subList(i + 1, args.size()));
    }

    /** Whether these arguments name a command, i.e. the app should run without a window. */
    public static boolean hasCommand(List<String> args) {
        return parse(args).command() != null;
    }

    /** The value of {@code option} ({@code --option VALUE} or {@code --option=VALUE}), if given. */
    public Optional<String> option(String option) {
        for (int i = 0; i < options.size(); i++) {
            String arg = options.get(i);
            if (arg.equals(option)) {
                return Optional.of(i + 1 < options.size() ? options.get(i + 1) : "");
            }
            if (arg.startsWith(option + "=")) {
                return Optional.of(arg.substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }
}
