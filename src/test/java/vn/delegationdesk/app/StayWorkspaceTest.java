package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.ui.StayEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The stay tab in the workspace over a real H2 store, without a screen: a hotel typed and saved is there on reopening. */
class StayWorkspaceTest {
    private static final String HOTEL = "Khách sạn Sài Gòn – Đà Lạt";

    @TempDir
    Path dataDir;

    private static Workspace workspace(AppServices services) {
        return new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(), SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
    }

    @Test
    void aHotelTypedInTheStayTabIsSavedAndThereAfterReopening() throws Exception {
        Messages messages = new Messages();
        long id;
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            id = services.delegations().create(SampleDelegation.create());
            Workspace workspace = workspace(services);
            workspace.editor().open(services.delegations().find(id).orElseThrow());
            StayEditorViewModel stay = workspace.stay();
            stay.selectedProperty().set(2);
            stay.hotelProperty().set(HOTEL);
            stay.phoneProperty().set("0263 3822 461");
            assertThat(workspace.editor().isDirty()).isTrue();

            assertThat(workspace.editor().save()).isTrue();
            assertThat(workspace.editor().isDirty()).isFalse();
        }
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            Delegation back = services.delegations().find(id).orElseThrow();
            assertThat(back.nights()).hasSize(5);
            assertThat(StayPlans.of(back).nights()).extracting(n -> n.accommodation().hotel())
                    .containsExactly("", "", HOTEL, HOTEL, HOTEL);
            Workspace workspace = workspace(services);
            workspace.editor().open(back);
            assertThat(workspace.stay().rows().get(3).hotel()).isEqualTo(HOTEL);
            assertThat(workspace.stay().rows().get(3).phone()).isEqualTo("0263 3822 461");
            assertThat(workspace.stay().editedProperty().get()).isTrue();
        }
    }

    @Test
    void aNightAtNoLegIsNamedInTheEditorsProblems() throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            Workspace workspace = workspace(services);
            Delegation sample = SampleDelegation.create().withId(1L);
            workspace.editor().open(sample);
            List<Night> nights = new ArrayList<>(StayPlans.of(sample).nights());
            nights.set(2, new Night(nights.get(2).date(), "tỉnh Khánh Hòa", Accommodation.NONE));
            workspace.editor().draft().update(b -> b.nights(nights));

            assertThat(workspace.editor().problems()).contains(
                    "Lưu trú – Đêm 16/10/2025: \"tỉnh Khánh Hòa\" không phải là nơi đến của chặng nào trong chuyến đi");
        }
    }
}
