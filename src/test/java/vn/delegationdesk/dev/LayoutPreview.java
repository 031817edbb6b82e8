package vn.delegationdesk.dev;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.docx.DocxDocumentWriter;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.testing.LayoutSamples;

/**
 * Writes the layout sample (every kind of block) as layout-sample.pdf and layout-sample.docx into the directory
 * given as the argument, to look at what the writers make: {@code pdftoppm -png -r 60 layout-sample.pdf page}.
 */
public final class LayoutPreview {
    private LayoutPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        PrintedDocument document = LayoutSamples.official();
        write(new PdfDocumentWriter(), document, dir.resolve("layout-sample.pdf"));
        write(new DocxDocumentWriter(), document, dir.resolve("layout-sample.docx"));
        System.out.println("Wrote layout-sample.pdf and layout-sample.docx to " + dir.toAbsolutePath());
    }

    private static void write(DocumentWriter writer, PrintedDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(document, out);
        }
    }
}
