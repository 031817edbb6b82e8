package vn.delegationdesk.app.abroad;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.export.AbroadEstimateWorkbookWriter;
import vn.delegationdesk.abroad.ui.AbroadPapers;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.documents.abroad.AbroadDocuments;
import vn.delegationdesk.documents.abroad.AbroadSource;
import vn.delegationdesk.documents.docx.DocxDocumentWriter;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;

/**
 * The tab's papers abroad: the five documents of {@link AbroadDocuments} as PDF or Word and the estimate's workbook. The
 * numbers and dates come from the delegation's document settings, as the "Văn bản" tab edits them: the Tờ trình's from
 * {@link DocumentSettings#outboundProposal()}, the decision's from {@link DocumentSettings#decision()} (the same act that
 * sends a domestic delegation), the report's from {@link DocumentSettings#resultsReport()} with
 * {@link DocumentSettings#actualSpending()}.
 */
public final class AbroadPapersWriter implements AbroadPapers {
    private final AbroadDocuments documents = new AbroadDocuments(PdfDocumentWriter::new, DocxDocumentWriter::new);
    private final AbroadEstimateWorkbookWriter workbook = new AbroadEstimateWorkbookWriter(WorkingNotes::remove);
    private final Function<Long, DocumentSettings> settings;

    /** Papers with every number blank (no settings read). */
    public AbroadPapersWriter() {
        this(id -> DocumentSettings.defaults());
    }

    /** Papers numbered from {@code settings}: a stored delegation's id to its document settings (the defaults for none). */
    public AbroadPapersWriter(Function<Long, DocumentSettings> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String fileName(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
        if (kind == Kind.ESTIMATE_WORKBOOK) {
            return AbroadEstimateWorkbookWriter.fileName(delegation, plan, estimate);
        }
        return AbroadDocuments.fileName(document(kind), format(kind), AbroadSource.draft(delegation, plan, inputs, estimate));
    }

    @Override
    public void write(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
            Path target) {
        if (kind == Kind.ESTIMATE_WORKBOOK) {
            workbook.write(delegation, plan, estimate, target);
        } else {
            documents.write(document(kind), format(kind), source(delegation, plan, inputs, estimate), target);
        }
    }

    /** The trip with the numbers its document settings hold: the Tờ trình's, the decision's, the report's, what was spent. */
    AbroadSource source(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
        DocumentSettings stored = delegation.id() == null ? DocumentSettings.defaults()
                : Objects.requireNonNullElse(settings.apply(delegation.id()), DocumentSettings.defaults());
        return new AbroadSource(delegation, plan, inputs, estimate, stored.outboundProposal(), stored.decision(),
                stored.resultsReport(), stored.actualSpending());
    }

    static DocumentFormat format(Kind kind) {
        return kind.extension().equals("docx") ? DocumentFormat.DOCX : DocumentFormat.PDF;
    }

    static AbroadDocuments.Kind document(Kind kind) {
        return switch (kind) {
            case PROPOSAL, PROPOSAL_WORD -> AbroadDocuments.Kind.PROPOSAL;
            case DECISION, DECISION_WORD -> AbroadDocuments.Kind.DECISION;
            case ITINERARY, ITINERARY_WORD -> AbroadDocuments.Kind.ITINERARY;
            case ESTIMATE, ESTIMATE_WORD, ESTIMATE_WORKBOOK -> AbroadDocuments.Kind.ESTIMATE;
            case REPORT, REPORT_WORD -> AbroadDocuments.Kind.REPORT;
        };
    }
}
