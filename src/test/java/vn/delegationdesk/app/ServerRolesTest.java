package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.people.People;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * Roles on a shared server, through the services the app and the command line use, with no window: each clerk logs in
 * with their own PostgreSQL login, holds the roles its groups grant, and a write their roles do not allow is refused
 * by the service itself, naming the action, the role and the login, with nothing written.
 */
class ServerRolesTest {
    private static final String PASSWORD = "mật khẩu";
    private final Messages messages = new Messages();
    private String database;
    private int port;
    private long sampleId;

    @BeforeEach
    void serverWithTheSample() {
        database = EmbeddedServer.createDatabase();
        port = Integer.parseInt(EmbeddedServer.url(database).replaceAll(".*:(\\d+)/.*", "$1"));
        try (AppServices admin = open(EmbeddedServer.USER, null)) {
            sampleId = admin.delegations().create(SampleDelegation.create());
        }
    }

    @AfterEach
    void drop() {
        EmbeddedServer.drop(database);
    }

    @Test
    void theFinanceClerkEditsTheEstimateButNotThePlan() {
        String clerk = clerk(Role.FINANCE);
        try (AppServices finance = open(clerk, PASSWORD.toCharArray())) {
            assertThat(finance.user().get().roles()).isEqualTo(Set.of(Role.FINANCE));
            assertThat(finance.user().get().name()).isEqualTo(clerk);
            VersionedDelegation opened = finance.delegations().openVersioned(sampleId).orElseThrow();
            Delegation changed = opened.delegation().toBuilder().title("Đoàn đã bị sửa").build();

            assertThatThrownBy(() -> finance.delegations().save(changed, opened.version()))
                    .isInstanceOfSatisfying(RoleRefused.class, refused -> assertThat(messages.describeFailure(refused, " "))
                            .isEqualTo("Lưu thay đổi của kế hoạch: cần vai trò «Soạn kế hoạch»; tài khoản " + clerk
                                    + " không có vai trò này"));
            // The editor saves the plan with the estimate: the plan as opened passes, writing nothing.
            StoredVersion same = finance.delegations().save(opened.delegation(), opened.version());
            assertThat(same.version()).isEqualTo(opened.version().version());
            finance.budget().saveWorksheet(sampleId, SampleEstimates.pricedWorksheet());

            assertThat(finance.delegations().find(sampleId).orElseThrow().title()).isEqualTo(opened.delegation().title());
            assertThat(finance.delegations().storedVersion(sampleId).orElseThrow().version())
                    .isEqualTo(opened.version().version());
            assertThat(finance.budget().worksheet(sampleId)).isEqualTo(SampleEstimates.pricedWorksheet());
            assertThatThrownBy(() -> finance.delegations().create(SampleDelegation.create()))
                    .hasMessageContaining("people.refused");
            assertThatThrownBy(() -> finance.delegations().delete(sampleId)).isInstanceOf(RoleRefused.class);
            assertThat(finance.delegations().list()).hasSize(1);
        }
    }

    @Test
    void theOrganiserDraftsThePlanButNeitherPricesItNorApprovesIt() {
        String clerk = clerk(Role.ORGANISER);
        try (AppServices organiser = open(clerk, PASSWORD.toCharArray())) {
            VersionedDelegation opened = organiser.delegations().openVersioned(sampleId).orElseThrow();
            organiser.delegations().save(opened.delegation().toBuilder().title("Đoàn khảo sát (bản 2)").build(),
                    opened.version());
            organiser.documents().saveSettings(sampleId, DocumentSettings.defaults().withBudgetUnitCode("1234567"));

            assertThatThrownBy(() -> organiser.budget().saveWorksheet(sampleId, SampleEstimates.pricedWorksheet()))
                    .isInstanceOfSatisfying(RoleRefused.class, refused -> assertThat(messages.describeFailure(refused, " "))
                            .isEqualTo("Lưu dự toán: cần vai trò «Tài chính»; tài khoản " + clerk + " không có vai trò này"));
            assertThatThrownBy(() -> organiser.budget().deleteRateSet("any")).isInstanceOf(RoleRefused.class);
            organiser.approvals().submit(sampleId);
            assertThatThrownBy(() -> organiser.approvals().appraise(sampleId)).hasMessageContaining("approvals.refused.role");

            assertThat(organiser.delegations().find(sampleId).orElseThrow().title()).isEqualTo("Đoàn khảo sát (bản 2)");
            assertThat(organiser.budget().worksheet(sampleId)).isEqualTo(EstimateWorksheet.EMPTY);
            assertThat(organiser.documents().settings(sampleId).budgetUnitCode()).isEqualTo("1234567");
        }
    }

    @Test
    void aLoginWithoutAGroupOnlyReadsAndEachLoginKeepsItsOwnDisplayName() {
        String reader = clerk();
        String organiser = clerk(Role.ORGANISER);
        try (AppServices services = open(reader, PASSWORD.toCharArray())) {
            assertThat(services.user().get().roles()).isEmpty();
            assertThat(services.delegations().list()).hasSize(1);
            assertThatThrownBy(() -> services.documents().saveSettings(sampleId, DocumentSettings.defaults()))
                    .isInstanceOf(RoleRefused.class);
            new People(services.settings(), services.user(), services.login()).rename("Trần Văn Bình");
            assertThat(services.user().get().name()).isEqualTo("Trần Văn Bình");
        }
        try (AppServices again = open(reader, PASSWORD.toCharArray());
                AppServices other = open(organiser, PASSWORD.toCharArray())) {
            assertThat(again.user().get().name()).isEqualTo("Trần Văn Bình");
            assertThat(other.user().get().name()).isEqualTo(organiser);
        }
    }

    private String clerk(Role... roles) {
        String login = EmbeddedServer.createUser(database, PASSWORD);
        EmbeddedServer.grantRoles(login, roles);
        return login;
    }

    private AppServices open(String login, char[] password) {
        return StoreServices.openServer(new ServerAddress("localhost", port, database, login), password, messages);
    }
}
