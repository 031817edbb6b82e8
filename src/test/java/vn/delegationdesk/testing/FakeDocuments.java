package vn.delegationdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettingsRepository;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;

/**
 * A small stand-in for the real pack (whose builders and writers live on other branches): each document is a
 * few lines naming the kind, the delegation and its settings; the travel orders have one page per member; the
 * PDF writer makes a real PDF with PDFBox (one page per page break, text without diacritics in a standard font)
 * and the Word writer writes "DOCX" and the plain text.
 */
public final class FakeDocuments {
    private FakeDocuments() {
    }

    public static DocumentPack pack() {
        Map<DocumentKind, DocumentBuilder> builders = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            builders.put(kind, kind == DocumentKind.TRAVEL_ORDERS ? FakeDocuments::travelOrders : source -> simple(kind, source));
        }
        Map<DocumentFormat, DocumentWriter> writers = new EnumMap<>(DocumentFormat.class);
        writers.put(DocumentFormat.PDF, FakeDocuments::writePdf);
        writers.put(DocumentFormat.DOCX, (document, out) -> out.write(("DOCX\n" + document.plainText())
                .getBytes(StandardCharsets.UTF_8)));
        return new DocumentPack(builders, writers);
    }

    /** The travel order of one member: one page with the member's name. */
    public static DocumentBuilder memberOrders(String memberId) {
        return source -> {
            Member member = source.delegation().members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no member " + memberId));
            return new PrintedDocument("Giấy đi đường", PageSetup.form(), null,
                    List.of(Paragraph.body("TRAVEL_ORDERS " + member.fullName())), null);
        };
    }

    public static DocumentService service(DocumentSettingsRepository settings) {
        return new DocumentService(settings, FakeDocuments::pack, FakeDocuments::memberOrders);
    }

    private static PrintedDocument simple(DocumentKind kind, DocumentSource source) {
        Delegation d = source.delegation();
        return new PrintedDocument(kind.name(), PageSetup.administrative(), null, List.of(
                Paragraph.body(kind.name() + " " + d.title()),
                Paragraph.body("Decision " + source.settings().decision().number()),
                Paragraph.body("Members " + d.members().size()),
                Paragraph.body("Total " + source.estimate().total())), null);
    }

    private static PrintedDocument travelOrders(DocumentSource source) {
        List<Block> blocks = new ArrayList<>();
        for (Member member : source.delegation().members()) {
            if (!blocks.isEmpty()) {
                blocks.add(new PageBreak());
            }
            blocks.add(Paragraph.body("TRAVEL_ORDERS " + member.fullName()));
        }
        return new PrintedDocument("Giấy đi đường", PageSetup.form(), null, blocks, null);
    }

    /** One A4 page per run of blocks between page breaks, each paragraph a line. */
    private static void writePdf(PrintedDocument document, OutputStream out) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        for (Block block : document.blocks()) {
            if (block instanceof PageBreak) {
                pages.add(new ArrayList<>());
            } else if (block instanceof Paragraph paragraph) {
                pages.get(pages.size() - 1).add(ascii(paragraph.text()));
            }
        }
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(60, 780);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -18);
                    }
                    content.endText();
                }
            }
            pdf.save(out);
        }
    }

    /** The text without Vietnamese marks: the standard fonts have no glyphs for them. */
    public static String ascii(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return bare.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
