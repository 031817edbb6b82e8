package vn.delegationdesk.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.reading.Normalised.Paragraph;

class NormalisedTest {
    private static List<Passage> lines(String... texts) {
        List<Passage> passages = new ArrayList<>();
        for (String text : texts) {
            passages.add(Passage.paragraph(passages.size(), text, false));
        }
        return passages;
    }

    @Test
    void rangeDashesOfEveryKindReadAsOne() {
        assertEquals("(20–30 cuộc/năm)", Normalised.text("(20-30 cuộc/năm)"));
        assertEquals("30–40 trang", Normalised.text("30- 40 trang"));
        assertEquals("03–05 cuộc", Normalised.text("03\u201105 cuộc"));
        assertEquals("12–15 phút", Normalised.text("12 \u2014 15 phút"));
        assertEquals("Hà Nội - Thành phố sáng tạo", Normalised.text("Hà Nội - Thành phố sáng tạo"), "a dash between words stays");
    }

    @Test
    void decomposedTextBoldMarksFootnotesAndSpacesAreCleaned() {
        String nfd = Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD);
        assertEquals("Kế hoạch số 370-KH/TU của Tỉnh ủy, Ủy ban", Normalised.text("**" + nfd + "  số 370-KH/TU của Tỉnh ủy¹, Ủy ban**"));
    }

    @Test
    void leadingZerosAndThousandsAreNumbers() {
        assertEquals(3, Normalised.number("03").orElseThrow());
        assertEquals(13_000, Normalised.number("13.000").orElseThrow());
        assertTrue(Normalised.number("ba").isEmpty());
    }

    @Test
    void weekdaysInAnyCaseAndForm() {
        assertEquals(Optional.of(DayOfWeek.TUESDAY), Normalised.weekday("Ngày 14/10/2025 (Thứ Ba)"));
        assertEquals(Optional.of(DayOfWeek.TUESDAY), Normalised.weekday("(thứ ba)"));
        assertEquals(Optional.of(DayOfWeek.WEDNESDAY), Normalised.weekday(Normalizer.normalize("thứ Tư", Normalizer.Form.NFD)));
        assertEquals(Optional.of(DayOfWeek.SUNDAY), Normalised.weekday("Chủ nhật"));
        assertEquals(Optional.empty(), Normalised.weekday("Buổi sáng"));
    }

    @Test
    void linesBrokenMidSentenceAreJoinedAndNumberingStartsAParagraph() {
        List<Paragraph> paragraphs = Normalised.paragraphs(lines(
                "Thực hiện Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành ",
                "",
                "phố Hà Nội về việc thực hiện các sáng kiến.",
                "1. Tham dự các Hội nghị, diễn đàn Mạng lưới trong khu vực Đông ",
                "",
                "Nam Á, châu Á và toàn cầu theo các chương trình của UNESCO  ",
                "1.1. Nội dung: ",
                " - Tham gia các phiên họp online",
                "I. Mục đích",
                "Triển khai các hoạt động"));
        assertEquals(List.of(
                "Thực hiện Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội về việc thực hiện các sáng kiến.",
                "1. Tham dự các Hội nghị, diễn đàn Mạng lưới trong khu vực Đông Nam Á, châu Á và toàn cầu theo các chương trình của UNESCO",
                "1.1. Nội dung:", "- Tham gia các phiên họp online", "I. Mục đích", "Triển khai các hoạt động"),
                paragraphs.stream().map(Paragraph::text).toList());
        assertEquals(List.of(0, 2), paragraphs.get(0).passages(), "the blank line is no part of it");
    }

    @Test
    void aBoldBlockIsOneParagraphAndEndsWithItsMarks() {
        List<Paragraph> paragraphs = Normalised.paragraphs(lines(
                "**Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025",
                "của Thủ tướng Chính phủ ban hành Kế hoạch**",
                "Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ"));
        assertEquals(2, paragraphs.size());
        assertTrue(paragraphs.get(0).bold());
        assertEquals("Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ ban hành Kế hoạch",
                paragraphs.get(0).text());
    }
}
