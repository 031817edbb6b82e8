package vn.delegationdesk.documents.ui;

/** Turns one page of a PDF into pixels for the preview; runs in the background. */
@FunctionalInterface
public interface PageRasterizer {
    /** Page {@code index} (from 0) of {@code pdf}; the last page when the document has fewer pages. */
    PreviewPage render(byte[] pdf, int index) throws Exception;
}
