package vn.delegationdesk.documents.layout;

import java.util.List;

/** The text of a {@link PrintedDocument} in reading order, for tests of the builders and for search. */
final class PlainText {
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(PrintedDocument document) {
        PlainText text = new PlainText();
        if (document.header() != null) {
            OfficialHeader h = document.header();
            text.lines(h.parentBody(), h.issuingBody(), h.numberLine(), OfficialHeader.NATION, OfficialHeader.MOTTO,
                    h.placeDateLine());
        }
        document.blocks().forEach(text::block);
        if (document.footerNote() != null) {
            text.lines(document.footerNote());
        }
        return text.out.toString();
    }

    private void block(Block block) {
        // Java 17 has no pattern switch: the sealed interface keeps this list complete by review.
        if (block instanceof Paragraph p) {
            lines(p.text());
        } else if (block instanceof Table t) {
            t.headerRows().forEach(this::row);
            t.rows().forEach(this::row);
        } else if (block instanceof Closing c) {
            c.recipients().forEach(this::lines);
            c.signature().authorityLines().forEach(this::lines);
            lines(c.signature().note(), c.signature().name());
        } else if (block instanceof PageBreak) {
            lines("\f");
        } else if (block instanceof KeptTogether k) {
            k.blocks().forEach(this::block);
        } else if (block instanceof Turned t) {
            t.blocks().forEach(this::block);
        } else if (block instanceof CardSheet s) {
            s.cards().forEach(card -> {
                card.head().forEach(p -> lines(p.text()));
                card.body().forEach(p -> lines(p.text()));
            });
        }
    }

    private void row(List<Cell> cells) {
        cells.forEach(cell -> cell.content().forEach(p -> lines(p.text())));
    }

    private void lines(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
    }
}
