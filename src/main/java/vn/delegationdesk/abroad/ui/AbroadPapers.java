package vn.delegationdesk.abroad.ui;

import java.nio.file.Path;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;

/**
 * The papers of a delegation abroad as the tab asks for them. The documents feature depends on {@code abroad}, so the tab
 * names this port and the application fills it (the PDFs of {@code documents.abroad}, the workbook of
 * {@code abroad.export}).
 */
public interface AbroadPapers {
    /** What the tab's "In ấn" menu offers, with the message key of its label. */
    enum Kind {
        PROPOSAL("abroad.papers.proposal", "pdf"),
        DECISION("abroad.papers.decision", "pdf"),
        ITINERARY("abroad.papers.itinerary", "pdf"),
        ESTIMATE("abroad.papers.estimate", "pdf"),
        ESTIMATE_WORKBOOK("abroad.papers.estimateWorkbook", "xlsx");

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
