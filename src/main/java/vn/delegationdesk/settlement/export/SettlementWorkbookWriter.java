package vn.delegationdesk.settlement.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementSheet;

/**
 * Writes a settlement as the finance office's workbook, with the estimate workbook's safety (every text a string cell,
 * quote-prefixed when it starts like a formula; figures exact whole đồng; written to a temporary file beside the target and
 * moved over it; A4 landscape, column titles on every page):
 * <ol>
 *   <li>{@value MemberSheet#NAME}: the Bảng kê thanh toán công tác phí as the PDF prints it, its sums and differences as
 *       formulas ({@link MemberSheet});</li>
 *   <li>{@value DisallowanceSheet#NAME}: what is not reimbursed, with its rule ({@link DisallowanceSheet}).</li>
 * </ol>
 * The formulas' values are stored too, for viewers that do not recalculate. Nothing meant for the screen alone (the
 * sheet's warnings) is written.
 */
public final class SettlementWorkbookWriter {
    private final Messages messages;

    public SettlementWorkbookWriter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the settlement of {@code delegation} to {@code file}.
     *
     * @throws SettlementExportException with the Vietnamese sentence "Không ghi được tệp …" if the file cannot be written;
     *         the target is then left as it was and no temporary file stays behind
     */
    public void write(Delegation delegation, Settlement settlement, SettlementSheet sheet, SettlementHeading heading, Path file) {
        try {
            ReplacingFileWriter.write(file, out -> {
                try (XSSFWorkbook workbook = build(delegation, settlement, sheet, heading)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new SettlementExportException("settlement.export.error.cannotWrite",
                    List.of(file.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    /** The workbook, formulas evaluated; the caller closes it. */
    XSSFWorkbook build(Delegation delegation, Settlement settlement, SettlementSheet sheet, SettlementHeading heading) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            SettlementStyles styles = new SettlementStyles(workbook);
            new MemberSheet(new SheetFiller(workbook, styles, MemberSheet.NAME, MemberSheet.WIDTHS), delegation,
                    settlement.settlementDate(), sheet, heading).fill(0);
            new DisallowanceSheet(new SheetFiller(workbook, styles, DisallowanceSheet.NAME, DisallowanceSheet.WIDTHS), delegation,
                    sheet, messages).fill(1);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing was written; the original failure is the one to report.
            }
            throw e;
        }
    }

    /** "delegation-7-c17.xlsx": the name the file is offered under. */
    public static String fileName(Delegation delegation) {
        return "delegation-" + (delegation.id() == null ? "new" : delegation.id().toString()) + "-c17.xlsx";
    }
}
