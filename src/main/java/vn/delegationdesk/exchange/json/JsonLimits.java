package vn.delegationdesk.exchange.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits every exchange file (delegation package, rate-set file) is parsed within, besides its size limit, so that
 * a hostile file ends in a message quickly and with bounded memory, never deep in the parser or the heap. Stated in
 * {@code docs/package-format.md} ("The file"). Each limit has its own refusal: the parser reports which one was
 * exceeded through {@link Exceeded}, not through the wording of Jackson's message.
 *
 * <ul>
 *   <li>{@link #MAX_DEPTH}: the format nests about 6 levels (the package, the delegation, a conference, its agenda,
 *   an item); 64 leaves room for any later version and keeps the parser's and the tree's recursion short.</li>
 *   <li>{@link #MAX_STRING_CHARS}: the longest text column of the store holds 100 000 characters (an agenda item);
 *   nothing longer can be kept. Field names have the same limit.</li>
 *   <li>{@link #MAX_NUMBER_CHARS}: no number of the formats has more than 19 digits (a long); 30 characters leave
 *   room for a decimal with its exponent and refuse a thousand-digit number before it is converted.</li>
 *   <li>{@link #MAX_TOKENS}: the 37-member sample is about 2 000 tokens (a name, a value, a bracket each); a million
 *   allows a plan hundreds of times larger and bounds the tree of a file of empty objects, the costliest per byte
 *   (measured by {@code bench.PackageRefusalBenchmark}).</li>
 * </ul>
 */
public final class JsonLimits extends StreamReadConstraints {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING_CHARS = 100_000;
    public static final int MAX_NUMBER_CHARS = 30;
    public static final long MAX_TOKENS = 1_000_000L;
    /** The constraints of {@link PackageJson#MAPPER}. */
    public static final JsonLimits CONSTRAINTS = new JsonLimits();

    private static final long serialVersionUID = 1L;
    /** Jackson's own value for "no limit" on the document's length: the file size is checked before parsing. */
    private static final long NO_DOCUMENT_LIMIT = -1L;

    /** Which limit a file exceeded. */
    public enum Limit {
        DEPTH, STRING, NAME, NUMBER, TOKENS
    }

    /** Raised by the parser when a limit is exceeded; {@link PackageText} turns it into the limit's own message. */
    public static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        private final Limit limit;

        Exceeded(Limit limit, long value) {
            super(limit + " limit exceeded: " + value);
            this.limit = limit;
        }

        Limit limit() {
            return limit;
        }
    }

    private JsonLimits() {
        super(MAX_DEPTH, NO_DOCUMENT_LIMIT, MAX_NUMBER_CHARS, MAX_STRING_CHARS, MAX_STRING_CHARS, MAX_TOKENS);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        check(Limit.DEPTH, depth, MAX_DEPTH);
    }

    @Override
    public void validateTokenCount(long count) throws StreamConstraintsException {
        check(Limit.TOKENS, count, MAX_TOKENS);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        check(Limit.NUMBER, length, MAX_NUMBER_CHARS);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        check(Limit.NUMBER, length, MAX_NUMBER_CHARS);
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        check(Limit.STRING, length, MAX_STRING_CHARS);
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        check(Limit.NAME, length, MAX_STRING_CHARS);
    }

    public static void check(Limit limit, long value, long max) throws Exceeded {
        if (value > max) {
            throw new Exceeded(limit, value);
        }
    }
}
