package vn.delegationdesk.documents.print;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.documents.ui.DocumentPrinter;

/**
 * Prints through Java's print service with the system's print dialog; PDFBox lays each PDF page on the paper at its
 * own size. Called off the JavaFX thread: the dialog is modal for AWT only and would freeze the window otherwise.
 */
public final class PdfPrinter implements DocumentPrinter {
    @Override
    public boolean print(byte[] pdf, String jobName) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (PrinterJob.lookupPrintServices().length == 0) {
                // The dialog would open with nothing to choose, or not at all: say why instead.
                throw new LocalizedException("documents.error.noPrinter", List.of(), "no print service installed", null);
            }
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (HeadlessException e) {
            throw new LocalizedException("documents.error.noPrintDialog", List.of(), "no display for the print dialog", e);
        } catch (PrinterException e) {
            throw new LocalizedException("documents.error.cannotPrint", List.of(e.getClass().getSimpleName()),
                    String.valueOf(e), e);
        }
    }
}
