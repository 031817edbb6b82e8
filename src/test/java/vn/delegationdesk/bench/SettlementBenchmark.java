package vn.delegationdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementValidator;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * The settlement of a large delegation (a main class, not a unit test), warm, median of {@code --runs}: the seed's
 * trip (14–19/10/2025, two stops) with {@code --members} members, each with an advance, certified stays (every tenth
 * only 14–16/10, one in a hundred withdrew), two tickets with their vouchers, and a room for two per stop with its
 * invoice, settled by invoice under a rate set of TEST DATA holding the caps TT 12/2025 leaves empty.
 * <ul>
 *   <li>{@link SettlementCalculator#compute} (target: under 100 ms);</li>
 *   <li>{@link SettlementValidator#validate} of the same input (no target, reported beside it);</li>
 *   <li>{@link EstimateComparison#of}, the estimate against actual shown beside it (no target).</li>
 * </ul>
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.SettlementBenchmark --members 2000 --runs 50
 * </pre>
 */
public final class SettlementBenchmark {
    private static final double COMPUTE_TARGET_MS = 100;
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";
    private static volatile long sink;

    private SettlementBenchmark() {
    }

    public static void main(String[] args) {
        int size = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 50);
        Delegation delegation = LargeDelegation.of(size);
        Settlement settlement = settlement(delegation.members());
        List<RateSet> rates = List.of(testRates());
        EstimateInputs inputs = new EstimateInputs("bench-caps", null, LodgingMode.INVOICE, Map.of());
        List<ValidationError> errors = SettlementValidator.validate(delegation, settlement);
        SettlementSheet check = SettlementCalculator.compute(delegation, settlement, inputs, rates);
        System.out.printf(Locale.ROOT, "settlement: %d members, %d advances, %d actual lines, %d problems; entitled %,d đ, "
                + "to return %,d đ, to receive %,d đ, not reimbursed %,d đ%n", check.members().size(),
                settlement.advances().size(), settlement.lines().size(), errors.size(), check.totals().total(),
                check.totals().toReturn(), check.totals().toReceive(), check.disallowedTotal());
        Estimate estimate = EstimateCalculator.compute(delegation, new EstimateWorksheet(inputs, Map.of(), List.of()), rates);
        List<Long> computeTimes = new ArrayList<>();
        List<Long> validateTimes = new ArrayList<>();
        List<Long> compareTimes = new ArrayList<>();
        for (int run = 0; run < runs + 20; run++) {
            long t0 = System.nanoTime();
            SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement, inputs, rates);
            long t1 = System.nanoTime();
            List<ValidationError> problems = SettlementValidator.validate(delegation, settlement);
            long t2 = System.nanoTime();
            EstimateComparison comparison = EstimateComparison.of(estimate, settlement, sheet);
            long t3 = System.nanoTime();
            sink += sheet.totals().total() + problems.size() + comparison.actual();
            if (run >= 20) {
                computeTimes.add(t1 - t0);
                validateTimes.add(t2 - t1);
                compareTimes.add(t3 - t2);
            }
        }
        BenchFigures.print("settlement (SettlementCalculator.compute)", computeTimes, COMPUTE_TARGET_MS);
        BenchFigures.print("settlement validation (SettlementValidator.validate)", validateTimes, Double.NaN);
        BenchFigures.print("estimate against actual (EstimateComparison.of)", compareTimes, Double.NaN);
        System.exit(0);
    }

    /** The benchmark's settlement of {@code members}; {@link SettlementStoreBenchmark} stores the same. */
    static Settlement settlement(List<Member> members) {
        List<Advance> advances = new ArrayList<>();
        List<MemberOutcome> outcomes = new ArrayList<>();
        List<ActualLine> lines = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).id();
            advances.add(new Advance(id, day(10), "PC-" + i, 4_000_000L + i % 7 * 100_000L));
            if (i % 100 == 99) {
                outcomes.add(MemberOutcome.withdrew(id));
            } else if (i % 10 == 9) {
                outcomes.add(MemberOutcome.went(id, List.of(new CertifiedStay(DAK_LAK, day(14), day(16)))));
            } else {
                outcomes.add(MemberOutcome.went(id, List.of(new CertifiedStay(DAK_LAK, day(14), day(16)),
                        new CertifiedStay(LAM_DONG, day(17), day(19)))));
            }
            lines.add(ticket(id, "Hà Nội – Buôn Ma Thuột", "VN-" + i + "-1"));
            lines.add(ticket(id, "Đà Lạt – Hà Nội", "VN-" + i + "-2"));
            if (i % 2 == 1) {
                List<String> pair = List.of(members.get(i - 1).id(), id);
                lines.add(room(DAK_LAK, pair, 2, 1_900_000L + i % 3 * 150_000L, "BX-" + i, day(16)));
                lines.add(room(LAM_DONG, pair, 3, 2_700_000L + i % 3 * 200_000L, "HS-" + i, day(19)));
            }
        }
        lines.add(ActualLine.direct("travel.car", "Thuê xe ô tô phục vụ đoàn", 180_000_000L,
                List.of(new Voucher(VoucherKind.CONTRACT, "HĐ-01", day(12), "Công ty Vận tải Tây Nguyên", 180_000_000L))));
        return new Settlement(day(30), advances, outcomes, lines);
    }

    private static ActualLine ticket(String memberId, String route, String number) {
        return ActualLine.ticket("", "Vé máy bay " + route, memberId, FlightClass.ECONOMY, null, 1_450_000L,
                List.of(new Voucher(VoucherKind.TICKET, number, day(10), "Vietnam Airlines", 1_450_000L)));
    }

    private static ActualLine room(String stop, List<String> pair, int nights, long cost, String number, LocalDate date) {
        return ActualLine.room("lodging." + stop + ".shared", "Phòng 2 người tại " + stop, stop, pair, nights, cost,
                List.of(new Voucher(VoucherKind.INVOICE, number, date, "Khách sạn " + stop, cost)));
    }

    private static LocalDate day(int october) {
        return LocalDate.of(2025, 10, october);
    }

    /** TEST DATA, not a regulation's figures: TT 12/2025's per diem with room caps the built-in set leaves empty. */
    static RateSet testRates() {
        return new RateSet("bench-caps", "Bộ định mức kiểm thử (dữ liệu thử)", "", "", RateSetKind.NATIONAL,
                LocalDate.of(2025, 5, 4), null, "Dữ liệu kiểm thử.", List.of(
                        new RateValue(RateKey.PER_DIEM, 300_000L, "TT 40/2017 Đ6, sửa đổi bởi TT 12/2025", true),
                        new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 1_000_000L, "Dữ liệu kiểm thử", false),
                        new RateValue(RateKey.LODGING_INVOICE_SENIOR_OTHER, 1_200_000L, "Dữ liệu kiểm thử", false)));
    }
}
