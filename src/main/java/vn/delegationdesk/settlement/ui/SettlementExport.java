package vn.delegationdesk.settlement.ui;

import java.nio.file.Path;
import java.util.function.Function;
import vn.delegationdesk.settlement.SettlementReview;

/**
 * Writes the settlement on screen to a file (the Bảng kê C17-HD as PDF, the workbook, the request for payment): the
 * composition root gives the real writers, tests recording ones. The page knows none of them.
 */
@FunctionalInterface
public interface SettlementExport {
    void write(SettlementReview review, Path file) throws Exception;

    /**
     * One item of the page's export menu: its node id, Vietnamese label ("Bảng kê C17-HD (PDF)…"), the file name
     * offered for the settlement on screen, the file type's name and extension, and the writer.
     */
    record Choice(String id, String label, Function<SettlementReview, String> fileName, String filterName, String extension,
            SettlementExport writer) {
    }
}
