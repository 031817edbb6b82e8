package vn.delegationdesk.reading.source.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.source.Seed000;
import vn.delegationdesk.reading.source.SourceReading;

class PdfSourceTest {
    @TempDir
    Path dir;

    @Test
    void seed000AsPdfGivesItsTextWithoutTheHeaderAndThePageNumbersItsLinesJoinedWhereThePageWrappedThem() throws IOException {
        Path file = dir.resolve("Kế hoạch đoàn.pdf");
        int pages = SeedPdf.write(file, Seed000.lines(), true);

        SourceReading reading = new PdfSource().read(file);

        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(reading.document().name()).isEqualTo("Kế hoạch đoàn.pdf");
        assertThat(reading.notice()).isEmpty();
        List<Passage> passages = reading.document().passages();
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(String.join(" ", Seed000.lines()));
        assertThat(passages.stream().map(Passage::text)).doesNotContain(SeedPdf.HEADER, "- 1 -", "- 2 -", "- " + pages + " -");
        assertThat(passages.get(0)).isEqualTo(Passage.paragraph(0, "KẾ HOẠCH", true));
        assertThat(passages.get(1))
                .isEqualTo(Passage.paragraph(1, "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về", false));
        assertThat(passages).filteredOn(Passage::bold).extracting(Passage::text)
                .isEqualTo(Seed000.lines().stream().filter(SeedPdf::heading).toList());
        // A line set to the page's width was wrapped: joined to the next, which is no new item.
        assertThat(passages).extracting(Passage::text).contains("định hướng đến năm 2030, tầm nhìn đến 2045; Kế hoạch 217/KH-UBND "
                + "ngày 12/8/2022 về “Phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn");
    }
}
