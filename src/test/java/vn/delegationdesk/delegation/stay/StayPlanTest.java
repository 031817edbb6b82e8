package vn.delegationdesk.delegation.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StayPlanTest {
    private static final Accommodation SAI_GON_BMT = new Accommodation("Khách sạn Sài Gòn - Ban Mê",
            "01 Phan Chu Trinh, Buôn Ma Thuột", "0262 3858 888", false);
    private static final Accommodation HOST = new Accommodation("Nhà khách Tỉnh ủy", "", "", true);

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static StayPlan seed() {
        return new StayPlan(List.of(Night.at(oct(14), "tỉnh Đắk Lắk"), Night.at(oct(15), "tỉnh Đắk Lắk"),
                Night.at(oct(16), "tỉnh Lâm Đồng"), Night.at(oct(17), "tỉnh Lâm Đồng"), Night.at(oct(18), "tỉnh Lâm Đồng")),
                true);
    }

    @Test
    void consecutiveNightsInOneAccommodationAreOneStayCheckingOutTheMorningAfter() {
        assertThat(seed().stays()).extracting(Stay::place, Stay::checkIn, Stay::checkOut, Stay::nights).containsExactly(
                tuple("tỉnh Đắk Lắk", oct(14), oct(16), 2L), tuple("tỉnh Lâm Đồng", oct(16), oct(19), 3L));
    }

    @Test
    void aChangeOfHotelStartsANewStay() {
        StayPlan plan = seed().withAccommodation(oct(14), oct(16), SAI_GON_BMT)
                .withNight(Night.at(oct(17), "tỉnh Lâm Đồng").withAccommodation(HOST));

        assertThat(plan.derived()).isFalse();
        assertThat(plan.stays()).extracting(s -> s.accommodation().hotel(), Stay::checkIn, Stay::checkOut).containsExactly(
                tuple("Khách sạn Sài Gòn - Ban Mê", oct(14), oct(16)), tuple("", oct(16), oct(17)),
                tuple("Nhà khách Tỉnh ủy", oct(17), oct(18)), tuple("", oct(18), oct(19)));
        assertThat(plan.nightsAt("tỉnh Lâm Đồng")).hasSize(3);
        assertThat(plan.nightOn(oct(17)).orElseThrow().accommodation().hostProvides()).isTrue();
        assertThat(plan.placeOn(oct(19))).isEmpty();
    }

    @Test
    void aMissingNightSplitsTheStay() {
        StayPlan plan = new StayPlan(List.of(Night.at(oct(16), "A"), Night.at(oct(14), "A")), false);

        assertThat(plan.nights()).extracting(Night::date).containsExactly(oct(14), oct(16));
        assertThat(plan.stays()).extracting(Stay::checkIn, Stay::checkOut)
                .containsExactly(tuple(oct(14), oct(15)), tuple(oct(16), oct(17)));
        assertThat(plan.stays().get(0).dates()).containsExactly(oct(14));
    }
}
