package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.approval.ApprovalDecision;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.persistence.ChangeJournal;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * What the approval trail costs a save: saving the 37-member sample in H2 with the trail's journal (a locked read of
 * the stage and an audit line in the same transaction) and without it; a whole trail (submit, appraise, approve,
 * return); saving an approved plan's life status (the stored plan is read and compared first); reading an audit list
 * of {@code --lines} lines. A main class, not a unit test:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.ApprovalBenchmark --runs 50
 * </pre>
 */
public final class ApprovalBenchmark {
    private ApprovalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 50);
        int lines = BenchFigures.intOption(args, "--lines", 1000);
        Path dir = Files.createTempDirectory("approval-bench");
        CurrentUser user = new CurrentUser(User.everyRole("bench"));
        try (Database database = Database.openStore(dir)) {
            JdbcApprovalTrail trail = new JdbcApprovalTrail(database, user);
            DelegationService plain = new DelegationService(new JdbcDelegationRepository(database, ChangeJournal.NONE));
            DelegationService journalled = new DelegationService(new JdbcDelegationRepository(database, trail));
            ApprovalService approvals = new ApprovalService(trail, user);
            long id = journalled.create(SampleDelegation.create());
            Delegation stored = journalled.find(id).orElseThrow();
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            for (int run = 0; run < runs + 10; run++) {
                boolean counted = run >= 10;
                long start = System.nanoTime();
                plain.save(stored);
                long middle = System.nanoTime();
                journalled.save(stored);
                long end = System.nanoTime();
                if (counted) {
                    without.add(middle - start);
                    with.add(end - middle);
                }
            }
            BenchFigures.print("save sample (37 members), no journal", without, Double.NaN);
            BenchFigures.print("save sample (37 members), with trail and audit line", with, Double.NaN);

            List<Long> steps = new ArrayList<>();
            ApprovalDecision decision = new ApprovalDecision("UBND thành phố Hà Nội", "2468/QĐ-UBND", LocalDate.of(2025, 9, 30));
            for (int run = 0; run < runs + 10; run++) {
                long start = System.nanoTime();
                approvals.submit(id);
                approvals.appraise(id);
                approvals.approve(id, decision);
                approvals.returnToDraft(id, "Đổi khách sạn ở Đà Lạt");
                if (run >= 10) {
                    steps.add((System.nanoTime() - start) / 4);
                }
            }
            BenchFigures.print("one approval step (mean of submit, appraise, approve, return)", steps, Double.NaN);

            approvals.submit(id);
            approvals.appraise(id);
            approvals.approve(id, decision);
            Delegation approved = journalled.find(id).orElseThrow();
            List<Long> approvedSaves = new ArrayList<>();
            for (int run = 0; run < runs + 10; run++) {
                Delegation next = approved.toBuilder().status(run % 2 == 0 ? DelegationStatus.IN_PROGRESS
                        : DelegationStatus.COMPLETED).build();
                long start = System.nanoTime();
                journalled.save(next);
                if (run >= 10) {
                    approvedSaves.add(System.nanoTime() - start);
                }
            }
            BenchFigures.print("save an approved sample's status (reads the stored plan first)", approvedSaves, Double.NaN);
            approvals.returnToDraft(id, "Đổi khách sạn ở Đà Lạt");

            while (approvals.trail(id).size() < lines) {
                journalled.save(stored);
            }
            List<Long> reads = new ArrayList<>();
            for (int run = 0; run < runs + 10; run++) {
                long start = System.nanoTime();
                int size = approvals.trail(id).size();
                if (run >= 10 && size >= lines) {
                    reads.add(System.nanoTime() - start);
                }
            }
            BenchFigures.print("read an audit list of " + approvals.trail(id).size() + " lines", reads, Double.NaN);
        }
        System.exit(0);
    }
}
