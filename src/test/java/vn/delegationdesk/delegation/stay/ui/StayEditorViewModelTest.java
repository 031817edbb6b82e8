package vn.delegationdesk.delegation.stay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/** The stay tab without a screen, on the seed's draft: what the clerk sees and what each edit stores. */
class StayEditorViewModelTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";
    private static final String HOTEL = "Khách sạn Sài Gòn – Đà Lạt";

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private DelegationDraft draft;
    private StayEditorViewModel stay;

    @BeforeEach
    void setUp() {
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        stay = new StayEditorViewModel(draft, messages, dialogs);
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @Test
    void theSeedShowsItsFiveNightsWhereTheProgrammeHasTheGroupSleep() {
        assertThat(stay.rows()).extracting(NightRow::night).containsExactly("Thứ Ba, 14/10/2025", "Thứ Tư, 15/10/2025",
                "Thứ Năm, 16/10/2025", "Thứ Sáu, 17/10/2025", "Thứ Bảy, 18/10/2025");
        assertThat(stay.rows()).extracting(NightRow::place).containsExactly(DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG, LAM_DONG);
        assertThat(stay.rows()).extracting(NightRow::hotel).containsOnly("");
        assertThat(stay.places()).containsExactly(DAK_LAK, LAM_DONG);
        assertThat(stay.editedProperty().get()).isFalse();
        assertThat(stay.resetUnavailableProperty().get())
                .isEqualTo("Nơi nghỉ đang theo lịch di chuyển của chương trình; chưa có đêm nào được sửa.");
        assertThat(stay.statusProperty().get()).isEqualTo("Theo chương trình làm việc: nơi nghỉ đổi theo lịch di chuyển");
        assertThat(stay.stays()).containsExactly(
                "tỉnh Đắk Lắk · (chưa nhập khách sạn): Nhận phòng 14/10/2025 – trả phòng 16/10/2025, 2 đêm",
                "tỉnh Lâm Đồng · (chưa nhập khách sạn): Nhận phòng 16/10/2025 – trả phòng 19/10/2025, 3 đêm");
        // The draft opens on its first night, ready to type.
        assertThat(stay.nightProperty().get()).isEqualTo("Đêm Thứ Ba, 14/10/2025");
        assertThat(stay.placeProperty().get()).isEqualTo(DAK_LAK);
    }

    @Test
    void theHotelTypedOnTheFirstNightOfAStayFillsTheStaysNights() {
        stay.selectedProperty().set(2);
        stay.hotelProperty().set(HOTEL);
        stay.addressProperty().set("Số 2 Hồ Tùng Mậu, phường Xuân Hương, Đà Lạt");
        stay.phoneProperty().set("0263 3822 461");

        assertThat(stay.rows()).extracting(NightRow::hotel).containsExactly("", "", HOTEL, HOTEL, HOTEL);
        assertThat(stay.rows().get(4).phone()).isEqualTo("0263 3822 461");
        assertThat(stay.editedProperty().get()).isTrue();
        assertThat(stay.resetUnavailableProperty().get()).isEmpty();
        assertThat(stay.statusProperty().get()).startsWith("Đã chỉnh sửa");
        assertThat(stay.stays()).containsExactly(
                "tỉnh Đắk Lắk · (chưa nhập khách sạn): Nhận phòng 14/10/2025 – trả phòng 16/10/2025, 2 đêm",
                "tỉnh Lâm Đồng · Khách sạn Sài Gòn – Đà Lạt: Nhận phòng 16/10/2025 – trả phòng 19/10/2025, 3 đêm");
        assertThat(draft.get().nights()).hasSize(5);
        assertThat(StayPlans.of(draft.get()).nightOn(oct(18)).orElseThrow().accommodation().address())
                .isEqualTo("Số 2 Hồ Tùng Mậu, phường Xuân Hương, Đà Lạt");
        assertThat(draft.errors()).isEmpty();
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void withoutTheWholeStayOnlyThatNightChangesAndTheStaySplits() {
        stay.selectedProperty().set(2);
        stay.hotelProperty().set(HOTEL);
        stay.selectedProperty().set(4);
        stay.wholeStayProperty().set(false);
        stay.hotelProperty().set("Khách sạn Mường Thanh Đà Lạt");
        stay.hostProvidesProperty().set(true);

        assertThat(stay.rows()).extracting(NightRow::hotel).containsExactly("", "", HOTEL, HOTEL, "Khách sạn Mường Thanh Đà Lạt");
        assertThat(stay.rows()).extracting(NightRow::hostProvides).containsExactly(false, false, false, false, true);
        assertThat(stay.stays()).hasSize(3).last().asString()
                .isEqualTo("tỉnh Lâm Đồng · Khách sạn Mường Thanh Đà Lạt: Nhận phòng 18/10/2025 – trả phòng 19/10/2025, 1 đêm"
                        + " (đơn vị nơi đến bố trí phòng)");
    }

    @Test
    void aNightMovedToAnotherStopIsStoredAndTheTableCheckBoxSetsTheHost() {
        stay.selectedProperty().set(2);
        stay.placeProperty().set(DAK_LAK);
        stay.setHostProvides(0, true);

        assertThat(stay.rows()).extracting(NightRow::place).containsExactly(DAK_LAK, DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG);
        assertThat(stay.rows().get(0).hostProvides()).isTrue();
        assertThat(StayPlans.of(draft.get()).nightsAt(DAK_LAK)).hasSize(3);
    }

    @Test
    void goingBackToTheProgrammeAsksAndKeepsTheEditsWhenRefused() {
        stay.selectedProperty().set(2);
        stay.hotelProperty().set(HOTEL);

        dialogs.answer(false);
        stay.followProgramme();
        assertThat(dialogs.shown("confirm")).extracting(RecordingDialogService.Shown::title)
                .containsExactly("Lấy lại nơi nghỉ theo chương trình?");
        assertThat(dialogs.confirmedActions()).containsExactly("Lấy lại theo chương trình");
        assertThat(stay.rows().get(2).hotel()).isEqualTo(HOTEL);

        dialogs.answer(true);
        stay.followProgramme();
        assertThat(stay.rows()).extracting(NightRow::hotel).containsOnly("");
        assertThat(draft.get().nights()).isEmpty();
        assertThat(stay.editedProperty().get()).isFalse();
        assertThat(stay.statusProperty().get()).isEqualTo("Theo chương trình làm việc: nơi nghỉ đổi theo lịch di chuyển");
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void aShorterTripKeepsTheHotelsOfTheNightsItStillHas() {
        stay.selectedProperty().set(2);
        stay.hotelProperty().set(HOTEL);

        Delegation d = draft.get();
        List<Leg> legs = new ArrayList<>(d.legs());
        Leg last = legs.get(1);
        legs.set(1, new Leg(last.place(), last.city(), last.startDate(), oct(18), last.summary()));
        draft.update(b -> b.legs(legs).endDate(oct(18)));

        assertThat(draft.get().nights()).extracting(Night::date).containsExactly(oct(14), oct(15), oct(16), oct(17));
        assertThat(stay.rows()).extracting(NightRow::hotel).containsExactly("", "", HOTEL, HOTEL);
        assertThat(draft.errorsUnder("nights")).isEmpty();
    }

    @Test
    void aStoredNightAtNoLegIsAProblemOfItsRow() {
        Delegation d = draft.get();
        List<Night> nights = new ArrayList<>(StayPlans.of(d).nights());
        nights.set(2, nights.get(2).withPlace("tỉnh Khánh Hòa"));
        draft.update(b -> b.nights(nights));

        assertThat(stay.rows().get(2).problem())
                .isEqualTo("Đêm 16/10/2025: \"tỉnh Khánh Hòa\" không phải là nơi đến của chặng nào trong chuyến đi");
        assertThat(stay.problems()).containsExactly(stay.rows().get(2).problem());
    }
}
