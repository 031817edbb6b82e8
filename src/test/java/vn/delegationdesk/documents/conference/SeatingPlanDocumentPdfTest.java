package vn.delegationdesk.documents.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.ProtocolSeating;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SeatingDelegates;

/**
 * The seating plan of a 180-delegate conference (a head table of five and ten rows of twenty) written as PDF and read
 * back: the plan on page 1 with the head table's names in full and in protocol order as seen from the hall, the legend,
 * and the list by seat naming every delegate exactly once with their seat. Set -Dseating.pdf=DIR to keep the PDF.
 */
class SeatingPlanDocumentPdfTest {
    static Conference conference() {
        return SeatingDelegates.conference();
    }

    static List<Delegate> delegates(int count) {
        return SeatingDelegates.of(count);
    }

    private static byte[] pdf(PrintedDocument document, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter().write(document, out);
        byte[] bytes = out.toByteArray();
        String folder = System.getProperty("seating.pdf");
        if (folder != null) {
            Files.write(Path.of(folder, name), bytes);
        }
        return bytes;
    }

    private static int occurrences(String text, String name) {
        Matcher matcher = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theSeatingOfOneHundredEightyDelegatesReadsBackWithTheHeadTableInProtocolOrderAndEveryNameOnceInTheList()
            throws IOException {
        List<Delegate> delegates = delegates(180);
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.theatre(5, 10, 20), delegates);
        List<String> pages = PdfPages.text(pdf(new SeatingPlanDocument().build(conference(), plan), "so-do-cho-ngoi-180.pdf"));

        String first = pages.get(0);
        assertThat(first).contains("SƠ ĐỒ BỐ TRÍ CHỖ NGỒI", "BÀN CHỦ TỌA", "HỘI TRƯỜNG", "Hàng 1", "Hàng 10", "Ghế 20",
                "Ghi chú:", "bên phải chủ tọa là bên trái của sơ đồ");
        assertThat(first).doesNotContain("DANH SÁCH CHỖ NGỒI");
        // The head table as seen from the hall: 4, 2, 1, 3, 5 left to right, each name in full once on the plan.
        List<String> head = List.of(delegates.get(3).fullName(), delegates.get(1).fullName(), delegates.get(0).fullName(),
                delegates.get(2).fullName(), delegates.get(4).fullName());
        String headLine = first.lines().filter(line -> line.contains(head.get(0))).findFirst().orElseThrow();
        assertThat(headLine).containsSubsequence(head.toArray(String[]::new));
        for (String name : head) {
            assertThat(occurrences(first, name)).as(name).isEqualTo(1);
        }

        String list = String.join("\n", pages.subList(1, pages.size()));
        assertThat(pages.get(1)).contains("DANH SÁCH CHỖ NGỒI", "STT Chỗ ngồi Họ và tên Chức vụ, đơn vị Thứ tự ưu tiên");
        assertThat(list).doesNotContain("chưa có chỗ");
        for (Delegate delegate : delegates) {
            assertThat(occurrences(list, delegate.fullName())).as(delegate.fullName()).isEqualTo(1);
        }
        assertThat(list).contains("1 Bàn chủ tọa, ghế 1 " + delegates.get(3).fullName(),
                "3 Bàn chủ tọa, ghế 3 " + delegates.get(0).fullName(),
                "16 Hàng 1, ghế 11 " + delegates.get(5).fullName());
    }

    @Test
    void delegatesTheHallCannotTakeAreListedUnderTheirOwnHeadingAndAWideHallAndALongHeadTableGoInBlocks() throws IOException {
        List<Delegate> delegates = delegates(200);
        SeatingPlan plan = ProtocolSeating.assign(HallLayout.tables(12, 3, 40), delegates);
        List<String> pages = PdfPages.text(pdf(new SeatingPlanDocument().build(conference(), plan), "so-do-cho-ngoi-ban.pdf"));
        String all = String.join("\n", pages);

        assertThat(all).contains("Bàn 3", "Ghế 20", "Ghế 21", "Ghế 40", "Đại biểu chưa có chỗ ngồi (68)", "Các ghế từ 21 đến 40",
                "Các ghế từ 1 đến 6", "Các ghế từ 7 đến 12");
        assertThat(all).contains("132 Bàn 3, ghế 40 ", "133 – ");
        assertThat(occurrences(pages.get(0), "Bàn 1")).as("each table named once in each of the two blocks").isEqualTo(2);
    }

    @Test
    void aNameTooWideForItsCellIsShortenedToInitialsAndTheGivenName() {
        assertThat(SeatingPlanDocument.fit("Nguyễn Văn An", Face.REGULAR, 8, 100, 2)).isEqualTo("Nguyễn Văn An");
        assertThat(SeatingPlanDocument.fit("Nguyễn Thị Phương Quỳnh", Face.REGULAR, 8, 30, 2)).isEqualTo("N.T.P. Quỳnh");
        assertThat(SeatingPlanDocument.fit("Tôn Nữ Thị Hoàng Phương", Face.REGULAR, 8, 18, 2)).isEqualTo("T.N.T.H.Phương");
    }
}
