package vn.delegationdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

class RoleGateTest {
    private final Messages messages = new Messages();

    @Test
    void aMissingRoleIsNamedWithTheActionAndTheLogin() {
        RoleGate gate = new RoleGate(() -> new User("ke_toan", Set.of(Role.FINANCE)));

        assertThat(gate.allows(Role.FINANCE)).isTrue();
        assertThat(gate.whyNot(Role.FINANCE, "people.action.saveEstimate")).isEmpty();
        assertThat(gate.whyNot(Role.ORGANISER, "people.action.savePlan").map(p -> messages.get(p.key(), p.args().toArray())))
                .contains("Lưu thay đổi của kế hoạch: cần vai trò «Soạn kế hoạch»; tài khoản ke_toan không có vai trò này");
        assertThatThrownBy(() -> gate.require(Role.LEADER, "people.action.saveRateSet"))
                .isInstanceOfSatisfying(RoleRefused.class, refused -> assertThat(messages.describeFailure(refused, " "))
                        .isEqualTo("Sửa tập định mức: cần vai trò «Lãnh đạo»; tài khoản ke_toan không có vai trò này"));
    }

    @Test
    void theLaptopsGateLetsEverythingThroughInTheNameGiven() {
        RoleGate gate = RoleGate.everyRole(() -> "lan");

        assertThat(gate.user()).isEqualTo(User.everyRole("lan"));
        assertThat(RoleGate.everyRole(() -> " ").user().name()).isEqualTo("người dùng");
    }
}
