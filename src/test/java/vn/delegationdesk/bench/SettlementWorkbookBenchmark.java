package vn.delegationdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.export.SettlementHeading;
import vn.delegationdesk.settlement.export.SettlementWorkbookWriter;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * The settlement workbook of a large delegation written to a file (a main class, not a unit test), warm, median of
 * {@code --runs}: {@link SettlementBenchmark}'s settlement of {@code --members} members with its three sheets (the Bảng kê
 * with a row per member, what is not reimbursed, the estimate against actual), every formula evaluated before writing. No
 * target: the figure is reported. No display needed:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.SettlementWorkbookBenchmark --members 2000 --runs 10
 * </pre>
 */
public final class SettlementWorkbookBenchmark {
    private SettlementWorkbookBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int size = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 10);
        Delegation delegation = LargeDelegation.of(size);
        Settlement settlement = SettlementBenchmark.settlement(delegation.members());
        List<RateSet> rates = List.of(SettlementBenchmark.testRates());
        EstimateInputs inputs = new EstimateInputs("bench-caps", null, LodgingMode.INVOICE, Map.of());
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement, inputs, rates);
        Estimate estimate = EstimateCalculator.compute(delegation, EstimateWorksheet.EMPTY.withInputs(inputs), rates);
        Optional<EstimateComparison> comparison = Optional.of(EstimateComparison.of(estimate, settlement, sheet));
        SettlementHeading heading = new SettlementHeading("1234567", "", "Mẫu số C17-HD", "(Thông tư 107/2017/TT-BTC)");
        SettlementWorkbookWriter writer = new SettlementWorkbookWriter(new Messages());
        Path dir = Files.createTempDirectory("settlement-workbook-bench");
        Path file = dir.resolve("bang-ke.xlsx");
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            long t0 = System.nanoTime();
            writer.write(delegation, settlement, sheet, comparison, heading, file);
            long t1 = System.nanoTime();
            if (run >= 3) {
                times.add(t1 - t0);
            }
        }
        System.out.printf(Locale.ROOT, "settlement workbook: %d members, %d not reimbursed, %d estimate lines; %,d bytes%n",
                sheet.members().size(), sheet.disallowances().size(),
                estimate.sections().stream().mapToInt(s -> s.lines().size()).sum(), Files.size(file));
        BenchFigures.print("settlement workbook (SettlementWorkbookWriter.write)", times, Double.NaN);
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        System.exit(0);
    }
}
