package vn.delegationdesk.documents.layout;

import java.util.List;
import java.util.Objects;

/**
 * Cards to cut out, {@code columns} × {@code rows} to a page, each {@code cardHeightMm} high and as wide as the text
 * column shares out, framed by dashed cut lines: delegate badges. A card has its {@code head} across the top (the
 * conference), its {@code body} at the left and, when {@code qrPayload} is not blank, a QR code of
 * {@code qrSizeMm} at the right of the body. The cards fill the page row by row; a page takes {@code columns × rows}.
 */
public record CardSheet(int columns, int rows, float cardHeightMm, float qrSizeMm, List<Card> cards) implements Block {
    public CardSheet {
        if (columns < 1 || rows < 1 || cardHeightMm <= 0 || qrSizeMm <= 0) {
            throw new IllegalArgumentException("a card sheet has cards, with a height and a QR code size");
        }
        cards = List.copyOf(cards);
    }

    /** One card: the lines across its top, the lines at its left, and what its QR code carries ("" for none). */
    public record Card(List<Paragraph> head, List<Paragraph> body, String qrPayload) {
        public Card {
            head = List.copyOf(head);
            body = List.copyOf(body);
            qrPayload = Objects.requireNonNullElse(qrPayload, "").strip();
        }
    }

    /** How many pages the cards take. */
    public int pages() {
        return Math.max(1, (cards.size() + columns * rows - 1) / (columns * rows));
    }
}
