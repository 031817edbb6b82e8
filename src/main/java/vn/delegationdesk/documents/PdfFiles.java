package vn.delegationdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * How a document service outside the pack (the settlement's forms, the conference desk's papers) makes its bytes and
 * writes its file: the working notes taken off before anything reaches paper, every failure a
 * {@link DocumentWriteException} naming the document and the file in Vietnamese, the file replaced only once written.
 */
public final class PdfFiles {
    private PdfFiles() {
    }

    /** The laid-out document, without its working notes, as bytes of {@code writer}'s format. */
    public static byte[] render(DocumentWriter writer, Supplier<PrintedDocument> layout, String kind, String fileName) {
        try {
            PrintedDocument document = WorkingNotes.removeFrom(layout.get());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            writer.write(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw cannotMake(kind, fileName, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw cannotMake(kind, fileName, e);
        }
    }

    /** Writes {@code bytes} to {@code target}, replacing it only once the whole file was written. */
    public static void replace(Path target, byte[] bytes) {
        try {
            ReplacingFileWriter.write(target, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            throw new DocumentWriteException("documents.error.cannotWrite", List.of(
                    target.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    private static DocumentWriteException cannotMake(String kind, String fileName, RuntimeException e) {
        return new DocumentWriteException("documents.error.cannotMake", List.of(Phrase.of(kind),
                fileName, Phrase.of("documents.reason.other", e.getClass().getSimpleName())), String.valueOf(e), e);
    }
}
