package vn.delegationdesk.documents.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.OfficialHeader;

/** Header lines fit their column: at size, a point smaller, or in two lines broken where the name breaks. */
class LineFitTest {
    /** The left header column with 30/15 mm margins: 40 % of 165 mm. */
    private static final float LEFT_COLUMN = 165 * 0.4f * 72 / 25.4f;
    private static final float RIGHT_COLUMN = 165 * 0.6f * 72 / 25.4f;

    @Test
    void aShortNameKeepsItsSizeOnOneLine() {
        assertThat(LineFit.of("SỞ VĂN HÓA VÀ THỂ THAO", Face.BOLD, 13, 12, LEFT_COLUMN))
                .isEqualTo(new LineFit(13, List.of("SỞ VĂN HÓA VÀ THỂ THAO")));
    }

    @Test
    void theNationFitsTheRightColumnAtTwelvePoints() {
        assertThat(LiberationSerif.width(OfficialHeader.NATION, Face.BOLD, 12)).isLessThan(RIGHT_COLUMN);
        assertThat(LineFit.of(OfficialHeader.NATION, Face.BOLD, 12, 12, RIGHT_COLUMN).lines()).hasSize(1);
    }

    @Test
    void aLongNameBreaksBeforeThePlaceRatherThanLeavingAWordAlone() {
        LineFit fit = LineFit.of("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", Face.REGULAR, 13, 12, LEFT_COLUMN);
        assertThat(fit.lines()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI");
        assertThat(fit.text()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI");
        assertThat(fit.width(Face.REGULAR)).isLessThan(LEFT_COLUMN);
    }

    @Test
    void aNameThatFitsAPointSmallerIsSetAtTwelve() {
        String name = "UBND THÀNH PHỐ HỒ CHÍ MINH";
        float width = LiberationSerif.width(name, Face.REGULAR, 12.5f);
        assertThat(LineFit.of(name, Face.REGULAR, 13, 12, width)).isEqualTo(new LineFit(12, List.of(name)));
    }
}
