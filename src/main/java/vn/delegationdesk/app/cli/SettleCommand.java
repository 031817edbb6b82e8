package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.settlement.SettlementFormSettings;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.SettlementReview;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementSheetTexts;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.SettlementWarning;
import vn.delegationdesk.settlement.export.SettlementHeading;
import vn.delegationdesk.settlement.export.SettlementWorkbookWriter;

/**
 * {@code settle ID [--xlsx FILE]}: prints a stored delegation's settlement as the Bảng kê C17-HD lists it, one
 * tab-separated line per member (STT, name with its mark when the member did not travel, unit, certified days, tickets,
 * vehicles, per diem, lodging, total, advanced, to return, to receive; plain whole đồng), after a header line with the
 * Vietnamese column names; then the "Cộng" line, what is not reimbursed and the total in words. What the clerk must check
 * goes to standard error (for a delegation with no settlement stored yet, one line saying so). With {@code --xlsx} it also
 * writes the settlement workbook.
 */
final class SettleCommand implements CliCommand {
    private static final String XLSX = "--xlsx";

    @Override
    public String synopsis() {
        return "settle ID [--xlsx FILE]";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return operands.size() == 1 || operands.size() == 3 && operands.get(1).equals(XLSX);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        execute(operands, services, out, System.err);
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out, PrintStream err) {
        long id = CliIds.parse(operands.get(0));
        SettlementReview review = services.settlement().review(id)
                .orElseThrow(() -> new CliFailure("cli.error.noDelegation", operands.get(0)));
        SettlementSheet sheet = review.sheet();
        if (operands.size() == 3) {
            DocumentSettings settings = services.documents().settings(id);
            SettlementFormSettings form = SettlementFormSettings.defaults();
            new SettlementWorkbookWriter(services.messages()).write(review, new SettlementHeading(settings.budgetUnitCode(),
                    settings.travelOrderDepartment(), form.formCode(), form.formBasis()), CliPaths.of(operands.get(2)));
        }
        print(sheet, services.messages(), out);
        if (!review.stored()) {
            // Every member would be warned about missing stamps; one line says why instead.
            err.println(services.messages().get("cli.settle.notStored"));
        } else if (!sheet.warnings().isEmpty()) {
            err.println(sheet.warnings().stream().map(w -> warning(services.messages(), w))
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    static void print(SettlementSheet sheet, Messages messages, PrintStream out) {
        out.println(messages.get("cli.settle.header"));
        int number = 1;
        for (MemberSettlement member : sheet.members()) {
            String mark = SettlementSheetTexts.mark(member);
            String name = SettlementSheetTexts.name(member) + (mark.isEmpty() ? "" : " " + mark);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(number++), name, member.unit(),
                    Long.toString(member.days())));
            for (long amount : new long[] {member.tickets(), member.vehicles(), member.perDiem(), member.lodging(), member.total(),
                member.advanced(), member.toReturn(), member.toReceive()}) {
                cells.add(Long.toString(amount));
            }
            out.println(String.join("\t", cells));
        }
        SettlementTotals totals = sheet.totals();
        List<String> total = new ArrayList<>(List.of("", messages.get("cli.settle.total"), "", ""));
        for (long amount : new long[] {totals.tickets(), totals.vehicles(), totals.perDiem(), totals.lodging(), totals.total(),
            totals.advanced(), totals.toReturn(), totals.toReceive()}) {
            total.add(Long.toString(amount));
        }
        out.println(String.join("\t", total));
        out.println(messages.get("cli.settle.disallowed") + "\t" + sheet.disallowedTotal());
        out.println(messages.get("cli.settle.words", AmountInWords.of(totals.total())));
    }

    private static String warning(Messages messages, SettlementWarning warning) {
        return messages.get("cli.estimate.warning", messages.get(warning.messageKey(), warning.args().toArray()));
    }
}
