package vn.delegationdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.documents.settlement.AdvanceClaimFormSettings;
import vn.delegationdesk.documents.settlement.SettlementFormSettings;
import vn.delegationdesk.documents.settlement.SettlementSheetService;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * The settlement's PDFs of a large delegation (a main class, not a unit test), warm, median of {@code --runs}: the
 * settlement of {@link SettlementBenchmark} ({@code --members} members, each with an advance, and the delegation's own
 * car hire), made into
 * <ul>
 *   <li>the Giấy đề nghị thanh toán tạm ứng, a page per member given an advance (no target, reported);</li>
 *   <li>the Bảng kê C17-HD beside it (no target, reported).</li>
 * </ul>
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.AdvanceClaimsBenchmark --members 2000 --runs 5
 * </pre>
 */
public final class AdvanceClaimsBenchmark {
    private static volatile long sink;

    private AdvanceClaimsBenchmark() {
    }

    public static void main(String[] args) {
        int size = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 5);
        int warmups = 2;
        Delegation delegation = LargeDelegation.of(size);
        Settlement settlement = SettlementBenchmark.settlement(delegation.members());
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement,
                new EstimateInputs("bench-caps", null, LodgingMode.INVOICE, Map.of()), List.of(SettlementBenchmark.testRates()));
        SettlementSheetService service = new SettlementSheetService(PdfDocumentWriter::new);
        DocumentSettings settings = DocumentSettings.defaults();
        List<Long> claimTimes = new ArrayList<>();
        List<Long> sheetTimes = new ArrayList<>();
        int claimBytes = 0;
        int sheetBytes = 0;
        for (int run = 0; run < runs + warmups; run++) {
            long t0 = System.nanoTime();
            byte[] claims = service.renderAdvanceClaims(delegation, settings, AdvanceClaimFormSettings.defaults(), settlement, sheet);
            long t1 = System.nanoTime();
            byte[] c17 = service.render(delegation, settings, SettlementFormSettings.defaults(), settlement, sheet);
            long t2 = System.nanoTime();
            sink += claims.length + c17.length;
            claimBytes = claims.length;
            sheetBytes = c17.length;
            if (run >= warmups) {
                claimTimes.add(t1 - t0);
                sheetTimes.add(t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%d members with an advance and the delegation's own: claims PDF %,d bytes, C17-HD PDF %,d "
                + "bytes%n", size, claimBytes, sheetBytes);
        BenchFigures.print("advance claims PDF (SettlementSheetService.renderAdvanceClaims)", claimTimes, Double.NaN);
        BenchFigures.print("C17-HD PDF (SettlementSheetService.render)", sheetTimes, Double.NaN);
        System.exit(0);
    }
}
