package vn.delegationdesk.app.reading;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.reading.DocumentKind;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.delegation.DelegationPlanReader;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceReading;
import vn.delegationdesk.reading.source.TextSource;
import vn.delegationdesk.reading.source.docx.DocxSource;
import vn.delegationdesk.reading.source.pdf.PdfSource;

/**
 * Where a document is read from and which reader reads it, for the command line and the window alike: a file by its
 * extension (.docx by {@link DocxSource}, .pdf with a text layer by {@link PdfSource}, .txt by {@link TextSource},
 * .doc refused with the advice to save it as .docx, anything else refused naming the kinds it reads) or pasted text;
 * then the plan reader or the delegation reader, chosen by the user or by {@link DocumentKind#of}. Here because
 * {@code reading.source} may not name its {@code docx} and {@code pdf} layers. Stateless.
 */
public final class DocumentReading {
    private final TextSource text = new TextSource();
    private final DocxSource docx = new DocxSource();
    private final PdfSource pdf = new PdfSource();

    /** What a document was read into: exactly one of the two drafts, by the kind it was read as. */
    public record Draft(DocumentKind kind, Optional<PlanDraft> plan, Optional<DelegationDraft> delegation) {
    }

    /** Reads {@code file} by its extension; a {@link SourceException} names the file and what went wrong. */
    public SourceReading open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return docx.read(file);
        } else if (lower.endsWith(".pdf")) {
            return pdf.read(file);
        } else if (lower.endsWith(".txt")) {
            return text.read(file);
        } else if (lower.endsWith(".doc")) {
            throw SourceException.of("reading.source.oldWord", "extension .doc", null, name);
        }
        throw SourceException.of("reading.source.unsupportedFile", "extension of " + name, null, name);
    }

    /** Text pasted by the user, shown under {@code name}. */
    public SourceReading pasted(String name, String pasted) {
        return text.fromText(name, pasted);
    }

    /** The kind {@code source} looks like, or empty when it looks like neither. */
    public Optional<DocumentKind> kindOf(SourceDocument source) {
        return DocumentKind.of(source);
    }

    /** Reads {@code source} as {@code kind}. */
    public Draft read(SourceDocument source, DocumentKind kind) {
        return switch (kind) {
            case PLAN -> new Draft(kind, Optional.of(new PlanReader().read(source)), Optional.empty());
            case DELEGATION -> new Draft(kind, Optional.empty(), Optional.of(new DelegationPlanReader().read(source)));
        };
    }
}
