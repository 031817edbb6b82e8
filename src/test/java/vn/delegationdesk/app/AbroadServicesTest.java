package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundSamples;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The services of a laptop's store reach the delegations abroad: the built-in foreign rate sets are there, a plan saved
 * through them survives closing the app, and deleting the delegation takes its plan with it.
 */
class AbroadServicesTest {
    @TempDir
    Path dataDir;

    @Test
    void aPlanSurvivesARestartAndGoesWithItsDelegation() {
        long id;
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            assertThat(services.abroad().rateSets()).extracting(ForeignRateSet::documentNumber)
                    .containsExactly("102/2012/TT-BTC", "140/2025/TT-BTC");
            id = services.delegations().create(OutboundSamples.delegation());
            services.abroad().saveRateSet(OutboundSamples.testRates());
            services.abroad().save(OutboundSamples.plan(id), OutboundSamples.inputs());
        }
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            AbroadService abroad = services.abroad();
            assertThat(abroad.load(id)).contains(new SavedOutbound(OutboundSamples.plan(id), OutboundSamples.inputs()));
            assertThat(abroad.estimate(services.delegations().find(id).orElseThrow()).orElseThrow().line("perDiem.KR")
                    .orElseThrow().amountVnd()).as("5 members × 5 days × 60 USD (test data) × 25.345,5 đ").isEqualTo(38_018_250L);

            assertThat(services.delegations().delete(id)).isTrue();

            assertThat(abroad.load(id)).isEmpty();
        }
    }
}
