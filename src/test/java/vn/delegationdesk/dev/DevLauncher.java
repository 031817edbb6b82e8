package vn.delegationdesk.dev;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.delegationdesk.app.DesktopLaunch;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.TestDelegations;
import vn.delegationdesk.testing.TestServices;

/**
 * Starts the real desktop app over an in-memory store, for looking at the UI and for trying the start-up
 * benchmark before the real {@code Main} exists. Options: {@code --empty} (no delegations),
 * {@code --delay-ms N} (slow store, to see the loading states), {@code --fail "text"} (the store fails to
 * open with that message); {@code --data-dir DIR} is accepted and ignored, like the real launcher's.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        boolean empty = options.contains("--empty");
        long delay = value(options, "--delay-ms").map(Long::parseLong).orElse(0L);
        String failure = value(options, "--fail").orElse(null);
        DesktopLaunch launch = new DesktopLaunch(() -> {
            Thread.sleep(delay);
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            InMemoryDelegationRepository repository = empty ? new InMemoryDelegationRepository()
                    : InMemoryDelegationRepository.with(SampleDelegation.create(),
                            TestDelegations.simple("Đoàn học tập kinh nghiệm bảo tồn và phát huy giá trị di sản văn hóa "
                                    + "tại thành phố Huế", DelegationStatus.APPROVED, "thành phố Huế",
                                    LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5), 20, 18),
                            TestDelegations.simple("Đoàn khảo sát mô hình du lịch cộng đồng gắn với văn hóa các dân tộc",
                                    DelegationStatus.IN_PROGRESS, "tỉnh Lào Cai",
                                    LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 4), 12, 5));
            repository.setDelayMillis(delay / 4);
            return TestServices.of(repository);
        }, SampleDelegation::create);
        DesktopLaunch.launch(launch);
    }

    private static java.util.Optional<String> value(List<String> options, String name) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? java.util.Optional.of(options.get(at + 1)) : java.util.Optional.empty();
    }
}
