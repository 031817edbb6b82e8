package vn.delegationdesk.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.settlement.MemorySettlementRepository;
import vn.delegationdesk.settlement.MemoryVoucherFileRepository;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.ui.SettlementViewModel;
import vn.delegationdesk.testing.InMemoryRateSetRepository;
import vn.delegationdesk.testing.InMemoryWorksheetRepository;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * One typed amount on the settlement tab of a large delegation (a main class, not a unit test), warm, median of
 * {@code --runs}: {@link SettlementBenchmark}'s settlement of {@code --members} members opened in the
 * {@link SettlementViewModel}, then an advance's amount typed again and again. Each edit recomputes the preview on the
 * calling thread ({@code SettlementService.preview}, the rules' check) and rebuilds every table's rows, as the screen
 * waits for it. The stores are in memory, so the figure is the computing and the rows, not the disk. No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.SettlementEditBenchmark --members 2000 --runs 30
 * </pre>
 */
public final class SettlementEditBenchmark {
    /** What a typed value may take before the screen feels slow. */
    private static final double EDIT_TARGET_MS = 100;
    private static volatile long sink;

    private SettlementEditBenchmark() {
    }

    public static void main(String[] args) {
        int size = BenchFigures.intOption(args, "--members", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 30);
        Delegation delegation = LargeDelegation.of(size).toBuilder().id(1L).build();
        InMemoryRateSetRepository rates = new InMemoryRateSetRepository();
        rates.save(SettlementBenchmark.testRates());
        BudgetService budget = new BudgetService(rates, new InMemoryWorksheetRepository());
        budget.saveWorksheet(1L, new EstimateWorksheet(new EstimateInputs("bench-caps", null, LodgingMode.INVOICE, Map.of()),
                Map.of(), List.of()));
        MemorySettlementRepository store = new MemorySettlementRepository();
        store.save(1L, SettlementBenchmark.settlement(delegation.members()));
        SettlementService service = new SettlementService(store, id -> id == 1L ? Optional.of(delegation) : Optional.empty(), budget,
                new RoleGate(() -> User.everyRole("bench")), Clock.systemUTC());
        Messages messages = new Messages();
        DelegationDraft draft = new DelegationDraft(messages);
        draft.load(delegation);
        RoleGate gate = new RoleGate(() -> User.everyRole("bench"));
        VoucherFiles files = new VoucherFiles(new MemoryVoucherFileRepository(), gate, Clock.systemUTC(), service::closings);
        SettlementViewModel model = new SettlementViewModel(draft, service, files, new DirectTaskRunner(), new RecordingDialogService(),
                messages, ZoneId.of("Asia/Ho_Chi_Minh"));
        long t0 = System.nanoTime();
        model.setShowing(true);
        model.open(delegation);
        long opened = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "settlement tab: %d members, %d advances, %d lines, %d sheet rows, %d comparison rows; "
                + "opened in %.1f ms (cold)%n", model.members().size(), model.advances().size(), model.lines().size(),
                model.sheet().size(), model.comparison().size(), opened / 1e6);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs + 10; run++) {
            long start = System.nanoTime();
            model.advanceEditor().setAdvanceAmount(0, Long.toString(4_000_000L + run % 2 * 100_000L));
            long took = System.nanoTime() - start;
            sink += model.sheet().size();
            if (run >= 10) {
                times.add(took);
            }
        }
        BenchFigures.print("settlement tab edit (typed amount -> preview -> rows)", times, EDIT_TARGET_MS);
        System.exit(0);
    }
}
