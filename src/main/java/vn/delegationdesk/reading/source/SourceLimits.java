package vn.delegationdesk.reading.source;

/**
 * How much a source may hold before it is refused: a plan is a few pages (seed 000, the longest, has about 250
 * passages and 25,000 characters), so these limits stop a 500-page document, or worse, in seconds.
 */
public final class SourceLimits {
    /** Non-blank passages (paragraphs, lines, table cells) of one document. */
    public static final int MAX_PASSAGES = 20_000;
    /** Characters of text in all the passages together (about 5 MB). */
    public static final long MAX_TEXT_CHARS = 5_000_000;

    private SourceLimits() {
    }
}
