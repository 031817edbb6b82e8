package vn.delegationdesk.app.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleOutbound;

/**
 * The outbound sample stored through the services of an H2 store: the delegation, its plan and inputs, and the sample rate
 * set once, chosen by the plan; its estimate is the sample's 172.093.867 đ.
 */
class OutboundSampleServiceTest {
    @TempDir
    Path dataDir;

    @Test
    void theSampleIsStoredWithItsPlanAndTheSampleRateSetOnce() {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            OutboundSampleService samples = new OutboundSampleService(services.delegations(), services.abroad());

            OutboundSampleService.Created first = samples.create();
            OutboundSampleService.Created second = samples.create();

            assertThat(first.rateSetAdded()).isTrue();
            assertThat(second.rateSetAdded()).isFalse();
            assertThat(second.rateSetId()).isEqualTo(first.rateSetId());
            assertThat(services.abroad().rateSets()).extracting(ForeignRateSet::name)
                    .containsOnlyOnce("Bộ định mức mẫu (dữ liệu mẫu, chưa xác minh)");
            Delegation stored = services.delegations().find(first.delegationId()).orElseThrow();
            assertThat(stored.title()).startsWith("Đoàn công tác của Sở Văn hóa và Thể thao Hà Nội tham dự Hội nghị thường niên");
            assertThat(stored.members()).hasSize(5);
            SavedOutbound saved = services.abroad().load(first.delegationId()).orElseThrow();
            assertThat(saved.plan().stops()).singleElement().extracting(s -> s.label()).isEqualTo("Seoul, Hàn Quốc");
            assertThat(saved.plan().foreignRateSetId()).isEqualTo(first.rateSetId());
            assertThat(saved.inputs()).isEqualTo(SampleOutbound.inputs());
            assertThat(services.abroad().estimate(stored).orElseThrow().total()).isEqualTo(172_093_867L);
            assertThat(services.delegations().list()).hasSize(2);
        }
    }
}
