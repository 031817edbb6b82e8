package vn.delegationdesk.documents;

import java.io.IOException;
import java.io.OutputStream;
import vn.delegationdesk.documents.layout.PrintedDocument;

/** Writes a laid-out document in one file format (PDF with iText, .docx with POI). */
@FunctionalInterface
public interface DocumentWriter {
    void write(PrintedDocument document, OutputStream out) throws IOException;
}
