package vn.delegationdesk.app;

import java.time.Clock;
import java.util.Map;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.content.DecisionDocument;
import vn.delegationdesk.documents.content.EstimateDocument;
import vn.delegationdesk.documents.content.ItineraryDocument;
import vn.delegationdesk.documents.content.MemberListDocument;
import vn.delegationdesk.documents.content.PlanDocument;
import vn.delegationdesk.documents.content.ResultsReportDocument;
import vn.delegationdesk.documents.content.travel.TravelOrdersDocument;
import vn.delegationdesk.documents.docx.DocxDocumentWriter;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.documents.plan.PlanDocumentService;
import vn.delegationdesk.platform.i18n.Messages;

/** The real pack: every document's builder and both writers, joined once for the app and the command line. */
public final class StandardDocuments {
    private StandardDocuments() {
    }

    /** Every builder and writer of the pack. */
    public static DocumentPack pack() {
        return new DocumentPack(Map.of(
                DocumentKind.PLAN, new PlanDocument(),
                DocumentKind.DECISION, new DecisionDocument(),
                DocumentKind.TRAVEL_ORDERS, new TravelOrdersDocument(),
                DocumentKind.ITINERARY, new ItineraryDocument(),
                DocumentKind.ESTIMATE, new EstimateDocument(),
                DocumentKind.MEMBER_LIST, new MemberListDocument(),
                DocumentKind.RESULTS_REPORT, new ResultsReportDocument()),
                Map.of(DocumentFormat.PDF, new PdfDocumentWriter(), DocumentFormat.DOCX, new DocxDocumentWriter()));
    }

    /** The documents of the plans above the trips (the plan, the periodic report) in PDF, seen on the system's clock. */
    public static PlanDocumentService planDocuments(Messages messages) {
        return new PlanDocumentService(PdfDocumentWriter::new, messages, Clock.systemDefaultZone());
    }

    /** The travel order of one member alone. */
    public static DocumentBuilder travelOrdersOf(String memberId) {
        return TravelOrdersDocument.forMember(memberId);
    }
}
