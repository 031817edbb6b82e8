package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** A stay plan the user set is refused when it does not match the trip, each problem naming the night. */
class StayPlanValidationTest {
    private final Messages messages = new Messages();
    private final DelegationValidator validator = new DelegationValidator();
    private final Delegation seed = SampleDelegation.create();

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private List<Night> seedNights() {
        return new ArrayList<>(StayPlans.of(seed).nights());
    }

    private List<String> problems(List<Night> nights) {
        return validator.validate(seed.toBuilder().nights(nights).build()).stream().map(messages::describe).toList();
    }

    @Test
    void aPlanCoveringEveryNightAtTheLegsIsValid() {
        List<Night> nights = seedNights();
        nights.set(2, Night.at(oct(16), "tỉnh Đắk Lắk"));

        assertThat(problems(nights)).isEmpty();
    }

    @Test
    void aMissingNightIsNamed() {
        List<Night> nights = seedNights();
        nights.remove(2);

        assertThat(problems(nights)).containsExactly("nights: Đêm 16/10/2025: chưa có nơi nghỉ trong kế hoạch lưu trú");
    }

    @Test
    void twoEntriesOnOneNightAreRefused() {
        List<Night> nights = seedNights();
        nights.add(Night.at(oct(16), "tỉnh Đắk Lắk"));

        assertThat(problems(nights)).containsExactly("nights[5].date: Đêm 16/10/2025: có hai nơi nghỉ trong cùng một đêm");
    }

    @Test
    void aNightOutsideTheTripIsRefusedTheNightHomeIncluded() {
        List<Night> nights = seedNights();
        nights.add(Night.at(oct(19), "tỉnh Lâm Đồng"));
        nights.add(Night.at(oct(13), "tỉnh Đắk Lắk"));

        assertThat(problems(nights)).containsExactly(
                "nights[5].date: Đêm 19/10/2025: nằm ngoài thời gian chuyến đi (các đêm nghỉ từ đêm 14/10/2025 đến đêm "
                        + "18/10/2025)",
                "nights[6].date: Đêm 13/10/2025: nằm ngoài thời gian chuyến đi (các đêm nghỉ từ đêm 14/10/2025 đến đêm "
                        + "18/10/2025)");
    }

    @Test
    void aNightAtAPlaceThatIsNoLegIsRefused() {
        List<Night> nights = seedNights();
        nights.set(3, Night.at(oct(17), "tỉnh Khánh Hòa"));
        nights.set(4, Night.at(oct(18), ""));

        assertThat(problems(nights)).containsExactly(
                "nights[3].place: Đêm 17/10/2025: \"tỉnh Khánh Hòa\" không phải là nơi đến của chặng nào trong chuyến đi",
                "nights[4].place: Đêm 18/10/2025: chưa chọn nơi nghỉ");
    }

    @Test
    void nightsOfATripWithoutNightsAreRefused() {
        Delegation sameDay = seed.toBuilder().startDate(oct(14)).endDate(oct(14)).legs(List.of()).programme(List.of())
                .nights(List.of(Night.at(oct(14), "tỉnh Đắk Lắk"))).build();

        assertThat(validator.validate(sameDay)).extracting(messages::describe).contains(
                "nights[0].date: Đêm 14/10/2025: chuyến đi không có đêm nghỉ nào (chưa có ngày đi, ngày về hoặc đi về "
                        + "trong ngày)");
    }

    @Test
    void aPlanFollowingTheProgrammeIsNeverRefused() {
        assertThat(validator.validate(seed)).isEmpty();
        assertThat(seed.nights()).isEmpty();
    }
}
