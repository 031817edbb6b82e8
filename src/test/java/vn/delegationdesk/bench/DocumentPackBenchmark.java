package vn.delegationdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.ui.PreviewPage;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The document pack's two costs (a main class, not a unit test), warm, median of {@code --runs}:
 * <ul>
 *   <li>the whole pack of the seed-000 delegation: the seven PDFs (37 travel orders among them) and the two
 *       Word files, built and written in memory (target: under 1 s);</li>
 *   <li>the page preview of the plan and of the 37 travel orders without the window: the PDF made and its first page
 *       drawn by PDFBox (targets: 300 ms and 1 s, which the window's figure in InteractionBenchmark must meet);</li>
 *   <li>the travel orders of a {@code --members}-member delegation, one page each (target: under 5 s for 1,000).</li>
 * </ul>
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.DocumentPackBenchmark --members 1000 --runs 10
 * </pre>
 */
public final class DocumentPackBenchmark {
    private static final double PACK_TARGET_MS = 1000;
    private static final double ORDERS_TARGET_MS = 5000;
    private static final double PLAN_PREVIEW_TARGET_MS = 300;
    private static final double ORDERS_PREVIEW_TARGET_MS = 1000;
    private static volatile long sink;

    private DocumentPackBenchmark() {
    }

    public static void main(String[] args) {
        int members = BenchFigures.intOption(args, "--members", 1000);
        int runs = BenchFigures.intOption(args, "--runs", 10);
        DocumentPack pack = StandardDocuments.pack();
        measurePack(pack, runs);
        measurePreview(pack, DocumentFile.PLAN_PDF, runs, PLAN_PREVIEW_TARGET_MS);
        measurePreview(pack, DocumentFile.TRAVEL_ORDERS_PDF, runs, ORDERS_PREVIEW_TARGET_MS);
        measureTravelOrders(pack, members, Math.max(3, runs / 2));
        System.exit(0);
    }

    private static void measurePack(DocumentPack pack, int runs) {
        DocumentSource source = SampleDocuments.source();
        List<Long> times = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < runs + 3; run++) {
            long t0 = System.nanoTime();
            bytes = 0;
            for (DocumentFile file : DocumentFile.values()) {
                bytes += pack.render(file, source).length;
            }
            long t1 = System.nanoTime();
            if (run == 0) {
                System.out.printf(Locale.ROOT, "seed-000 pack: %d files, %,d bytes, first (cold) %.0f ms%n",
                        DocumentFile.values().length, bytes, (t1 - t0) / 1e6);
            } else if (run >= 3) {
                times.add(t1 - t0);
            }
        }
        sink += bytes;
        BenchFigures.print("whole pack of seed 000 (7 PDFs + 2 .docx)", times, PACK_TARGET_MS);
    }

    /**
     * What the Văn bản tab's preview does in the background for one document of the sample: make the PDF, then draw
     * its first page at screen resolution (PDFBox); the window adds putting the pixels on screen (InteractionBenchmark).
     */
    private static void measurePreview(DocumentPack pack, DocumentFile file, int runs, double targetMs) {
        DocumentSource source = SampleDocuments.source();
        PdfPageRasterizer rasterizer = new PdfPageRasterizer();
        List<Long> made = new ArrayList<>();
        List<Long> drawn = new ArrayList<>();
        for (int run = 0; run < runs + 3; run++) {
            long t0 = System.nanoTime();
            byte[] pdf = pack.render(file, source);
            long t1 = System.nanoTime();
            PreviewPage page;
            try {
                page = rasterizer.render(pdf, 0);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            long t2 = System.nanoTime();
            sink += page.argb().length;
            if (run >= 3) {
                made.add(t1 - t0);
                drawn.add(t2 - t0);
            }
        }
        BenchFigures.print("preview of " + file.fileName() + ": PDF made", made, Double.NaN);
        BenchFigures.print("preview of " + file.fileName() + ": PDF made and page 1 drawn", drawn, targetMs);
    }

    private static void measureTravelOrders(DocumentPack pack, int members, int runs) {
        Delegation large = LargeDelegation.of(members);
        DocumentSource source = new DocumentSource(large, DocumentSettings.defaults(),
                EstimateCalculator.compute(large, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs + 2; run++) {
            long t0 = System.nanoTime();
            byte[] pdf = pack.render(DocumentFile.TRAVEL_ORDERS_PDF, source);
            long t1 = System.nanoTime();
            sink += pdf.length;
            if (run == 0) {
                System.out.printf(Locale.ROOT, "travel orders: %d members, %,d bytes, first %.0f ms%n", members, pdf.length,
                        (t1 - t0) / 1e6);
            } else if (run >= 2) {
                times.add(t1 - t0);
            }
        }
        BenchFigures.print("travel orders, " + members + " members", times, members == 1000 ? ORDERS_TARGET_MS : Double.NaN);
    }
}
