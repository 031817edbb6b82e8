package vn.delegationdesk.documents.layout;

import java.util.List;
import java.util.function.UnaryOperator;

/** Every text of a {@link PrintedDocument} passed through one function, the layout kept as it is. */
final class TextMapping {
    private final UnaryOperator<String> function;

    private TextMapping(UnaryOperator<String> function) {
        this.function = function;
    }

    static PrintedDocument apply(PrintedDocument document, UnaryOperator<String> function) {
        TextMapping mapping = new TextMapping(function);
        OfficialHeader h = document.header();
        OfficialHeader header = h == null ? null : new OfficialHeader(mapping.text(h.parentBody()), mapping.text(h.issuingBody()),
                mapping.text(h.numberLine()), mapping.text(h.placeDateLine()));
        List<Block> blocks = document.blocks().stream().map(mapping::block).toList();
        return new PrintedDocument(mapping.text(document.title()), document.page(), header, blocks,
                mapping.text(document.footerNote()));
    }

    private Block block(Block block) {
        // Java 17 has no pattern switch: the sealed interface keeps this list complete by review.
        if (block instanceof Paragraph p) {
            return paragraph(p);
        } else if (block instanceof Table t) {
            return new Table(t.columnWidths(), rows(t.headerRows()), rows(t.rows()), t.borders(), t.fontSize(),
                    t.keepWithNext());
        } else if (block instanceof Closing c) {
            SignatureBlock s = c.signature();
            return new Closing(c.recipients().stream().map(this::text).toList(),
                    new SignatureBlock(s.authorityLines().stream().map(this::text).toList(), text(s.note()), text(s.name())));
        } else if (block instanceof KeptTogether k) {
            return new KeptTogether(k.blocks().stream().map(this::block).toList());
        } else if (block instanceof Turned t) {
            return new Turned(t.blocks().stream().map(this::block).toList());
        } else if (block instanceof CardSheet s) {
            return new CardSheet(s.columns(), s.rows(), s.cardHeightMm(), s.qrSizeMm(), s.cards().stream()
                    .map(c -> new CardSheet.Card(c.head().stream().map(this::paragraph).toList(),
                            c.body().stream().map(this::paragraph).toList(), c.qrPayload())).toList());
        }
        return block;
    }

    private Paragraph paragraph(Paragraph p) {
        List<Run> runs = p.runs().stream().map(r -> new Run(text(r.text()), r.bold(), r.italic(), r.underline())).toList();
        return new Paragraph(runs, p.align(), p.fontSize(), p.firstLineIndent(), p.spaceBefore(), p.spaceAfter(), p.keepWithNext());
    }

    private List<List<Cell>> rows(List<List<Cell>> rows) {
        return rows.stream().map(row -> row.stream()
                .map(c -> new Cell(c.content().stream().map(this::paragraph).toList(), c.colSpan(), c.rowSpan(), c.shaded()))
                .toList()).toList();
    }

    private String text(String text) {
        return text == null ? null : function.apply(text);
    }
}
