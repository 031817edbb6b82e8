package vn.delegationdesk.reading.source.docx;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Whether a whole paragraph is bold: every run holding text is, by its own {@code w:b} or, when it sets none, by the
 * paragraph's style (followed through "based on", at most {@link #MAX_STYLE_DEPTH} styles up).
 */
final class DocxBold {
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFStyles styles;

    DocxBold(XWPFStyles styles) {
        this.styles = styles;
    }

    boolean isBold(XWPFParagraph paragraph) {
        boolean styleBold = styleBold(paragraph.getStyleID());
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            any = true;
            CTRPr own = run.getCTR().getRPr();
            boolean bold = own != null && own.sizeOfBArray() > 0 ? POIXMLUnits.parseOnOff(own.getBArray(0)) : styleBold;
            if (!bold) {
                return false;
            }
        }
        return any;
    }

    private boolean styleBold(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return false;
            }
            CTStyle ct = style.getCTStyle();
            CTRPr properties = ct.getRPr();
            if (properties != null && properties.sizeOfBArray() > 0) {
                return POIXMLUnits.parseOnOff(properties.getBArray(0));
            }
            id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
        }
        return false;
    }
}
