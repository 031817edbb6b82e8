package vn.delegationdesk.delegation.list;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/** The built-in sample (seed 000) as the list shows it. */
class SampleDelegationViewTest {
    private final Messages messages = new Messages();

    @Test
    void createdFromTheEmptyStoreFoundByLakAndOpened() {
        InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
        RecordingDialogService dialogs = new RecordingDialogService();
        DelegationListViewModel list = new DelegationListViewModel(new DelegationService(repository), new DirectTaskRunner(),
                dialogs, messages, SampleDelegation::create);
        list.load();
        assertThat(list.isEmptyStore()).isTrue();

        list.createSample();
        list.searchTextProperty().set("lak");

        assertThat(dialogs.shown()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.dates().text()).isEqualTo("14/10/2025 – 19/10/2025");
            assertThat(row.places()).isEqualTo("tỉnh Đắk Lắk, tỉnh Lâm Đồng");
            assertThat(row.members().text()).isEqualTo("37/37");
            assertThat(row.status()).isEqualTo("Dự thảo (mẫu)");
        });
        assertThat(list.openedDelegationProperty().get().members()).hasSize(37);
    }
}
