package vn.delegationdesk.settlement.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementSheet;

/**
 * Writes a settlement as the finance office's workbook, with the estimate workbook's safety (every text a string cell,
 * quote-prefixed when it starts like a formula; figures exact whole đồng; written to a temporary file beside the target and
 * moved over it; A4 landscape, column titles on every page):
 * <ol>
 *   <li>{@value MemberSheet#NAME}: the Bảng kê thanh toán công tác phí as the PDF prints it, its sums and differences as
 *       formulas ({@link MemberSheet});</li>
 *   <li>{@value DisallowanceSheet#NAME}: what is not reimbursed, with its rule ({@link DisallowanceSheet});</li>
 *   <li>{@value ComparisonSheet#NAME}: the estimate against actual per section and line, with the differences and
 *       percentages as formulas ({@link ComparisonSheet}), when the estimate is given.</li>
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
     * Writes the settlement reviewed in {@code review} to {@code file}, its estimate against actual as the third sheet.
     *
     * @throws SettlementExportException with the Vietnamese sentence "Không ghi được tệp …" if the file cannot be written;
     *         the target is then left as it was and no temporary file stays behind
     */
    public void write(SettlementReview review, SettlementHeading heading, Path file) {
        write(review.delegation(), review.settlement(), review.sheet(), Optional.ofNullable(review.comparison()), heading, file);
    }

    /**
     * Writes the settlement of {@code delegation} to {@code file}; the third sheet only with a {@code comparison}.
     *
     * @throws SettlementExportException as {@link #write(SettlementReview, SettlementHeading, Path)} does
     */
    public void write(Delegation delegation, Settlement settlement, SettlementSheet sheet, Optional<EstimateComparison> comparison,
            SettlementHeading heading, Path file) {
        try {
            ReplacingFileWriter.write(file, out -> {
                try (XSSFWorkbook workbook = build(delegation, settlement, sheet, comparison, heading)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new SettlementExportException("settlement.export.error.cannotWrite",
                    List.of(file.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    /** The workbook, formulas evaluated; the caller closes it. */
    XSSFWorkbook build(Delegation delegation, Settlement settlement, SettlementSheet sheet, Optional<EstimateComparison> comparison,
            SettlementHeading heading) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            SettlementStyles styles = new SettlementStyles(workbook);
            new MemberSheet(new SheetFiller(workbook, styles, MemberSheet.NAME, MemberSheet.WIDTHS), delegation,
                    settlement.settlementDate(), sheet, heading).fill(0);
            new DisallowanceSheet(new SheetFiller(workbook, styles, DisallowanceSheet.NAME, DisallowanceSheet.WIDTHS), delegation,
                    sheet, messages).fill(1);
            if (comparison.isPresent()) {
                new ComparisonSheet(new SheetFiller(workbook, styles, ComparisonSheet.NAME, ComparisonSheet.WIDTHS), delegation,
                        comparison.get()).fill(2);
            }
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

    /** "Bang-ke-C17-HD_Dak-Lak-Lam-Dong_10-2025.xlsx": the name the file is offered under. */
    public static String fileName(Delegation delegation) {
        return FileNames.forDelegation("Bảng kê C17-HD", delegation, "xlsx");
    }
}
