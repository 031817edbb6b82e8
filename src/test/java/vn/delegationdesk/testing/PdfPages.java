package vn.delegationdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a reader sees it: the text of each page, in order (PDFBox's extraction). */
public final class PdfPages {
    private PdfPages() {
    }

    /** The text of every page; element 0 is page 1. */
    public static List<String> text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text joined, with a form feed between pages. */
    public static String allText(byte[] pdf) {
        return String.join("\f", text(pdf));
    }
}
