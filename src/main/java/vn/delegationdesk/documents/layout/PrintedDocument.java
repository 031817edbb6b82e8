package vn.delegationdesk.documents.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A whole document ready for a writer: its title (the PDF's and Word file's metadata), page setup, the
 * official header (null for forms that have their own, such as the Giấy đi đường), the flow of blocks,
 * and a footer note printed at the bottom of every page (null for none), used to say that a document
 * holds personal data.
 */
public record PrintedDocument(String title, PageSetup page, OfficialHeader header, List<Block> blocks, String footerNote) {
    public PrintedDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        blocks = List.copyOf(blocks);
    }

    /** Every text of the document in reading order, one paragraph per line: what tests and previews check. */
    public String plainText() {
        return PlainText.of(this);
    }

    /** The same document with every text (title, header, runs, cells, closing, footer) passed through {@code function}. */
    public PrintedDocument mapText(UnaryOperator<String> function) {
        return TextMapping.apply(this, function);
    }
}
