package vn.delegationdesk.reading.source.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.reading.source.PassageCollector;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceLimits;
import vn.delegationdesk.reading.source.SourceReading;

/**
 * A PDF with a text layer (one saved from Word, or printed to PDF) as a {@link vn.delegationdesk.reading.SourceDocument}:
 * one passage per line of text in reading order, as a .txt file gives its lines (the recognisers join wrapped lines),
 * bold when every glyph of the line is set in a bold face ({@link PdfLines}); the running headers and footers
 * ({@link RunningLines}: page numbers such as "2" or "- 2 -", a line repeated at the top or the bottom of every page)
 * are left out. Tables come as their rows' text, a line per row.
 * <p>Refused, naming the file: no PDF at all (no {@code %PDF-} signature near the start: a .docx or .txt renamed .pdf,
 * saying what it is), a PDF locked by a password, a broken or truncated one, one of more than {@link #MAX_PAGES}
 * pages (counted before any text is read), one past the {@link SourceLimits}, and a scan (images, no text layer) with
 * the advice to use the Word file or to run OCR first. A PDF holding neither text nor images is read as empty, with
 * the "nothing to read" notice. PDFBox buffers the file and its streams in temporary files, not on the heap.
 * Stateless and thread-safe.
 */
public final class PdfSource {
    /** Pages of one PDF; a plan is a few pages, an annexed one a few dozen. */
    public static final int MAX_PAGES = 500;
    /** The signature must start within the first kilobyte, as readers tolerate junk before it. */
    static final int SIGNATURE_WINDOW = 1024;
    /** Form XObjects looked into for an image at most this deep when a PDF has no text. */
    private static final int MAX_FORM_DEPTH = 3;
    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Reads {@code file}; its name is the document's. */
    public SourceReading read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkSignature(file, name);
        try (PDDocument document = open(file)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw SourceException.of("reading.source.pdf.corrupt", "no page", null, name);
            }
            if (pages > MAX_PAGES) {
                throw SourceException.of("reading.source.pdf.tooManyPages", pages + " pages", null, name, pages, MAX_PAGES);
            }
            PdfLines lines = new PdfLines(SourceLimits.MAX_PASSAGES + RunningLines.MAX_PER_PAGE * (long) pages,
                    SourceLimits.MAX_TEXT_CHARS + RunningLines.MAX_CHARS_PER_PAGE * (long) pages);
            try {
                lines.writeText(document, Writer.nullWriter());
            } catch (PdfLines.TooMuch e) {
                throw e.characters() ? PassageCollector.tooMuchText(name) : PassageCollector.tooManyPassages(name);
            }
            PassageCollector passages = new PassageCollector(name);
            for (PdfLines.Line line : WrappedLines.joined(RunningLines.dropped(lines.pages()))) {
                passages.paragraph(line.text(), line.bold());
            }
            if (passages.document().passages().isEmpty() && hasImages(document)) {
                throw SourceException.of("reading.source.pdf.scanned", "no text, images", null, name);
            }
            return SourceReading.of(passages.document());
        } catch (InvalidPasswordException e) {
            throw SourceException.of("reading.source.pdf.passwordProtected", String.valueOf(e.getMessage()), e, name);
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SourceException.of("reading.source.pdf.corrupt", e.getClass().getName() + ": " + e.getMessage(), e, name);
        }
    }

    /**
     * The document, read through a buffered file with its streams cached in temporary files; the file is closed with
     * the document, or here when it cannot be loaded (else it would stay locked on Windows).
     */
    private static PDDocument open(Path file) throws IOException {
        RandomAccessReadBufferedFile input = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return Loader.loadPDF(input, "", MemoryUsageSetting.setupTempFileOnly().streamCache);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** The file exists, is not empty and has {@code %PDF-} in its first kilobyte; else what it looks like instead. */
    static void checkSignature(Path file, String name) {
        byte[] head;
        try {
            if (!Files.isRegularFile(file)) {
                throw SourceException.of("reading.source.fileNotFound", "no such file", null, file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SIGNATURE_WINDOW);
            }
        } catch (NoSuchFileException e) {
            throw SourceException.of("reading.source.fileNotFound", "no such file", e, file.toString());
        } catch (IOException e) {
            throw SourceException.of("reading.source.unreadable", String.valueOf(e), e, name, String.valueOf(e.getMessage()));
        }
        if (head.length == 0) {
            throw SourceException.of("reading.source.emptyFile", "0 bytes", null, name);
        }
        if (indexOf(head, SIGNATURE) < 0) {
            throw SourceException.of("reading.source.notPdf", "no %PDF- signature", null, name, Phrase.of(kindOf(head)));
        }
    }

    /** What a file without the PDF signature looks like, by its first bytes. */
    static String kindOf(byte[] head) {
        if (starts(head, 'P', 'K', 3, 4)) {
            return "reading.source.kind.officeZip";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "reading.source.kind.oldOffice";
        }
        if (starts(head, '{', '\\', 'r', 't', 'f')) {
            return "reading.source.kind.rtf";
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                return "reading.source.kind.other";
            }
        }
        return "reading.source.kind.text";
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a page shows an image, directly or in a form it draws: a PDF without text is then a scan. */
    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            if (hasImages(page.getResources(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName xName : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(xName);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
