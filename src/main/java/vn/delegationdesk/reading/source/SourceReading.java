package vn.delegationdesk.reading.source;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.reading.SourceDocument;

/**
 * What a source gave: the document, and a notice for the user when there is nothing in it to read (an empty .docx, a
 * text of blank lines). A file that cannot be read at all is a {@link SourceException} instead.
 */
public record SourceReading(SourceDocument document, Optional<Phrase> notice) {
    public SourceReading {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(notice, "notice");
    }

    /** The document, with the "nothing to read" notice when it has no passage. */
    public static SourceReading of(SourceDocument document) {
        Optional<Phrase> notice = document.passages().isEmpty()
                ? Optional.of(Phrase.of("reading.source.nothingToRead", document.name()))
                : Optional.empty();
        return new SourceReading(document, notice);
    }
}
