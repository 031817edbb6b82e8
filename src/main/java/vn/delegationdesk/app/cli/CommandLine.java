package vn.delegationdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.platform.db.DataDirectory;

/**
 * The parsed command line: the options the store needs ({@code --data-dir DIR}) and, after them, a
 * command with its operands. JavaFX's own {@code --name=value} parameters are options too.
 */
public record CommandLine(List<String> options, String command, List<String> operands) {
    public CommandLine {
        options = List.copyOf(options);
        operands = List.copyOf(operands);
    }

    public static CommandLine parse(List<String> args) {
        List<String> options = new ArrayList<>();
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String arg = args.get(i);
            if (arg.equals("--help")) {
                return new CommandLine(options, "help", List.of());
            }
            options.add(arg);
            if (arg.equals(DataDirectory.OPTION) && i + 1 < args.size()) {
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
}
