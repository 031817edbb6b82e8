package vn.delegationdesk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.delegation.DelegationPlanReader;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.plan.SeedText;

/**
 * Reading each seed (000 into a delegation, 001–004 into plans; as plain text, one passage per line) into a draft, warm,
 * median (target: 500 ms per document, issue 21). The file is read once; what is timed is the reader (normalising,
 * joining, recognising). Then a large made-up plan whose units are all given in "Tổ chức thực hiện" (120 tasks of 8
 * lines, 60 units of 8 duties each matched against every task line), the worst case of {@code OrganisationReader}.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.ReadPlanBenchmark --runs 50
 * </pre>
 */
public final class ReadPlanBenchmark {
    private static final double TARGET_MS = 500;

    private ReadPlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = BenchFigures.intOption(args, "--runs", 50);
        delegation(runs);
        PlanReader reader = new PlanReader();
        List<String> names = new ArrayList<>(SeedText.PLANS);
        names.add("large");
        for (String seed : names) {
            SourceDocument source = seed.equals("large") ? SeedText.lines("large.txt", large()) : SeedText.seed(seed);
            PlanDraft draft = null;
            for (int i = 0; i < 30; i++) {
                draft = reader.read(source);
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                draft = reader.read(source);
                nanos.add(System.nanoTime() - start);
            }
            BenchFigures.print(String.format("read plan %s (%d passages, %d tasks, %d unplaced)", seed,
                    source.passages().size(), draft.plan().tasks().size(), draft.unplaced().size()), nanos, TARGET_MS);
        }
    }

    /** Seed 000, the delegation plan, through {@link DelegationPlanReader}. */
    private static void delegation(int runs) {
        DelegationPlanReader reader = new DelegationPlanReader();
        SourceDocument source = SeedText.seed("000");
        DelegationDraft draft = null;
        for (int i = 0; i < 30; i++) {
            draft = reader.read(source);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            draft = reader.read(source);
            nanos.add(System.nanoTime() - start);
        }
        BenchFigures.print(String.format("read delegation 000 (%d passages, %d days, %d conferences, %d unplaced)",
                source.passages().size(), draft.delegation().programme().size(), draft.delegation().conferences().size(),
                draft.unplaced().size()), nanos, TARGET_MS);
    }

    /** A plan of 120 tasks without units at their lines, and 60 units each given 8 of the tasks' lines as duties. */
    static String large() {
        String[] topics = {"di sản", "thư viện", "bảo tàng", "nghệ thuật biểu diễn", "điện ảnh", "mỹ thuật", "du lịch", "thể thao"};
        StringBuilder text = new StringBuilder("Số: 12/KH-UBND\n\nLào Cai, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n"
                + "Phát triển văn hóa năm 2026\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n");
        for (int t = 1; t <= 120; t++) {
            text.append(t).append(". Phát triển lĩnh vực ").append(topics[t % topics.length]).append(" đợt ").append(t).append("\n\n");
            for (int k = 1; k <= 7; k++) {
                text.append("- Tổ chức hoạt động ").append(topics[(t + k) % topics.length]).append(" lần ").append(t * 10 + k)
                        .append(" cho các xã, phường trên địa bàn tỉnh, bảo đảm hiệu quả và tiết kiệm\n\n");
            }
        }
        text.append("IV. TỔ CHỨC THỰC HIỆN\n\n");
        for (int u = 1; u <= 60; u++) {
            text.append(u).append(". Sở số ").append(u).append("\n\n");
            for (int d = 0; d < 8; d++) {
                int t = (u * 2 + d) % 120 + 1;
                text.append("- Chủ trì tổ chức hoạt động ").append(topics[(t + 1) % topics.length]).append(" lần ").append(t * 10 + 1)
                        .append(" cho các xã, phường trên địa bàn tỉnh\n\n");
            }
        }
        return text.append("Nơi nhận:\n- Như trên;\n\nCHỦ TỊCH\n\nNguyễn Văn A\n").toString();
    }
}
