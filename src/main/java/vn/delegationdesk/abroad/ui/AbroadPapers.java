package vn.delegationdesk.abroad.ui;

import java.nio.file.Path;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;

/**
 * The papers of a delegation abroad as the tab asks for them. The documents feature depends on {@code abroad}, so the tab
 * names this port and the application fills it (the PDFs and Word files of {@code documents.abroad}, numbered from the
 * delegation's document settings, and the workbook of {@code abroad.export}).
 */
public interface AbroadPapers {
    /**
     * What the tab's "In ấn" menu offers, in its order, with the message key of its label and the file's extension: each
     * document as PDF then as Word (.docx, for the last edits before signing), the estimate also as an Excel workbook.
     * A PDF starts a document's group in the menu.
     */
    enum Kind {
        PROPOSAL("abroad.papers.proposal", "pdf"),
        PROPOSAL_WORD("abroad.papers.proposal.word", "docx"),
        DECISION("abroad.papers.decision", "pdf"),
        DECISION_WORD("abroad.papers.decision.word", "docx"),
        ITINERARY("abroad.papers.itinerary", "pdf"),
        ITINERARY_WORD("abroad.papers.itinerary.word", "docx"),
        ESTIMATE("abroad.papers.estimate", "pdf"),
        ESTIMATE_WORD("abroad.papers.estimate.word", "docx"),
        ESTIMATE_WORKBOOK("abroad.papers.estimateWorkbook", "xlsx"),
        REPORT("abroad.papers.report", "pdf"),
        REPORT_WORD("abroad.papers.report.word", "docx");

        private final String labelKey;
        private final String extension;

        Kind(String labelKey, String extension) {
            this.labelKey = labelKey;
            this.extension = extension;
        }

        public String labelKey() {
            return labelKey;
        }

        public String extension() {
            return extension;
        }
    }

    /** The file name offered in the save dialog ("To-trinh-doan-ra_Han-Quoc_04-2026.pdf"). */
    String fileName(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate);

    /** Writes the paper to {@code target}, the old file kept whole when anything fails (a message naming the file). */
    void write(Kind kind, Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate, Path target);
}
