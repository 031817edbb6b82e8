package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.common.Phrase;

/** One command of the command line; it writes its result to {@code out} and throws on failure. */
interface CliCommand {
    /** The usage line, e.g. "export ID FILE": the command's name, then one word per operand. */
    String synopsis();

    default String name() {
        return synopsis().split(" ")[0];
    }

    /** How many operands the command takes. */
    default int arity() {
        return synopsis().split(" ").length - 1;
    }

    /** Whether the command takes these operands; commands with options override it. */
    default boolean accepts(List<String> operands) {
        return operands.size() == arity();
    }

    /**
     * Why these operands are not a command line this command takes, in Vietnamese (empty when they are); the
     * usual answer quotes the synopsis, a command with options may name the wrong one.
     */
    default Optional<Phrase> refusal(List<String> operands) {
        return accepts(operands) ? Optional.empty() : Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
    }

    void execute(List<String> operands, AppServices services, PrintStream out) throws Exception;

    /** Runs the command with a stream for notes that are not its result; most commands have none. */
    default void execute(List<String> operands, AppServices services, PrintStream out, PrintStream err) throws Exception {
        execute(operands, services, out);
    }
}
