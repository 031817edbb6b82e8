package vn.delegationdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.ProtocolSeating;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.conference.SeatingPlanDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.testing.SeatingDelegates;

/**
 * Protocol seating and its printed plan (a main class, not a unit test), warm, median of {@code --runs}: the seed's
 * conference ({@code --delegates} delegates, a head table of five and ten rows of twenty) and the largest hall accepted
 * (a head table of forty and 50 rows of 60 seats, 3,040 delegates), each seated ({@link ProtocolSeating#assign}) and
 * printed as the plan and the list by seat in one PDF. No target of its own: the plan is one of the conference's
 * documents, which together must take at most 2 s warm for 180 delegates. No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.SeatingBenchmark --runs 5
 * </pre>
 */
public final class SeatingBenchmark {
    private static volatile long sink;

    private SeatingBenchmark() {
    }

    public static void main(String[] args) {
        int size = BenchFigures.intOption(args, "--delegates", 180);
        int runs = BenchFigures.intOption(args, "--runs", 5);
        run(size + " delegates, head table 5 + 10 x 20", HallLayout.theatre(5, 10, 20), SeatingDelegates.of(size), runs);
        run("3040 delegates, head table 40 + 50 x 60", HallLayout.theatre(40, 50, 60), SeatingDelegates.of(3040), runs);
        System.exit(0);
    }

    private static void run(String what, HallLayout layout, List<Delegate> delegates, int runs) {
        Conference conference = SeatingDelegates.conference();
        SeatingPlanDocument builder = new SeatingPlanDocument();
        List<Long> assignTimes = new ArrayList<>();
        List<Long> pdfTimes = new ArrayList<>();
        int bytes = 0;
        int warmups = 2;
        for (int run = 0; run < runs + warmups; run++) {
            long t0 = System.nanoTime();
            SeatingPlan plan = ProtocolSeating.assign(layout, delegates);
            long t1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new PdfDocumentWriter().write(builder.build(conference, plan), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long t2 = System.nanoTime();
            bytes = out.size();
            sink += bytes + plan.occupants().size();
            if (run >= warmups) {
                assignTimes.add(t1 - t0);
                pdfTimes.add(t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%s: PDF %,d bytes%n", what, bytes);
        BenchFigures.print("seating (ProtocolSeating.assign), " + what, assignTimes, Double.NaN);
        BenchFigures.print("plan and list PDF (SeatingPlanDocument), " + what, pdfTimes, Double.NaN);
    }
}
