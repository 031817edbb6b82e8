package vn.delegationdesk.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.DeskSamples;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.QrPayload;
import vn.delegationdesk.conferencedesk.ui.CheckInViewModel;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;

/**
 * The check-in screen's view model on 2,000 generated delegates (store in memory, work run directly): one keystroke in the
 * search box (the lookup, the first 50 matches put in the list, the selection kept), and one scanned QR code taken in (the
 * lookup, the service's check-in, the lookup and counts by group refreshed, the box cleared). Target: 50 ms a keystroke.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.CheckInDeskBenchmark --runs 20
 * </pre>
 */
public final class CheckInDeskBenchmark {
    private static final String CONFERENCE = "hoi-nghi-dak-lak";
    private static final List<String> TYPED = List.of("nguyen van an", "an nguyen", "tran thi lan", "dang minh tuan",
            "le thanh huong", "ho xuan son", "tay nguyen", "vo ngoc yen", "pham quoc trung", "bui thu thao");

    private CheckInDeskBenchmark() {
    }

    public static void main(String[] args) {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        int count = BenchFigures.intOption(args, "--delegates", 2_000);
        MemoryDelegateRepository repository = new MemoryDelegateRepository();
        ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("bench")),
                Clock.systemUTC());
        service.save(1L, CONFERENCE, DeskSamples.generated(CONFERENCE, count));
        CheckInViewModel vm = new CheckInViewModel(service, 1L, CONFERENCE, "Hội nghị", new DirectTaskRunner(), new Messages(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        vm.load();
        List<Long> keystroke = new ArrayList<>();
        List<Long> scan = new ArrayList<>();
        long shown = 0;
        for (int run = 0; run < runs + 3; run++) {
            boolean warm = run >= 3;
            for (String name : TYPED) {
                for (int i = 1; i <= name.length(); i++) {
                    long k0 = System.nanoTime();
                    vm.queryProperty().set(name.substring(0, i));
                    long k1 = System.nanoTime();
                    shown += vm.matches().size();
                    if (warm) {
                        keystroke.add(k1 - k0);
                    }
                }
            }
            vm.queryProperty().set(new QrPayload(CONFERENCE, "d" + (run * 97 % count)).format());
            long s0 = System.nanoTime();
            vm.submit();
            long s1 = System.nanoTime();
            if (warm) {
                scan.add(s1 - s0);
            }
        }
        System.out.printf("%d delegates, %d matches shown in all, %s%n", count, shown, vm.totalProperty().get());
        BenchFigures.print("check-in screen, one keystroke (" + count + " delegates)", keystroke, 50);
        BenchFigures.print("check-in screen, a scanned QR code checked in", scan, 50);
    }
}
