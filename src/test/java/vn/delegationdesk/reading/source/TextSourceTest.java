package vn.delegationdesk.reading.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;

/** Issue 21's plain-text source: files in UTF-8 (with or without BOM) and UTF-16, pasted text, NFD, seed 000 itself. */
class TextSourceTest {
    private final Messages messages = new Messages();
    private final TextSource source = new TextSource();

    @TempDir
    Path dir;

    @Test
    void aUtf8FileWithByteOrderMarkGivesOnePassagePerNonBlankLine() throws IOException {
        byte[] text = "KẾ HOẠCH\r\n\r\nTổ chức Đoàn khảo sát  \r\n   \r\n\u00a0I. MỤC ĐÍCH, YÊU CẦU\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("ke-hoach.txt");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));

        SourceReading reading = source.read(file);

        assertThat(reading.document().name()).isEqualTo("ke-hoach.txt");
        assertThat(reading.document().passages()).containsExactly(
                Passage.paragraph(0, "KẾ HOẠCH", false),
                Passage.paragraph(1, "Tổ chức Đoàn khảo sát", false),
                Passage.paragraph(2, "I. MỤC ĐÍCH, YÊU CẦU", false));
        assertThat(reading.notice()).isEmpty();
    }

    @Test
    void nfdTextIsNormalisedToNfc() throws IOException {
        String nfc = "Từ ngày 14/10/2025 - 16/10/2025: Tại tỉnh Đắk Lắk (Thứ Ba)";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        Path file = dir.resolve("nfd.txt");
        Files.writeString(file, nfd + "\n", StandardCharsets.UTF_8);

        List<Passage> passages = source.read(file).document().passages();

        assertThat(passages).extracting(Passage::text).containsExactly(nfc);
    }

    @Test
    void aUtf16FileWithByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Buổi sáng: làm việc\nBuổi chiều: khảo sát".getBytes(
                StandardCharsets.UTF_16LE)));

        assertThat(source.read(file).document().passages()).extracting(Passage::text)
                .containsExactly("Buổi sáng: làm việc", "Buổi chiều: khảo sát");
    }

    @Test
    void seed000IsReadLineByLine() throws IOException {
        List<String> lines = Seed000.lines();
        Path file = dir.resolve("000_854841f01c735e9d.txt");
        Files.writeString(file, Seed000.text(), StandardCharsets.UTF_8);

        SourceDocument document = source.read(file).document();

        assertThat(document.passages()).extracting(Passage::text).containsExactlyElementsOf(lines);
        assertThat(document.passages()).extracting(Passage::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, lines.size()).boxed().toList());
        assertThat(document.passages().get(0).text()).isEqualTo("KẾ HOẠCH");
    }

    @Test
    void pastedBlankTextIsAnEmptyDocumentWithANotice() {
        SourceReading reading = source.fromText("Văn bản dán", " \n\r\n\t\n");

        assertThat(reading.document().passages()).isEmpty();
        assertThat(reading.notice()).map(phrase -> messages.get(phrase.key(), phrase.args().toArray()))
                .contains("Tệp Văn bản dán không có đoạn chữ nào để đọc.");
    }

    @Test
    void bytesThatAreNoUtf8AreRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("cu.txt");
        Files.write(file, new byte[] {'K', (byte) 0xC3, '(', 'H', '\n'});

        SourceException refused = catchThrowableOfType(SourceException.class, () -> source.read(file));

        assertThat(messages.describeFailure(refused, "; ")).isEqualTo("Tệp cu.txt không phải văn bản thuần mã UTF-8 nên không "
                + "đọc được. Hãy mở bằng Notepad, chọn Lưu thành với bảng mã UTF-8 rồi mở lại.");
    }

    @Test
    void tooManyLinesAreRefusedWithTheLimit() {
        String text = "- Buổi sáng: làm việc\n".repeat(SourceLimits.MAX_PASSAGES + 1);

        SourceException refused = catchThrowableOfType(SourceException.class, () -> source.fromText("dai.txt", text));

        assertThat(messages.describeFailure(refused, "; ")).isEqualTo("Tệp dai.txt có hơn 20.000 đoạn chữ, quá dài cho một kế "
                + "hoạch nên không được đọc; hãy chép phần kế hoạch ra một tệp riêng.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
