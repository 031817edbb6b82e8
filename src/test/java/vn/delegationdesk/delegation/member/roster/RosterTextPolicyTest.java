package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The text policy on a member workbook: a stray line break or tab inside a one-line cell (Alt+Enter in Excel, a name
 * pasted from Word) becomes a space with a notice on the row; NUL, ESC, broken UTF-16 or a direction override rejects
 * the row with the column and the position named.
 */
class RosterTextPolicyTest {
    private static final Messages MESSAGES = new Messages();
    private static final List<String> HEADERS = List.of("Họ và tên", "Chức vụ", "Đơn vị cử", "Ghi chú");

    @TempDir
    Path dir;

    private final RosterPreviewer previewer = new RosterPreviewer(RosterPreviewerTest.TODAY);

    private ImportPreview preview(String... cells) {
        RosterSheet sheet = new RosterSheet("ds.xlsx", "DS", 1, HEADERS,
                List.of(new RosterRow(2, Arrays.stream(cells).map(text -> new RosterCell(text, false)).toList())));
        return previewer.preview(sheet, ColumnMapping.guess(sheet.headers(), RememberedMapping.NONE), ImportContext.EMPTY);
    }

    private static List<String> notices(ImportPreview preview) {
        return preview.accepted().get(0).notices().stream().map(n -> n.describe(MESSAGES)).toList();
    }

    @Test
    void aLineBreakInsideANameBecomesASpaceWithANotice() {
        ImportPreview preview = preview("Nguyễn Văn\r\nAn", "Phó\u000BGiám đốc", "Văn phòng \t Sở", "Dòng 1\nDòng 2");

        Member member = preview.members().get(0);
        assertThat(member.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(member.position()).isEqualTo("Phó Giám đốc");
        assertThat(member.sendingUnit()).isEqualTo("Văn phòng Sở");
        assertThat(member.notes()).as("notes keep their lines").isEqualTo("Dòng 1\nDòng 2");
        assertThat(notices(preview)).containsExactly(
                "Họ và tên: dấu xuống dòng hoặc tab trong ô đã được thay bằng dấu cách",
                "Chức vụ: dấu xuống dòng hoặc tab trong ô đã được thay bằng dấu cách",
                "Đơn vị cử: dấu xuống dòng hoặc tab trong ô đã được thay bằng dấu cách");
    }

    @Test
    void wordsManualLineBreakInTheNotesBecomesAnOrdinaryOne() {
        ImportPreview preview = preview("Nguyễn Văn An", "", "", "Ăn chay\u000BĐi muộn một ngày");

        assertThat(preview.members().get(0).notes()).isEqualTo("Ăn chay\nĐi muộn một ngày");
        assertThat(notices(preview))
                .containsExactly("Ghi chú: dấu ngắt dòng của Word trong ô đã được đổi thành dấu xuống dòng thường");
    }

    @Test
    void controlCharactersBrokenUtf16AndOverridesRejectTheRowNamingColumnAndPosition() {
        ImportPreview preview = preview("Nguyễn Văn \u001b An", "Phó Giám đốc\u0000", "Phòng \u202Eabc", "Ghi \uD800");

        assertThat(preview.accepted()).isEmpty();
        assertThat(preview.rejected().get(0).describe(MESSAGES)).isEqualTo("Dòng 2: "
                + "Họ và tên: có ký tự điều khiển không in được (U+001B) ở vị trí 12; "
                + "Chức vụ: có ký tự điều khiển không in được (U+0000) ở vị trí 13; "
                + "Đơn vị cử: có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 7, có thể làm chữ hiện khác với nội dung thật; "
                + "Ghi chú: có ký tự hỏng (U+D800, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 5");
    }

    @Test
    void aNameLongerThanTheStoreKeepsIsRejectedWithTheLimit() {
        ImportPreview preview = preview("Đ".repeat(301), "", "", "");

        assertThat(preview.rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 2: Họ và tên dài 301 ký tự, vượt quá 300 ký tự cho phép");
    }

    @Test
    void excelsEscapedCarriageReturnAndEscapeComeThroughAWorkbook() throws IOException {
        // In the file Excel writes a carriage return and ESC as the escapes _x000D_ and _x001B_; the reader decodes them.
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Đơn vị cử")
                .row("Trần Thị_x000D_\nBình", "Văn phòng Sở")
                .row("Lê Văn_x001B_Cường", "Văn phòng Sở");
        RosterSheet sheet = new WorkbookReader().read(book.save(dir.resolve("ds.xlsx")));

        ImportPreview preview = previewer.preview(sheet, ColumnMapping.guess(sheet.headers(), RememberedMapping.NONE),
                ImportContext.EMPTY);

        assertThat(preview.members()).extracting(Member::fullName).containsExactly("Trần Thị Bình");
        assertThat(preview.accepted().get(0).notices()).extracting(n -> n.describe(MESSAGES))
                .containsExactly("Họ và tên: dấu xuống dòng hoặc tab trong ô đã được thay bằng dấu cách");
        assertThat(preview.rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 3: Họ và tên: có ký tự điều khiển không in được (U+001B) ở vị trí 7");
    }
}
