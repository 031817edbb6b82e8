package vn.delegationdesk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.abroad.AbroadCalendar;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.OutboundValidator;
import vn.delegationdesk.abroad.OutboundWarnings;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.delegation.member.Member;

/**
 * The outbound sample: five invented members marked sample, one country, four days counted from a flight leaving Hà
 * Nội at 00:05 and one landing back at 13:15, passports công vụ, a sample exchange rate; its rate set is sample data,
 * unverified, and says so.
 */
class SampleOutboundTest {
    @Test
    void theSampleIsFiveMarkedMembersInOneCountryForFourDaysAndThreeNightsAndPassesTheValidator() {
        assertThat(SampleOutbound.delegation().members()).hasSize(5).allSatisfy(m -> {
            assertThat(m.sample()).isTrue();
            assertThat(m.notes()).isEqualTo("Dữ liệu mẫu");
        });
        assertThat(SampleOutbound.delegation().sample()).isTrue();
        assertThat(OutboundValidator.validate(SampleOutbound.delegation(), SampleOutbound.plan(),
                List.of(SampleOutbound.rateSet()))).isEmpty();
        AbroadCalendar calendar = AbroadCalendar.of(SampleOutbound.plan());
        assertThat(calendar.daysAbroad()).isEqualTo(4);
        assertThat(calendar.nights()).isEqualTo(3);
        assertThat(calendar.countries()).extracting(AbroadCalendar.CountryTime::countryName).containsExactly("Hàn Quốc");
        assertThat(SampleOutbound.plan().passports()).hasSize(5).allSatisfy(p -> assertThat(p.type()).isEqualTo(PassportType.CONG_VU));
        assertThat(OutboundWarnings.of(SampleOutbound.delegation(), SampleOutbound.plan())).isEmpty();
        assertThat(SampleOutbound.delegation().members()).extracting(Member::id)
                .containsExactlyElementsOf(SampleOutbound.plan().passports().stream().map(p -> p.memberId()).toList());
    }

    @Test
    void theSampleRatesAreMarkedSampleAndUnverifiedAndTheEstimateWarnsAboutThem() {
        assertThat(SampleOutbound.rateSet().name()).contains("dữ liệu mẫu, chưa xác minh");
        assertThat(SampleOutbound.rateSet().rates()).allSatisfy(r -> {
            assertThat(r.verified()).isFalse();
            assertThat(r.basis()).isEqualTo("Dữ liệu mẫu, chưa xác minh");
        });
        assertThat(SampleOutbound.exchangeRate().source()).endsWith("(dữ liệu mẫu)");
        AbroadEstimate estimate = SampleOutbound.estimate();
        assertThat(estimate.warnings()).extracting(w -> w.messageKey()).contains("abroad.warning.unverifiedRate");
        assertThat(estimate.draft()).isFalse();
    }

    @Test
    void theSampleEstimateConvertsEachLineOnceAt25345Point5DongPerDollar() {
        AbroadEstimate estimate = SampleOutbound.estimate();
        // 5 × 4 × 60 USD = 1.200 USD; 5 × 3 × 45 USD = 675 USD, 17.108.212,5 rounded up once.
        assertThat(estimate.line("perDiem.KR").map(AbroadLine::amountVnd)).contains(30_414_600L);
        assertThat(estimate.line("lodging.KR").map(AbroadLine::amountVnd)).contains(17_108_213L);
        assertThat(estimate.line("travel.flight.ECONOMY").map(AbroadLine::amountVnd)).contains(50_000_000L);
        assertThat(estimate.line("travel.flight.BUSINESS").map(AbroadLine::amountVnd)).contains(38_600_000L);
        assertThat(estimate.total()).isEqualTo(estimate.lines().stream().mapToLong(AbroadLine::amount).sum());
    }
}
