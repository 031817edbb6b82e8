package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The itinerary, the member list and the travel orders read back from their PDFs: where the group sleeps, as one
 * stay plan says it, and the activities' clock times.
 */
class StayDocumentsPdfTest {
    static final Accommodation HOTEL = new Accommodation("Khách sạn Mường Thanh Luxury Phan Thiết",
            "55 Tôn Đức Thắng, phường Phú Thủy", "0252 3819 999", false);

    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void theItineraryEndsEachDayButTheLastWithTheNightsStop() {
        String text = itinerary(SampleDelegation.create().withId(1L));

        assertThat(between(text, "Thứ Tư, ngày 15/10/2025", "Thứ Năm, ngày 16/10/2025")).contains("Nghỉ đêm tại tỉnh Đắk Lắk");
        assertThat(between(text, "Thứ Năm, ngày 16/10/2025", "Thứ Sáu, ngày 17/10/2025")).contains("Nghỉ đêm tại tỉnh Lâm Đồng")
                .doesNotContain("Nghỉ đêm tại tỉnh Đắk Lắk");
        assertThat(text.substring(text.indexOf("Chủ nhật, ngày 19/10/2025"))).doesNotContain("Nghỉ đêm");
        assertThat(text.split("Nghỉ đêm tại", -1)).hasSize(6);
    }

    @Test
    void theItineraryNamesTheHotelTypedForTheNights() {
        String text = itinerary(withHotel(SampleDelegation.create().withId(1L)));

        assertThat(flat(between(text, "Thứ Sáu, ngày 17/10/2025", "Thứ Bảy, ngày 18/10/2025")))
                .contains("Nghỉ đêm tại Khách sạn Mường Thanh Luxury Phan Thiết, 55 Tôn Đức Thắng, phường Phú Thủy "
                        + "(tỉnh Lâm Đồng)");
        assertThat(between(text, "Thứ Tư, ngày 15/10/2025", "Thứ Năm, ngày 16/10/2025")).contains("Nghỉ đêm tại tỉnh Đắk Lắk");
    }

    @Test
    void anActivityWithClockTimesShowsThemInsteadOfItsSession() {
        Delegation sample = SampleDelegation.create().withId(1L);
        List<ProgrammeDay> programme = new ArrayList<>(sample.programme());
        ProgrammeDay first = programme.get(0);
        List<Activity> activities = new ArrayList<>(first.activities());
        activities.set(0, activities.get(0).withTimes(LocalTime.of(8, 0), LocalTime.of(11, 30)));
        programme.set(0, new ProgrammeDay(first.date(), activities));

        String text = itinerary(sample.toBuilder().programme(programme).build());

        assertThat(text).contains("08:00–11:30");
        assertThat(between(text, "Thứ Ba, ngày 14/10/2025", "Đoàn xuất phát")).doesNotContain("Sáng");
    }

    @Test
    void theMemberListGivesEachStayItsHeadingWithTheSameRoomsUnderIt() {
        String text = flat(PdfPages.allText(pack.render(DocumentFile.MEMBER_LIST_PDF, source(withHotel(SampleDelegation.create()
                .withId(1L))))));
        String rooming = text.substring(text.indexOf("II. DANH SÁCH XẾP PHÒNG"));

        assertThat(rooming).contains("1. Nơi lưu trú: tỉnh Đắk Lắk — nhận phòng 14/10/2025, trả phòng 16/10/2025 (2 đêm)")
                .contains("2. Khách sạn Mường Thanh Luxury Phan Thiết, địa chỉ 55 Tôn Đức Thắng, phường Phú Thủy, điện thoại "
                        + "0252 3819 999 — nhận phòng 16/10/2025, trả phòng 19/10/2025 (3 đêm)");
        String first = between(rooming, "1. Nơi lưu trú", "2. Khách sạn");
        String second = rooming.substring(rooming.indexOf("2. Khách sạn"));
        String head = SampleDelegation.create().head().orElseThrow().fullName();
        assertThat(first).contains("Phòng Họ và tên", head + " Nữ");
        assertThat(second).contains("Phòng Họ và tên", head + " Nữ");
    }

    @Test
    void aStayTheHostProvidesIsListedAndSaysSo() {
        Delegation sample = SampleDelegation.create().withId(1L);
        Accommodation guestHouse = new Accommodation("Nhà khách Tỉnh ủy Đắk Lắk", "", "", true);
        Delegation hosted = StayPlans.edited(sample, StayPlans.of(sample).withAccommodation(LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 16), guestHouse));

        String text = flat(PdfPages.allText(pack.render(DocumentFile.MEMBER_LIST_PDF, source(hosted))));

        assertThat(text).contains("1. Nhà khách Tỉnh ủy Đắk Lắk — nhận phòng 14/10/2025, trả phòng 16/10/2025 (2 đêm); "
                + "phòng do đơn vị nơi đến bố trí")
                .contains("2. Nơi lưu trú: tỉnh Lâm Đồng — nhận phòng 16/10/2025, trả phòng 19/10/2025 (3 đêm)");
    }

    @Test
    void theTravelOrdersStopWhereTheGroupSleeps() {
        List<String> pages = PdfPages.text(pack.render(DocumentFile.TRAVEL_ORDERS_PDF, source(SampleDelegation.create()
                .withId(1L))));
        String first = flat(pages.get(0));

        // 14→16/10 at Buôn Ma Thuột (nights 14 and 15), 16→19/10 at Bình Thuận (nights 16, 17 and 18).
        // Each row's first line, then the province under the place.
        assertThat(first).contains("Nơi đến: Buôn Ma Thuột 14/10/2025 3 (tỉnh Đắk Lắk) Nơi đi: Buôn Ma Thuột 16/10/2025 Ô tô "
                + "(tỉnh Đắk Lắk) Nơi đến: Bình Thuận 16/10/2025 4 (tỉnh Lâm Đồng) Nơi đi: Bình Thuận 19/10/2025 Máy bay");
    }

    private String itinerary(Delegation d) {
        return PdfPages.allText(pack.render(DocumentFile.ITINERARY_PDF, source(d)));
    }

    static Delegation withHotel(Delegation d) {
        return StayPlans.edited(d, StayPlans.of(d).withAccommodation(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 19),
                HOTEL));
    }

    static DocumentSource source(Delegation d) {
        return new DocumentSource(d, DocumentSettings.defaults(), SampleEstimates.priced());
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = text.indexOf(to, start);
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }

    /** The text with its line breaks as spaces: a long line wraps in its cell. */
    static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s*\\n\\s*", " ");
    }
}
