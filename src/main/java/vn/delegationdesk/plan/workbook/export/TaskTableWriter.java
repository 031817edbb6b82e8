package vn.delegationdesk.plan.workbook.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.workbook.FileMark;
import vn.delegationdesk.plan.workbook.PeriodNames;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * Writes a plan's task table for the units to fill: one sheet "Nhiệm vụ" with every task, or one sheet per unit with
 * the tasks it leads or coordinates; above the table the plan and the period, and a note that only the results column is
 * read back; columns STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian, Trạng thái and "Kết quả thực
 * hiện 6 tháng đầu năm 2025" pre-filled with the stored result. Cells wrap, the header is frozen and repeated on every
 * printed page (landscape, one page wide), and the sheets are protected without a password so that only the results
 * column can be typed into. A hidden sheet marks the plan and the period ({@link FileMark}). The file is written beside
 * the target and moved over it: a failed export leaves an older file untouched.
 */
public final class TaskTableWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float LINE_POINTS = 15.5f;
    private static final float MAX_ROW_POINTS = 409f;
    private static final String FONT = "Times New Roman";

    private final Messages messages;

    public TaskTableWriter(Messages messages) {
        this.messages = messages;
    }

    /** The units of the per-unit workbook, a sheet each: every lead and coordinating unit in the order the plan names them. */
    public static List<String> units(Plan plan) {
        Set<String> units = new LinkedHashSet<>();
        for (PlanTask task : plan.tasks()) {
            if (!task.leadUnit().isEmpty()) {
                units.add(task.leadUnit());
            }
            units.addAll(task.coordinatingUnits());
        }
        return List.copyOf(units);
    }

    public void write(Plan plan, ReportPeriod period, boolean perUnit, Path target) {
        try {
            ReplacingFileWriter.write(target, out -> {
                try (XSSFWorkbook workbook = build(plan, period, perUnit)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new LocalizedException("planbook.error.cannotWrite", List.of(String.valueOf(target.getFileName()),
                    WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    XSSFWorkbook build(Plan plan, ReportPeriod period, boolean perUnit) {
        FileMark mark = FileMark.of(plan, period);
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        if (perUnit) {
            Set<String> names = new HashSet<>();
            for (String unit : units(plan)) {
                List<PlanTask> tasks = plan.tasks().stream().filter(t -> t.involves(unit)).toList();
                sheet(workbook, styles, sheetName(unit, names), plan, period, unit, tasks);
            }
        }
        if (workbook.getNumberOfSheets() == 0) {
            sheet(workbook, styles, messages.get("planbook.sheet.tasks"), plan, period, null, plan.tasks());
        }
        markSheet(workbook, mark);
        workbook.setActiveSheet(0);
        return workbook;
    }

    /** A sheet name Excel takes (31 characters, no []:*?/\), not used before in this workbook (case aside). */
    static String sheetName(String unit, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(unit.replace('\'', ' ').strip());
        if (base.isBlank() || base.equals(TaskTableLayout.MARK_SHEET)) {
            base = "Don vi";
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
        }
        return name;
    }

    private void sheet(XSSFWorkbook workbook, Styles styles, String name, Plan plan, ReportPeriod period, String unit,
            List<PlanTask> tasks) {
        XSSFSheet sheet = workbook.createSheet(name);
        int last = TaskTableLayout.TITLES.size() - 1;
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, TaskTableLayout.WIDTHS[c] * 256 + 200);
        }
        Phrase periodPhrase = PeriodNames.of(period);
        String periodName = messages.get(periodPhrase.key(), periodPhrase.args().toArray());
        banner(sheet, 0, messages.get("planbook.heading"), styles.heading, 24f);
        String planLine = messages.get(plan.number().isEmpty() ? "planbook.planLine" : "planbook.planLineNumbered", plan.title(),
                plan.numberAndSymbol());
        banner(sheet, 1, planLine, styles.subheading, LINE_POINTS * lines(planLine, totalWidth()));
        String periodLine = unit == null ? messages.get("planbook.periodLine", periodName)
                : messages.get("planbook.periodUnitLine", periodName, unit);
        banner(sheet, 2, periodLine, styles.subheading, LINE_POINTS * 1.3f);
        banner(sheet, 3, messages.get("planbook.note", messages.get("planbook.column.result", PeriodNames.of(period))),
                styles.note, LINE_POINTS * 2.2f);
        Row header = sheet.createRow(TaskTableLayout.HEADER_ROW);
        header.setHeightInPoints(LINE_POINTS * 2.2f);
        for (int c = 0; c <= last; c++) {
            String title = c == TaskTableLayout.RESULT ? messages.get("planbook.column.result", PeriodNames.of(period))
                    : messages.get(TaskTableLayout.TITLES.get(c));
            header.createCell(c).setCellValue(title);
            header.getCell(c).setCellStyle(c == TaskTableLayout.RESULT ? styles.resultHeader : styles.header);
        }
        int r = TaskTableLayout.HEADER_ROW + 1;
        for (PlanTask task : tasks) {
            Row row = sheet.createRow(r++);
            List<String> values = List.of(task.number(), task.content(), task.leadUnit(), String.join("; ",
                    task.coordinatingUnits()), time(task), messages.get(task.status().labelKey()), task.resultFor(period.code()));
            int height = 1;
            for (int c = 0; c <= last; c++) {
                String value = values.get(c);
                row.createCell(c).setCellValue(value);
                row.getCell(c).setCellStyle(c == TaskTableLayout.RESULT ? styles.result
                        : c == TaskTableLayout.NUMBER ? styles.number : styles.locked);
                height = Math.max(height, lines(value, TaskTableLayout.WIDTHS[c]));
            }
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(2, height) * LINE_POINTS));
        }
        sheet.createFreezePane(0, TaskTableLayout.HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(TaskTableLayout.HEADER_ROW, TaskTableLayout.HEADER_ROW, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void banner(XSSFSheet sheet, int r, String text, CellStyle style, float height) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, height));
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, TaskTableLayout.TITLES.size() - 1));
    }

    private String time(PlanTask task) {
        if (task.from() != null && task.due() != null) {
            return DAY.format(task.from()) + " – " + DAY.format(task.due());
        }
        if (task.due() != null) {
            return messages.get("planbook.time.due", DAY.format(task.due()));
        }
        if (task.from() != null) {
            return messages.get("planbook.time.from", DAY.format(task.from()));
        }
        return messages.get("planbook.time.whole");
    }

    private static int totalWidth() {
        int width = 0;
        for (int w : TaskTableLayout.WIDTHS) {
            width += w;
        }
        return width;
    }

    /** Lines a wrapped text takes in a column of {@code width} characters (Times New Roman 12 is a little wider). */
    static int lines(String text, int width) {
        int count = 0;
        for (String line : text.split("\n", -1)) {
            count += Math.max(1, (int) Math.ceil(line.length() * 1.1 / Math.max(1, width)));
        }
        return count;
    }

    private static void markSheet(XSSFWorkbook workbook, FileMark mark) {
        XSSFSheet sheet = workbook.createSheet(TaskTableLayout.MARK_SHEET);
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {TaskTableLayout.KEY_FORMAT, TaskTableLayout.FORMAT});
        pairs.add(new String[] {TaskTableLayout.KEY_PLAN, String.valueOf(mark.planId())});
        pairs.add(new String[] {TaskTableLayout.KEY_NUMBER, mark.numberAndSymbol()});
        pairs.add(new String[] {TaskTableLayout.KEY_TITLE, mark.title()});
        pairs.add(new String[] {TaskTableLayout.KEY_PERIOD, mark.period()});
        for (int i = 0; i < pairs.size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(pairs.get(i)[0]);
            row.createCell(1).setCellValue(pairs.get(i)[1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The cell styles: a locked look for the plan's columns, an open one for the results. */
    private static final class Styles {
        final CellStyle heading;
        final CellStyle subheading;
        final CellStyle note;
        final CellStyle header;
        final CellStyle resultHeader;
        final CellStyle number;
        final CellStyle locked;
        final CellStyle result;

        Styles(XSSFWorkbook workbook) {
            Font plain = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);
            Font italic = font(workbook, false, true, 11);
            heading = workbook.createCellStyle();
            heading.setFont(font(workbook, true, false, 14));
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            subheading = workbook.createCellStyle();
            subheading.setFont(bold);
            subheading.setAlignment(HorizontalAlignment.CENTER);
            subheading.setVerticalAlignment(VerticalAlignment.CENTER);
            subheading.setWrapText(true);
            note = workbook.createCellStyle();
            note.setFont(italic);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(workbook, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            resultHeader = bordered(workbook, bold);
            resultHeader.setAlignment(HorizontalAlignment.CENTER);
            resultHeader.setVerticalAlignment(VerticalAlignment.CENTER);
            resultHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            resultHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = bordered(workbook, plain);
            number = bordered(workbook, plain);
            number.setAlignment(HorizontalAlignment.CENTER);
            result = bordered(workbook, plain);
            result.setLocked(false);
            result.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            result.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setDataFormat((short) 0x31);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }
    }
}
