package vn.delegationdesk.documents.abroad;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentWriteException;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.PdfFiles;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.documents.layout.PrintedDocument;

/**
 * The outbound documents as PDF or Word (.docx), both from the same layout: each laid out from an {@link AbroadSource},
 * passed through {@link WorkingNotes} (sample and unverified marks stay on screen, in either format) and written through a
 * temporary file beside the target ({@link PdfFiles}). Each writer is taken on first use (the PDF fonts load then). File
 * names say the document, the countries and the month of exit: "To-trinh-doan-ra_Han-Quoc_04-2026.pdf", "….docx".
 */
public final class AbroadDocuments {
    /** The outbound documents, with the words their files are named by and the message key naming them in errors. */
    public enum Kind {
        PROPOSAL("Tờ trình đoàn ra", "documents.abroad.proposal.kind", s -> new ProposalDocument().build(s)),
        DECISION("Quyết định cử đoàn ra", "documents.abroad.decision.kind", s -> new OutboundDecisionDocument().build(s)),
        ITINERARY("Lịch trình đoàn ra", "documents.abroad.itinerary.kind", s -> new AbroadItineraryDocument().build(s)),
        ESTIMATE("Dự toán đoàn ra", "documents.abroad.estimate.kind", s -> new AbroadEstimateDocument().build(s)),
        REPORT("Báo cáo kết quả đoàn ra", "documents.abroad.report.kind", s -> new ResultsReportAbroadDocument().build(s));

        private final String fileWords;
        private final String messageKey;
        private final Function<AbroadSource, PrintedDocument> builder;

        Kind(String fileWords, String messageKey, Function<AbroadSource, PrintedDocument> builder) {
            this.fileWords = fileWords;
            this.messageKey = messageKey;
            this.builder = builder;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Map<DocumentFormat, Supplier<DocumentWriter>> writerSources = new EnumMap<>(DocumentFormat.class);
    private final Map<DocumentFormat, DocumentWriter> writers = new EnumMap<>(DocumentFormat.class);

    /** PDF only: asking for a Word file fails. */
    public AbroadDocuments(Supplier<DocumentWriter> pdfWriter) {
        writerSources.put(DocumentFormat.PDF, Objects.requireNonNull(pdfWriter, "pdfWriter"));
    }

    /** PDF and Word, each writer made on first use. */
    public AbroadDocuments(Supplier<DocumentWriter> pdfWriter, Supplier<DocumentWriter> docxWriter) {
        this(pdfWriter);
        writerSources.put(DocumentFormat.DOCX, Objects.requireNonNull(docxWriter, "docxWriter"));
    }

    /** The document laid out, notes and all, as a preview shows it. */
    public PrintedDocument layout(Kind kind, AbroadSource source) {
        return kind.builder.apply(source);
    }

    /**
     * The PDF's bytes, without the working notes that stay on screen.
     *
     * @throws DocumentWriteException naming the file when the document cannot be made
     */
    public byte[] render(Kind kind, AbroadSource source) {
        return render(kind, DocumentFormat.PDF, source);
    }

    /**
     * The file's bytes in {@code format}, without the working notes that stay on screen.
     *
     * @throws DocumentWriteException naming the file when the document cannot be made
     */
    public byte[] render(Kind kind, DocumentFormat format, AbroadSource source) {
        return PdfFiles.render(writer(format), () -> layout(kind, source), kind.messageKey, fileName(kind, format, source));
    }

    /**
     * Writes the PDF to {@code target}, replacing it only once the whole document was written.
     *
     * @throws DocumentWriteException with the Vietnamese sentence naming the file and the reason; the old file (if any)
     *         is then as it was
     */
    public void write(Kind kind, AbroadSource source, Path target) {
        write(kind, DocumentFormat.PDF, source, target);
    }

    /** Writes the file in {@code format} to {@code target}, as {@link #write(Kind, AbroadSource, Path)} does. */
    public void write(Kind kind, DocumentFormat format, AbroadSource source, Path target) {
        PdfFiles.replace(target, render(kind, format, source));
    }

    /** "To-trinh-doan-ra_Han-Quoc_04-2026.pdf": the document, the countries, the month of exit from Việt Nam. */
    public static String fileName(Kind kind, AbroadSource source) {
        return fileName(kind, DocumentFormat.PDF, source);
    }

    /** The PDF's name, or the Word file's with ".docx". */
    public static String fileName(Kind kind, DocumentFormat format, AbroadSource source) {
        LocalDate exit = source.estimate().calendar().exitDate();
        if (exit == null) {
            exit = source.delegation().firstDate().orElse(null);
        }
        String month = exit == null ? "" : String.format(Locale.ROOT, "%02d-%d", exit.getMonthValue(), exit.getYear());
        return FileNames.of(format.extension(), kind.fileWords, AbroadWording.countries(source.plan()), month);
    }

    private synchronized DocumentWriter writer(DocumentFormat format) {
        DocumentWriter writer = writers.get(format);
        if (writer == null) {
            Supplier<DocumentWriter> source = writerSources.get(Objects.requireNonNull(format, "format"));
            if (source == null) {
                throw new IllegalStateException("no writer for " + format);
            }
            writer = Objects.requireNonNull(source.get(), "writer");
            writers.put(format, writer);
        }
        return writer;
    }
}
