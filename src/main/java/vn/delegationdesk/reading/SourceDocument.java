package vn.delegationdesk.reading;

import java.util.List;
import java.util.Objects;

/** A document to read in (a .docx, a text file, pasted text): its name as the user knows it and its passages in order. */
public record SourceDocument(String name, List<Passage> passages) {
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        passages = List.copyOf(passages);
    }
}
