package vn.delegationdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.conferencedesk.CheckInLookup;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.QrPayload;

/**
 * The check-in desk's lookup on every keystroke: 2,000 generated delegates with Vietnamese names (16 family names,
 * 10 middle names, 26 given names, 8 bodies). The clerk types names without marks one character at a time ("n", "ng",
 * "ngu" … "nguyen van an", and word orders like "an nguyen"); each keystroke is one {@link CheckInLookup#find} over the
 * whole list with every match sorted best first. Also timed: building the lookup (once per refresh of the list),
 * resolving a scanned QR code, and taking a check-in into the lookup ({@link CheckInLookup#with}) before the next
 * keystroke. Target: 50 ms per keystroke. A main class, not a unit test:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.CheckInLookupBenchmark --runs 20
 * </pre>
 */
public final class CheckInLookupBenchmark {
    private static final String CONFERENCE = "hoi-nghi-dak-lak";
    private static final List<String> TYPED = List.of("nguyen van an", "an nguyen", "tran thi lan", "dang minh tuan",
            "le thanh huong", "ho xuan son", "tay nguyen", "vo ngoc yen", "pham quoc trung", "bui thu thao");

    private CheckInLookupBenchmark() {
    }

    public static void main(String[] args) {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        int count = BenchFigures.intOption(args, "--delegates", 2_000);
        List<Delegate> delegates = DeskSamples.generated(CONFERENCE, count);
        List<Long> build = new ArrayList<>();
        List<Long> keystroke = new ArrayList<>();
        List<Long> scan = new ArrayList<>();
        List<Long> update = new ArrayList<>();
        long found = 0;
        for (int run = 0; run < runs + 3; run++) {
            boolean warm = run >= 3;
            long t0 = System.nanoTime();
            CheckInLookup lookup = new CheckInLookup(CONFERENCE, delegates);
            long t1 = System.nanoTime();
            if (warm) {
                build.add(t1 - t0);
            }
            for (String name : TYPED) {
                for (int i = 1; i <= name.length(); i++) {
                    long k0 = System.nanoTime();
                    found += lookup.find(name.substring(0, i)).size();
                    long k1 = System.nanoTime();
                    if (warm) {
                        keystroke.add(k1 - k0);
                    }
                }
            }
            String payload = new QrPayload(CONFERENCE, "d" + (run * 97 % count)).format();
            long s0 = System.nanoTime();
            found += lookup.resolve(payload).fullName().length();
            long s1 = System.nanoTime();
            Delegate checkedIn = lookup.resolve(payload).checkedIn(Instant.now());
            long u0 = System.nanoTime();
            found += lookup.with(checkedIn).find("a").size();
            long u1 = System.nanoTime();
            if (warm) {
                scan.add(s1 - s0);
                update.add(u1 - u0);
            }
        }
        System.out.printf("%d delegates, %d keystrokes per run, %d results in all%n", count, keystroke.size() / runs, found);
        BenchFigures.print("check-in lookup, one keystroke (" + count + " delegates)", keystroke, 50);
        BenchFigures.print("check-in lookup, building it (" + count + " delegates)", build, Double.NaN);
        BenchFigures.print("check-in lookup, a scanned QR code", scan, Double.NaN);
        BenchFigures.print("check-in lookup, after a check-in (with + a keystroke)", update, 50);
    }
}
