package vn.delegationdesk.platform.logging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/**
 * One timed operation of {@link OperationLog}: its details are ids, counts and codes, and its outcome ok, refused or
 * failed; {@link #close} writes the line. Used by one thread, in a try-with-resources block.
 */
public final class Operation implements AutoCloseable {
    /** Field keys named in a refusal; the rest are counted. */
    static final int MAX_FIELDS = 12;
    private static final int MAX_CODE = 48;
    /** What a code or a field key may hold: letters, digits and the punctuation of paths ("members[3].idNumber"). */
    private static final Pattern NOT_CODE = Pattern.compile("[^A-Za-z0-9_.\\[\\]-]+");

    private enum Outcome { OK, REFUSED, FAILED }

    private final OperationLog log;
    private final String name;
    private final long started;
    private final List<String> details = new ArrayList<>();
    private Outcome outcome;
    private String reason = "";
    private boolean closed;

    Operation(OperationLog log, String name, long started) {
        this.log = log;
        this.name = name;
        this.started = started;
    }

    /** An id of a stored thing ("delegation=3"); "new" while it has none. */
    public Operation id(String key, Long id) {
        details.add(clean(key) + "=" + (id == null ? "new" : id.toString()));
        return this;
    }

    /** A count ("members=37", "files=9"). */
    public Operation count(String key, long value) {
        details.add(clean(key) + "=" + value);
        return this;
    }

    /**
     * A code the app chose, never text a person typed: an enum constant, a format, a rate set's id ("doc=PLAN",
     * "format=pdf"). Anything but letters, digits and {@code _.-[]} is dropped, and it is cut at 48 characters.
     */
    public Operation code(String key, Object value) {
        details.add(clean(key) + "=" + (value == null ? "-" : clean(String.valueOf(value))));
        return this;
    }

    /** The operation did what it was asked. */
    public void ok() {
        outcome = Outcome.OK;
    }

    /**
     * The input was refused: how many problems and the keys of the fields they are in (up to twelve, with their
     * indexes, which are positions, not values), never the values.
     */
    public void refused(int problems, Collection<String> fieldKeys) {
        outcome = Outcome.REFUSED;
        Set<String> keys = new LinkedHashSet<>();
        for (String key : fieldKeys) {
            keys.add(clean(key));
        }
        List<String> named = new ArrayList<>(keys).subList(0, Math.min(MAX_FIELDS, keys.size()));
        String more = keys.size() > named.size() ? " +" + (keys.size() - named.size()) : "";
        reason = " " + problems + (problems == 1 ? " problem" : " problems")
                + (named.isEmpty() ? "" : " in " + String.join(" ", named) + more);
    }

    /**
     * The operation failed: the line names the type of the failure, not its message (which can carry data). A
     * validation failure is a refusal, with its problems and their fields.
     */
    public void failed(Throwable failure) {
        if (failure instanceof ValidationException refusal) {
            refused(refusal.errors().size(), refusal.errors().stream().map(ValidationError::path).toList());
            return;
        }
        outcome = Outcome.FAILED;
        reason = failure == null ? "" : " " + failure.getClass().getSimpleName();
    }

    /** Ok, unless the work said otherwise (refused, or failed and carried on). */
    void okUnlessMarked() {
        if (outcome == null) {
            outcome = Outcome.OK;
        }
    }

    /** Writes the line once: an operation neither ok nor refused failed (an exception went through the block). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Outcome result = outcome == null ? Outcome.FAILED : outcome;
        String line = name + ": " + result.name().toLowerCase(Locale.ROOT) + reason + " in " + ms + " ms"
                + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
        log.write(result == Outcome.FAILED, line);
    }

    /** {@code text} with nothing but letters, digits and {@code _.-[]}, at most 48 characters; "-" when nothing is left. */
    static String clean(String text) {
        String kept = text == null ? "" : NOT_CODE.matcher(text).replaceAll("");
        kept = kept.length() > MAX_CODE ? kept.substring(0, MAX_CODE) : kept;
        return kept.isEmpty() ? "-" : kept;
    }
}
