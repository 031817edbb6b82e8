package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SmallDelegation;

class FileNamesTest {
    private static final Delegation SAMPLE = SampleDelegation.create();

    @Test
    void theSampleDelegationsFilesAreNamedForItsPlacesAndMonth() {
        assertThat(FileNames.forDelegation("Dự toán", SAMPLE, "xlsx")).isEqualTo("Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx");
        assertThat(FileNames.forDelegation("Kế hoạch", SAMPLE, "pdf")).isEqualTo("Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf");
        assertThat(FileNames.forDelegation("Giấy đi đường", SAMPLE, "pdf"))
                .isEqualTo("Giay-di-duong_Dak-Lak-Lam-Dong_10-2025.pdf");
        assertThat(FileNames.forDelegation("Giấy đi đường", "Đặng Thị Hằng", SAMPLE, "pdf"))
                .isEqualTo("Giay-di-duong_Dang-Thi-Hang_Dak-Lak-Lam-Dong_10-2025.pdf");
    }

    @Test
    void twoDelegationsGiveDifferentNames() {
        String sample = FileNames.forDelegation("Dự toán", SAMPLE, "xlsx");
        String small = FileNames.forDelegation("Dự toán", SmallDelegation.create(), "xlsx");

        assertThat(small).isEqualTo("Du-toan_Hue_11-2025.xlsx").isNotEqualTo(sample);
    }

    @Test
    void theSameTripInAnotherMonthIsAnotherName() {
        Delegation later = SAMPLE.toBuilder().startDate(LocalDate.of(2026, 3, 2)).build();

        assertThat(FileNames.forDelegation("Dự toán", later, "xlsx")).isEqualTo("Du-toan_Dak-Lak-Lam-Dong_03-2026.xlsx");
    }

    @Test
    void placeKindsAreDroppedButPlacesThatMerelyLookLikeThemAreKept() {
        Delegation trip = SAMPLE.toBuilder().legs(List.of(
                leg("Thành phố Hồ Chí Minh"), leg("TP. Cần Thơ"), leg("thị xã Sơn Tây"), leg("Tịnh Biên"), leg("tỉnh Đắk Lắk"),
                leg("Đắk Lắk"))).build();

        assertThat(FileNames.forDelegation("Kế hoạch", trip, "pdf"))
                .isEqualTo("Ke-hoach_Ho-Chi-Minh-Can-Tho-Son-Tay-Tinh-Bien-Dak-Lak_10-2025.pdf");
    }

    @Test
    void withoutPlacesTheTitleNamesTheFileAndWithoutDatesTheMonthIsLeftOut() {
        Delegation undecided = SAMPLE.toBuilder().legs(List.of()).programme(List.of()).startDate(null).endDate(null)
                .title("Tổ chức Đoàn công tác học tập kinh nghiệm về chuyển đổi số tại Đà Nẵng").build();

        assertThat(FileNames.forDelegation("Dự toán", undecided, "xlsx"))
                .isEqualTo("Du-toan_Doan-cong-tac-hoc-tap-kinh-nghiem-ve-chuyen-doi.xlsx");
    }

    @Test
    void charactersWindowsForbidsBecomeSeparatorsAndRunsCollapse() {
        assertThat(FileNames.of("json", "Định mức", "12/2025/TT-BTC")).isEqualTo("Dinh-muc_12-2025-TT-BTC.json");
        assertThat(FileNames.of("pdf", "a<b>c:d\"e/f\\g|h?i*j", " \t..x\u0000y.. ")).isEqualTo("a-b-c-d-e-f-g-h-i-j_x-y.pdf");
        assertThat(FileNames.part("--Đoàn   Đắk Lắk -- Lâm Đồng--")).isEqualTo("Doan-Dak-Lak-Lam-Dong");
        assertThat(FileNames.part("ĐĂK NÔNG, Quảng Trị; Ưu đãi")).isEqualTo("DAK-NONG-Quang-Tri-Uu-dai");
    }

    @Test
    void namesWindowsReservesGetASuffixAndAnEmptyNameAWord() {
        assertThat(FileNames.of("txt", "con")).isEqualTo("con_.txt");
        assertThat(FileNames.of("pdf", "LPT1")).isEqualTo("LPT1_.pdf");
        assertThat(FileNames.of("pdf", "Console")).isEqualTo("Console.pdf");
        assertThat(FileNames.of("pdf", "", null, "?!")).isEqualTo("Tep.pdf");
        assertThat(FileNames.of(".PDF", "Kế hoạch")).isEqualTo("Ke-hoach.pdf");
    }

    @Test
    void longNamesAreCutBetweenWords() {
        String long1 = "Báo cáo kết quả chuyến công tác học tập kinh nghiệm thực tế về phát triển công nghiệp văn hóa"
                + " và du lịch cộng đồng";

        String name = FileNames.of("docx", long1, "10-2025");

        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX_BASE + ".docx".length()).endsWith(".docx");
        assertThat(name).isEqualTo("Bao-cao-ket-qua-chuyen-cong-tac-hoc-tap-kinh-nghiem-thuc-te-ve-phat-trien-cong.docx");
        assertThat(FileNames.of("pdf", "x".repeat(200))).isEqualTo("x".repeat(FileNames.MAX_BASE) + ".pdf");
    }

    private static Leg leg(String place) {
        return new Leg(place, "", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 15), "");
    }
}
