package vn.delegationdesk.reading.source.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.source.Seed000;

/**
 * Seed 000 as a Word document, built with POI: a paragraph per non-blank line (each split into two runs, an empty
 * paragraph after it), the headings bold ("I. MỤC ĐÍCH, YÊU CẦU" and the lines in capitals), a 2×2 table with a bold
 * title row after the {@link #TABLE_AFTER}th line, a header and a footer that a reader must leave out.
 */
public final class Seed000Docx {
    /** The table's cells, row by row. */
    public static final List<String> TABLE_CELLS = List.of("Đơn vị", "Số người", "Phòng Tổ chức - Pháp chế", "03 người");
    /** The table follows the line of this index. */
    public static final int TABLE_AFTER = 7;
    public static final String HEADER = "Tiêu đề trang không được đọc";
    public static final String FOOTER = "Trang 1";
    private static final Pattern ROMAN_HEADING = Pattern.compile("[IVX]+\\. .*");

    private Seed000Docx() {
    }

    public static void write(Path file) throws IOException {
        List<String> lines = Seed000.lines();
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(FOOTER);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                XWPFParagraph paragraph = doc.createParagraph();
                int cut = line.indexOf(' ', line.length() / 2);
                for (String part : cut < 0 ? List.of(line) : List.of(line.substring(0, cut), line.substring(cut))) {
                    XWPFRun run = paragraph.createRun();
                    run.setText(part);
                    run.setBold(heading(line));
                }
                doc.createParagraph();
                if (i == TABLE_AFTER) {
                    XWPFTable table = doc.createTable(2, 2);
                    for (int c = 0; c < TABLE_CELLS.size(); c++) {
                        table.getRow(c / 2).getCell(c % 2).setText(TABLE_CELLS.get(c));
                        table.getRow(c / 2).getCell(c % 2).getParagraphs().get(0).getRuns().get(0).setBold(c < 2);
                    }
                }
            }
            doc.write(out);
        }
    }

    /** The passages a reader must give for it. */
    public static List<Passage> passages() throws IOException {
        List<String> lines = Seed000.lines();
        List<Passage> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            expected.add(Passage.paragraph(expected.size(), lines.get(i), heading(lines.get(i))));
            if (i == TABLE_AFTER) {
                for (int c = 0; c < TABLE_CELLS.size(); c++) {
                    expected.add(new Passage(expected.size(), TABLE_CELLS.get(c), c < 2, c / 2, c % 2));
                }
            }
        }
        return expected;
    }

    /** The lines made bold: "I. MỤC ĐÍCH, YÊU CẦU" and every line in capitals ("KẾ HOẠCH"). */
    static boolean heading(String line) {
        return ROMAN_HEADING.matcher(line).matches()
                || (line.equals(line.toUpperCase(Messages.VIETNAMESE)) && line.chars().anyMatch(Character::isLetter));
    }
}
