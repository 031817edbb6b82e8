package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/** "Bàn điểm danh hội nghị…" without an open stored delegation with a conference says why and opens nothing. */
class CheckInDeskTest {
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CheckInDesk desk = new CheckInDesk(new ConferenceDeskService(new MemoryDelegateRepository(),
            new RoleGate(() -> User.everyRole("lan")), Clock.systemUTC()), new DirectTaskRunner(), dialogs, new Messages(),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void withoutAStoredDelegationWithAConferenceTheDeskSaysWhy() {
        assertThat(desk.open(null, null)).isEmpty();
        assertThat(desk.open(null, SampleDelegation.create())).as("not stored yet").isEmpty();
        assertThat(desk.open(null, SampleDelegation.create().toBuilder().id(3L).conferences(List.of()).build())).isEmpty();

        assertThat(dialogs.shown()).hasSize(3).allSatisfy(shown -> {
            assertThat(shown.title()).isEqualTo("Bàn điểm danh hội nghị…");
            assertThat(shown.message()).isEqualTo("Hãy mở một đoàn đã lưu có hội nghị trước khi mở bàn điểm danh");
        });
    }
}
