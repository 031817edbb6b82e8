package vn.delegationdesk.app.abroad;

import java.nio.file.Path;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.export.AbroadEstimateWorkbookWriter;
import vn.delegationdesk.abroad.ui.AbroadPapers;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.documents.abroad.AbroadDocuments;
import vn.delegationdesk.documents.abroad.AbroadSource;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;

/** The tab's papers abroad: the four PDFs of {@link AbroadDocuments} (numbers left blank) and the estimate's workbook. */
public final class AbroadPapersWriter implements AbroadPapers {
    private final AbroadDocuments documents = new AbroadDocuments(PdfDocumentWriter::new);
    private final AbroadEstimateWorkbookWriter workbook = new AbroadEstimateWorkbookWriter(WorkingNotes::remove);

    @Override
    public String fileName(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
        if (kind == Kind.ESTIMATE_WORKBOOK) {
            return AbroadEstimateWorkbookWriter.fileName(delegation, plan, estimate);
        }
        return AbroadDocuments.fileName(pdf(kind), AbroadSource.draft(delegation, plan, inputs, estimate));
    }

    @Override
    public void write(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate,
            Path target) {
        if (kind == Kind.ESTIMATE_WORKBOOK) {
            workbook.write(delegation, plan, estimate, target);
        } else {
            documents.write(pdf(kind), AbroadSource.draft(delegation, plan, inputs, estimate), target);
        }
    }

    private static AbroadDocuments.Kind pdf(Kind kind) {
        return switch (kind) {
            case PROPOSAL -> AbroadDocuments.Kind.PROPOSAL;
            case DECISION -> AbroadDocuments.Kind.DECISION;
            case ITINERARY -> AbroadDocuments.Kind.ITINERARY;
            case ESTIMATE, ESTIMATE_WORKBOOK -> AbroadDocuments.Kind.ESTIMATE;
        };
    }
}
