package vn.delegationdesk.platform.logging;

import java.util.Collection;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support log's lines about what the user did: one line per operation (open, save, import, export, render,
 * backup, restore ...) with its outcome and duration, and one per refused input. The lines carry ids, counts, codes
 * and field keys only, never a value a person typed: no name, ID number, phone or date of birth can reach the log
 * through this API. Plain Java for its callers (services and view models name no logging library):
 *
 * <pre>{@code
 * try (Operation op = LOG.start("save").id("delegation", d.id()).count("members", d.members().size())) {
 *     ...
 *     op.ok();
 * }
 * }</pre>
 *
 * gives {@code save: ok in 42 ms (delegation=3, members=37)}; an operation left without {@link Operation#ok} (an
 * exception went through) is logged as failed, one marked {@link Operation#refused} as refused with its problems.
 * {@link #call} does the marking itself, and names the type of a failure.
 */
public final class OperationLog {
    private final Logger logger;

    private OperationLog(Logger logger) {
        this.logger = logger;
    }

    /** The operations of {@code owner}: its class name tells where in the app a line comes from. */
    public static OperationLog of(Class<?> owner) {
        return new OperationLog(LoggerFactory.getLogger(Objects.requireNonNull(owner, "owner")));
    }

    /** Starts timing {@code name} ("save", "export-package"); closing the operation writes its line. */
    public Operation start(String name) {
        return new Operation(this, Operation.clean(name), System.nanoTime());
    }

    /** The work of an operation, given the operation to add details to. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Operation op) throws E;
    }

    /**
     * Runs {@code work} as operation {@code name}: ok when it returns (unless it marked the operation refused), refused
     * when it throws a validation failure (its problems and field keys), else failed with the failure's type.
     */
    public <T, E extends Exception> T call(String name, Work<T, E> work) throws E {
        try (Operation op = start(name)) {
            try {
                T result = work.run(op);
                op.okUnlessMarked();
                return result;
            } catch (Exception e) {
                op.failed(e);
                throw e;
            }
        }
    }

    /**
     * Input refused before any operation started (a save while the editor shows problems): {@code problems} and the
     * keys of the fields they are in ("startDate", "members[3].idNumber"), never what was typed.
     */
    public void refused(String name, int problems, Collection<String> fieldKeys) {
        try (Operation op = start(name)) {
            op.refused(problems, fieldKeys);
        }
    }

    void write(boolean failed, String line) {
        if (failed) {
            logger.warn(line);
        } else {
            logger.info(line);
        }
    }
}
