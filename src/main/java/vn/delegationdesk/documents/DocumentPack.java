package vn.delegationdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import vn.delegationdesk.documents.layout.PrintedDocument;

/**
 * Every document of a delegation, built and written: a builder per kind lays the document out, a writer per
 * format turns it into bytes. Works in memory; the caller saves the bytes (through a replacing file writer) or shows them.
 */
public final class DocumentPack {
    private final Map<DocumentKind, DocumentBuilder> builders;
    private final Map<DocumentFormat, DocumentWriter> writers;

    public DocumentPack(Map<DocumentKind, DocumentBuilder> builders, Map<DocumentFormat, DocumentWriter> writers) {
        // EnumMap's copy constructor refuses an empty map that is not an EnumMap (Map.of()).
        this.builders = new EnumMap<>(DocumentKind.class);
        this.builders.putAll(builders);
        this.writers = new EnumMap<>(DocumentFormat.class);
        this.writers.putAll(writers);
    }

    /** The document of {@code kind} laid out, before any format. */
    public PrintedDocument layout(DocumentKind kind, DocumentSource source) {
        DocumentBuilder builder = builders.get(kind);
        if (builder == null) {
            throw new IllegalStateException("no builder for " + kind);
        }
        return builder.build(source);
    }

    /** The bytes of {@code file}: a PDF or a .docx. */
    public byte[] render(DocumentFile file, DocumentSource source) {
        return write(file.format(), layout(file.kind(), source));
    }

    /**
     * {@code document} written as {@code format}, without the {@linkplain WorkingNotes working notes} (sample data,
     * unverified rates) that the screen shows and paper must not.
     */
    public byte[] write(DocumentFormat format, PrintedDocument document) {
        DocumentWriter writer = writers.get(format);
        if (writer == null) {
            throw new IllegalStateException("no writer for " + format);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.write(WorkingNotes.removeFrom(document), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
