package vn.delegationdesk.documents.ui;

/** Prints a PDF after the system's print dialog; runs in the background, never on the JavaFX thread. */
@FunctionalInterface
public interface DocumentPrinter {
    /** True when the document went to the printer, false when the user closed the print dialog. */
    boolean print(byte[] pdf, String jobName) throws Exception;
}
