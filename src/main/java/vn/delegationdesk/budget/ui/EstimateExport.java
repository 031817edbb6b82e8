package vn.delegationdesk.budget.ui;

import java.nio.file.Path;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;

/** Writes an estimate as a workbook; the composition root gives the real writer, tests a recording one. */
@FunctionalInterface
public interface EstimateExport {
    void write(Estimate estimate, Delegation delegation, Path file) throws Exception;
}
