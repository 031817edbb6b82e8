package vn.delegationdesk.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * One file of the pack: a document in a format, with the file name {@code render} gives it and the name
 * {@code --doc} accepts (the file name itself is accepted too). Plan and decision also come as .docx for
 * the last edits in Word.
 */
public enum DocumentFile {
    PLAN_PDF(DocumentKind.PLAN, DocumentFormat.PDF, "plan"),
    DECISION_PDF(DocumentKind.DECISION, DocumentFormat.PDF, "decision"),
    TRAVEL_ORDERS_PDF(DocumentKind.TRAVEL_ORDERS, DocumentFormat.PDF, "travel-orders"),
    ITINERARY_PDF(DocumentKind.ITINERARY, DocumentFormat.PDF, "itinerary"),
    ESTIMATE_PDF(DocumentKind.ESTIMATE, DocumentFormat.PDF, "estimate"),
    MEMBER_LIST_PDF(DocumentKind.MEMBER_LIST, DocumentFormat.PDF, "member-list"),
    RESULTS_REPORT_PDF(DocumentKind.RESULTS_REPORT, DocumentFormat.PDF, "results-report"),
    PLAN_DOCX(DocumentKind.PLAN, DocumentFormat.DOCX, "plan"),
    DECISION_DOCX(DocumentKind.DECISION, DocumentFormat.DOCX, "decision");

    private final DocumentKind kind;
    private final DocumentFormat format;
    private final String baseName;

    DocumentFile(DocumentKind kind, DocumentFormat format, String baseName) {
        this.kind = kind;
        this.format = format;
        this.baseName = baseName;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentFormat format() {
        return format;
    }

    /** "plan.pdf", "decision.docx". */
    public String fileName() {
        return baseName + "." + format.extension();
    }

    /** The name {@code --doc} takes: "plan" for the PDF, "plan-docx" for the Word file. */
    public String option() {
        return format == DocumentFormat.PDF ? baseName : baseName + "-" + format.extension();
    }

    /** The file named by {@code name}, its option ("travel-orders", "plan-docx") or file name ("plan.docx"). */
    public static Optional<DocumentFile> named(String name) {
        return Arrays.stream(values()).filter(f -> f.option().equals(name) || f.fileName().equals(name)).findFirst();
    }

    public static Optional<DocumentFile> of(DocumentKind kind, DocumentFormat format) {
        return Arrays.stream(values()).filter(f -> f.kind == kind && f.format == format).findFirst();
    }
}
