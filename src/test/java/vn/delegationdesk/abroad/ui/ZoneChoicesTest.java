package vn.delegationdesk.abroad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The zones offered in "Đi nước ngoài": real IANA ids with their offset at the instant shown and a Vietnamese place. */
class ZoneChoicesTest {
    private static final Instant WINTER = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T00:00:00Z");

    @Test
    void theListStartsWithVietNamAndHoldsTheCommonZonesEachARealId() {
        assertThat(ZoneChoices.ids()).startsWith("Asia/Ho_Chi_Minh").contains("Asia/Seoul", "Asia/Tokyo", "Asia/Shanghai",
                "Asia/Bangkok", "Asia/Singapore", "Europe/Paris", "Europe/London", "America/Los_Angeles", "America/New_York",
                "Australia/Sydney").hasSizeBetween(20, 35).doesNotHaveDuplicates();
        assertThat(ZoneChoices.ids()).allSatisfy(id -> assertThat(ZoneId.of(id).getId()).isEqualTo(id));
    }

    @Test
    void aLabelShowsTheIdTheOffsetAtThatInstantAndThePlace() {
        assertThat(ZoneChoices.label("Asia/Seoul", WINTER)).isEqualTo("Asia/Seoul (UTC+9, Seoul)");
        assertThat(ZoneChoices.label("Asia/Ho_Chi_Minh", WINTER)).isEqualTo("Asia/Ho_Chi_Minh (UTC+7, Hà Nội, TP. Hồ Chí Minh)");
        assertThat(ZoneChoices.label("Europe/Paris", WINTER)).isEqualTo("Europe/Paris (UTC+1, Pa-ri)");
        assertThat(ZoneChoices.label("Europe/Paris", SUMMER)).isEqualTo("Europe/Paris (UTC+2, Pa-ri)");
        assertThat(ZoneChoices.label("America/Los_Angeles", WINTER))
                .isEqualTo("America/Los_Angeles (UTC-8, Lốt An-giơ-lét, Xan Phran-xi-xcô)");
        assertThat(ZoneChoices.label("Asia/Kolkata", WINTER)).isEqualTo("Asia/Kolkata (UTC+5:30, Niu Đê-li)");
        assertThat(ZoneChoices.label("Europe/London", WINTER)).isEqualTo("Europe/London (UTC+0, Luân Đôn)");
        // Not in the list: still shown with its offset; not a zone: shown as typed.
        assertThat(ZoneChoices.label("Asia/Kathmandu", WINTER)).isEqualTo("Asia/Kathmandu (UTC+5:45)");
        assertThat(ZoneChoices.label("Seoul", WINTER)).isEqualTo("Seoul");
    }

    @Test
    void theIdIsReadFromALabelOrTakenAsTyped() {
        assertThat(ZoneChoices.idOf("Asia/Seoul (UTC+9, Seoul)")).isEqualTo("Asia/Seoul");
        assertThat(ZoneChoices.idOf("  Asia/Tokyo ")).isEqualTo("Asia/Tokyo");
        assertThat(ZoneChoices.idOf("Africa/Nairobi")).isEqualTo("Africa/Nairobi");
        assertThat(ZoneChoices.idOf("Seoul (Hàn Quốc)")).isEqualTo("Seoul (Hàn Quốc)");
        assertThat(ZoneChoices.idOf(null)).isEmpty();
    }
}
