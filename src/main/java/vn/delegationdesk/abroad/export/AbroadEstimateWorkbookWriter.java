package vn.delegationdesk.abroad.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.AbroadSection;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.budget.export.EstimateExportException;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.budget.export.StyleFactory;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * Writes the estimate of a trip abroad as one sheet "Dự toán đoàn ra", laid out like the printed estimate
 * (documents.abroad.AbroadEstimateDocument): header, draft marks, title, countries, rate set, the exchange-rate line with
 * the rate in a cell of its own, the notes on rounding and days, then sections I–IV with STT · Nội dung · ĐVT · Số lượng ·
 * Số ngày/lần · Đơn giá ngoại tệ · Tiền tệ · Thành tiền ngoại tệ · Thành tiền (đồng) · Căn cứ, ghi chú, the total, the
 * words and the signatures.
 *
 * <p>The figures stay live: the foreign amount is {@code D×E×F}; the amount in đồng of a line in the exchange rate's
 * currency is {@code ROUND(H×rate,0)} over the rate cell (Excel's ROUND rounds halves away from zero, which for these
 * positive amounts is the domain's HALF_UP); a line priced in đồng has {@code D×E×F} as its amount. A line without an
 * amount keeps its amount cells blank (never 0) and says why in its note; a line in another currency than the rate's has
 * no formula, as it has no rate. Subtotals and the total are SUM formulas. The texts pass through {@code workingNotes}
 * first (the sample's and unverified marks stay on screen, as on paper); every text is a string cell, quote-prefixed when
 * it starts like a formula. The workbook replaces the target only once fully written.
 */
public final class AbroadEstimateWorkbookWriter {
    static final String SHEET = "Dự toán đoàn ra";
    static final String TITLE = "DỰ TOÁN KINH PHÍ ĐOÀN RA";
    static final String DRAFT_LINES = "DỰ THẢO – còn %d dòng chưa có số tiền";
    static final String DRAFT_RATES = "DỰ THẢO – mức phụ cấp, tiền thuê chỗ ở chưa được đối chiếu với Thông tư";
    static final String TOTAL = "TỔNG CỘNG";
    static final String PARTIAL_TOTAL = "TỔNG CỘNG (tạm tính)";
    static final String NO_PRICE = "chưa có đơn giá";
    static final String NO_RATE = "Tỷ giá: chưa nhập";
    static final String ROUNDING = "Làm tròn: mỗi dòng tính bằng ngoại tệ được quy đổi một lần sang đồng theo tỷ giá trên, "
            + "làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn lên).";
    static final List<String> COLUMN_TITLES = List.of("STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày/ lần", "Đơn giá ngoại tệ",
            "Tiền tệ", "Thành tiền ngoại tệ", "Thành tiền (đồng)", "Căn cứ, ghi chú");
    static final int COL_INDEX = 0;
    static final int COL_CONTENT = 1;
    static final int COL_UNIT = 2;
    static final int COL_QUANTITY = 3;
    static final int COL_TIMES = 4;
    static final int COL_PRICE = 5;
    static final int COL_CURRENCY = 6;
    static final int COL_FOREIGN = 7;
    static final int COL_DONG = 8;
    static final int COL_BASIS = 9;
    static final int LAST = COL_BASIS;
    /** The exchange-rate cell's column, in its own row above the table. */
    static final int COL_RATE = 3;
    private static final int[] WIDTHS = {6, 40, 9, 10, 10, 13, 8, 14, 16, 42};
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI"};
    private static final String FONT = "Times New Roman";
    private static final String MONEY = "#,##0";
    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final UnaryOperator<String> workingNotes;

    /**
     * @param workingNotes what a text is without its working notes (documents.WorkingNotes::remove): the notes that stay
     *        on screen never reach the file
     */
    public AbroadEstimateWorkbookWriter(UnaryOperator<String> workingNotes) {
        this.workingNotes = Objects.requireNonNull(workingNotes, "workingNotes");
    }

    /**
     * Writes {@code estimate} of {@code delegation}'s trip {@code plan} to {@code file}.
     *
     * @throws EstimateExportException with the Vietnamese sentence "Không ghi được tệp dự toán …" naming the file; the
     *         target is then left as it was
     */
    public void write(Delegation delegation, OutboundPlan plan, AbroadEstimate estimate, Path file) {
        try {
            ReplacingFileWriter.write(file, out -> {
                try (XSSFWorkbook workbook = build(delegation, plan, estimate)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new EstimateExportException("budget.export.error.cannotWrite",
                    List.of(file.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    /** "Du-toan-doan-ra_Han-Quoc_04-2026.xlsx": the document, the countries, the month of exit from Việt Nam. */
    public static String fileName(Delegation delegation, OutboundPlan plan, AbroadEstimate estimate) {
        LocalDate exit = estimate.calendar().exitDate();
        if (exit == null) {
            exit = delegation.firstDate().orElse(null);
        }
        String month = exit == null ? "" : String.format(Locale.ROOT, "%02d-%d", exit.getMonthValue(), exit.getYear());
        return FileNames.of("xlsx", "Dự toán đoàn ra", countries(plan), month);
    }

    /** The workbook, formulas evaluated; the caller closes it. */
    XSSFWorkbook build(Delegation delegation, OutboundPlan plan, AbroadEstimate estimate) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            new Builder(workbook, delegation, plan, estimate).build();
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing was written; the original failure is the one to report.
            }
            throw e;
        }
    }

    /** The draft marks, as on paper: lines without an amount, caps not checked against the circular. */
    static List<String> draftMarks(AbroadEstimate estimate) {
        List<String> marks = new ArrayList<>();
        if (estimate.draft()) {
            marks.add(String.format(DRAFT_LINES, estimate.incompleteLines()));
        }
        if (estimate.warnings().stream().anyMatch(w -> w.messageKey().equals("abroad.warning.unverifiedRate"))) {
            marks.add(DRAFT_RATES);
        }
        return marks;
    }

    /** The lines printed: all but an optional line nobody priced and a line that counts nothing (as on paper). */
    static List<AbroadLine> printed(AbroadEstimate estimate, AbroadSection section) {
        return estimate.lines(section).stream()
                .filter(l -> l.amountVnd() != null && l.quantity() > 0 && l.times() > 0 || l.incomplete()).toList();
    }

    /** "Số ngày: 04 ngày (từ ngày xuất cảnh 06/04/2026 đến ngày nhập cảnh 09/04/2026, theo lịch Việt Nam); …", as on paper. */
    static String dayCount(AbroadEstimate estimate) {
        LocalDate exit = estimate.calendar().exitDate();
        LocalDate reentry = estimate.calendar().reentryDate();
        if (exit == null || reentry == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Số ngày: %02d ngày (từ ngày xuất cảnh %s đến ngày nhập cảnh %s, theo lịch Việt Nam); "
                + "số đêm nghỉ tại nơi đến: %02d đêm.", estimate.calendar().daysAbroad(), day(exit), day(reentry),
                estimate.calendar().nights());
    }

    static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Whether the exchange rate can convert: a currency and a positive figure. */
    static boolean usable(ExchangeRate rate) {
        return rate != null && rate.currency() != null && rate.vndPerUnit() != null && rate.vndPerUnit().signum() > 0;
    }

    static String countries(OutboundPlan plan) {
        List<String> names = new ArrayList<>();
        for (CountryStop stop : plan.stops()) {
            if (!stop.countryName().isEmpty() && !names.contains(stop.countryName())) {
                names.add(stop.countryName());
            }
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** A decimal as the sheet's number format shows it: "#,##0" with as many decimals as the figure has. */
    static String format(BigDecimal value) {
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        return scale == 0 ? MONEY : MONEY + "." + "0".repeat(scale);
    }

    /** One sheet being filled row by row. */
    private final class Builder {
        private final XSSFWorkbook workbook;
        private final Sheet sheet;
        private final StyleFactory factory;
        private final Delegation delegation;
        private final OutboundPlan plan;
        private final AbroadEstimate estimate;
        private final CellStyle plain;
        private final CellStyle bold;
        private final CellStyle boldCentred;
        private final CellStyle italic;
        private final CellStyle italicCentred;
        private final CellStyle title;
        private final CellStyle columnTitle;
        private final CellStyle text;
        private final CellStyle centred;
        private final CellStyle number;
        private final CellStyle missing;
        private final CellStyle sectionText;
        private final CellStyle sectionCentred;
        private final CellStyle sectionAmount;
        private final CellStyle rateLabel;
        private final CellStyle rateCell;
        private final List<CellStyle> decimals = new ArrayList<>();
        private String rateRef;
        private int next;

        Builder(XSSFWorkbook workbook, Delegation delegation, OutboundPlan plan, AbroadEstimate estimate) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(SHEET);
            this.factory = new StyleFactory(workbook, FONT);
            this.delegation = delegation;
            this.plan = plan;
            this.estimate = estimate;
            XSSFFont standard = workbook.getFontAt(0);
            standard.setFontName(FONT);
            standard.setFontHeightInPoints((short) 12);
            XSSFFont regular = factory.font(false, false, (short) 12);
            XSSFFont strong = factory.font(true, false, (short) 12);
            XSSFFont slanted = factory.font(false, true, (short) 12);
            plain = factory.plain(regular, HorizontalAlignment.LEFT, false);
            bold = factory.plain(strong, HorizontalAlignment.CENTER, true);
            boldCentred = factory.plain(strong, HorizontalAlignment.CENTER, false);
            italic = factory.plain(slanted, HorizontalAlignment.LEFT, true);
            italicCentred = factory.plain(slanted, HorizontalAlignment.CENTER, true);
            title = factory.plain(factory.font(true, false, (short) 15), HorizontalAlignment.CENTER, false);
            columnTitle = factory.bordered(strong, HorizontalAlignment.CENTER, true);
            text = factory.bordered(regular, HorizontalAlignment.LEFT, true);
            centred = factory.bordered(regular, HorizontalAlignment.CENTER, true);
            number = factory.bordered(regular, HorizontalAlignment.RIGHT, false);
            number.setDataFormat(workbook.createDataFormat().getFormat(MONEY));
            missing = factory.bordered(slanted, HorizontalAlignment.RIGHT, true);
            sectionText = factory.bordered(strong, HorizontalAlignment.LEFT, true);
            sectionCentred = factory.bordered(strong, HorizontalAlignment.CENTER, false);
            sectionAmount = factory.bordered(strong, HorizontalAlignment.RIGHT, false);
            sectionAmount.setDataFormat(workbook.createDataFormat().getFormat(MONEY));
            rateLabel = factory.plain(slanted, HorizontalAlignment.RIGHT, false);
            rateCell = factory.plain(factory.font(true, true, (short) 12), HorizontalAlignment.CENTER, false);
        }

        void build() {
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            header();
            int titleRow = next;
            Row titles = row();
            for (int c = 0; c < COLUMN_TITLES.size(); c++) {
                text(titles, c, COLUMN_TITLES.get(c), columnTitle);
            }
            titles.setHeightInPoints(34f);
            List<Integer> subtotals = new ArrayList<>();
            int numeral = 0;
            for (AbroadSection section : AbroadSection.values()) {
                List<AbroadLine> lines = printed(estimate, section);
                if (!lines.isEmpty()) {
                    subtotals.add(section(NUMERALS[numeral++], section, lines));
                }
            }
            int totalRow = total(subtotals);
            words(totalRow);
            signatures();
            sheet.setRepeatingRows(new CellRangeAddress(titleRow, titleRow, 0, LAST));
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
        }

        private void header() {
            IssuingBody body = delegation.issuingBody();
            Row first = row();
            merged(first, 0, 1, body.parentBody(), boldCentred);
            merged(first, 5, LAST, NATION, boldCentred);
            Row second = row();
            merged(second, 0, 1, body.name(), boldCentred);
            merged(second, 5, LAST, MOTTO, boldCentred);
            row();
            for (String mark : draftMarks(estimate)) {
                merged(row(), 0, LAST, mark, boldCentred);
            }
            Row heading = row();
            merged(heading, 0, LAST, TITLE, title);
            heading.setHeightInPoints(22f);
            String name = clean(delegation.title());
            tall(merged(row(), 0, LAST, name, bold), wrapped(name, sum(WIDTHS)));
            merged(row(), 0, LAST, "Nước đến: " + countries(plan), italicCentred);
            merged(row(), 0, LAST, "Định mức áp dụng: " + (estimate.rateSet() == null
                    ? "chưa có bộ định mức công tác nước ngoài" : clean(estimate.rateSet().name())), italicCentred);
            exchangeRate();
            merged(row(), 0, LAST, ROUNDING, italic);
            String days = dayCount(estimate);
            if (!days.isEmpty()) {
                merged(row(), 0, LAST, days, italic);
            }
            merged(row(), COL_DONG, LAST, EstimateTexts.UNIT_NOTE, italic);
        }

        /** "Tỷ giá: 1 USD =" · 25345.5 (its own cell, the formulas' operand) · "đồng, ngày 01/04/2026, nguồn: …". */
        private void exchangeRate() {
            ExchangeRate rate = plan.exchangeRate();
            Row row = row();
            if (!usable(rate)) {
                merged(row, 0, LAST, NO_RATE, italicCentred);
                return;
            }
            merged(row, 0, COL_RATE - 1, "Tỷ giá: 1 " + rate.currency().getCurrencyCode() + " =", rateLabel);
            Cell cell = row.createCell(COL_RATE);
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(rateCell);
            style.setDataFormat(workbook.createDataFormat().getFormat(format(rate.vndPerUnit())));
            cell.setCellStyle(style);
            cell.setCellValue(rate.vndPerUnit().doubleValue());
            rateRef = new CellReference(row.getRowNum(), COL_RATE, true, true).formatAsString(false);
            StringBuilder rest = new StringBuilder("đồng");
            if (rate.date() != null) {
                rest.append(", ngày ").append(day(rate.date()));
            }
            String source = clean(rate.source());
            if (!source.isEmpty()) {
                rest.append(", nguồn: ").append(source);
            }
            merged(row, COL_RATE + 1, LAST, rest.toString(), italic);
        }

        /** The bold section row and its lines; returns the section row's index. */
        private int section(String numeral, AbroadSection section, List<AbroadLine> lines) {
            Row head = row();
            text(head, COL_INDEX, numeral, sectionCentred);
            for (int c = COL_CONTENT; c < COL_DONG; c++) {
                text(head, c, c == COL_CONTENT ? section.title() : "", sectionText);
            }
            sheet.addMergedRegion(new CellRangeAddress(head.getRowNum(), head.getRowNum(), COL_CONTENT, COL_FOREIGN));
            text(head, COL_BASIS, "", sectionText);
            int first = next;
            for (int i = 0; i < lines.size(); i++) {
                line(i + 1, lines.get(i));
            }
            String range = ref(first, COL_DONG) + ":" + ref(next - 1, COL_DONG);
            Cell subtotal = head.createCell(COL_DONG);
            subtotal.setCellStyle(sectionAmount);
            subtotal.setCellFormula("IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))");
            return head.getRowNum();
        }

        private void line(int index, AbroadLine line) {
            Row row = row();
            int r = row.getRowNum();
            Cell stt = row.createCell(COL_INDEX);
            stt.setCellStyle(centred);
            stt.setCellValue(index);
            text(row, COL_CONTENT, clean(line.content()), text);
            text(row, COL_UNIT, clean(line.unit()), centred);
            figure(row, COL_QUANTITY, BigDecimal.valueOf(line.quantity()));
            figure(row, COL_TIMES, BigDecimal.valueOf(line.times()));
            String code = line.currency() == null ? "" : line.currency().getCurrencyCode();
            boolean dong = code.equals("VND");
            if (line.unitPrice() == null) {
                text(row, COL_PRICE, NO_PRICE, missing);
            } else {
                figure(row, COL_PRICE, line.unitPrice());
            }
            text(row, COL_CURRENCY, code, centred);
            String product = ref(r, COL_QUANTITY) + "*" + ref(r, COL_TIMES) + "*" + ref(r, COL_PRICE);
            String priced = "ISNUMBER(" + ref(r, COL_PRICE) + ")";
            Cell foreign = row.createCell(COL_FOREIGN);
            Cell amount = row.createCell(COL_DONG);
            foreign.setCellStyle(decimalStyle(line.unitPrice()));
            amount.setCellStyle(number);
            if (dong) {
                amount.setCellFormula("IF(" + priced + "," + product + ",\"\")");
            } else if (!code.isEmpty()) {
                foreign.setCellFormula("IF(" + priced + "," + product + ",\"\")");
                ExchangeRate rate = plan.exchangeRate();
                if (rateRef != null && rate.currency().getCurrencyCode().equals(code)) {
                    amount.setCellFormula("IF(ISNUMBER(" + ref(r, COL_FOREIGN) + "),ROUND(" + ref(r, COL_FOREIGN) + "*" + rateRef
                            + ",0),\"\")");
                }
            }
            String note = line.amountVnd() == null && !line.note().isEmpty() ? line.note() : line.basis();
            text(row, COL_BASIS, clean(note), text);
            int lines = Math.max(wrapped(clean(line.content()), WIDTHS[COL_CONTENT]), wrapped(clean(note), WIDTHS[COL_BASIS]));
            tall(row, lines);
        }

        private int total(List<Integer> subtotals) {
            Row row = row();
            for (int c = 0; c <= LAST; c++) {
                text(row, c, c == COL_CONTENT ? (estimate.draft() ? PARTIAL_TOTAL : TOTAL) : "", sectionCentred);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), COL_CONTENT, COL_FOREIGN));
            Cell total = row.createCell(COL_DONG);
            total.setCellStyle(sectionAmount);
            List<String> refs = subtotals.stream().map(r -> ref(r, COL_DONG)).toList();
            total.setCellFormula(refs.isEmpty() ? "0" : "SUM(" + String.join(",", refs) + ")");
            EstimateWorkbookWriter.exact(estimate.total());
            return row.getRowNum();
        }

        /** The words of the exported total; a request to write them again once the clerk's edits change the total. */
        private void words(int totalRow) {
            row();
            Row row = row();
            String prefix = estimate.draft() ? "Bằng chữ (tạm tính): " : "Bằng chữ: ";
            String words = prefix + AmountInWords.of(estimate.total());
            merged(row, 0, LAST, "", italic);
            row.getCell(0).setCellFormula("IF(" + ref(totalRow, COL_DONG) + "=" + estimate.total() + "," + quoted(words) + ","
                    + quoted(EstimateTexts.STALE_WORDS) + ")");
        }

        private void signatures() {
            row();
            String placeAndDate = EstimateTexts.placeAndDate(new DocumentInfo("", "", delegation.document().place(), null));
            merged(row(), 7, LAST, placeAndDate, italicCentred);
            List<String> head = EstimateTexts.headTitles(delegation.signer());
            int titles = next;
            for (int i = 0; i <= head.size(); i++) {
                row();
            }
            block(titles, 0, 1, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE);
            block(titles, 2, 6, List.of(EstimateTexts.ACCOUNTANT), EstimateTexts.SIGN_NOTE);
            block(titles, 7, LAST, head, EstimateTexts.SIGN_SEAL_NOTE);
            row().setHeightInPoints(72f);
            merged(row(), 7, LAST, delegation.signer().name(), boldCentred);
        }

        private void block(int firstRow, int from, int to, List<String> titles, String note) {
            int r = firstRow;
            for (String t : titles) {
                merged(sheet.getRow(r++), from, to, t, boldCentred);
            }
            merged(sheet.getRow(r), from, to, note, italicCentred);
        }

        private CellStyle decimalStyle(BigDecimal price) {
            int scale = price == null ? 0 : Math.max(0, price.stripTrailingZeros().scale());
            while (decimals.size() <= scale) {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(number);
                style.setDataFormat(workbook.createDataFormat().getFormat(decimals.isEmpty() ? MONEY
                        : MONEY + "." + "0".repeat(decimals.size())));
                decimals.add(style);
            }
            return decimals.get(scale);
        }

        private void figure(Row row, int column, BigDecimal value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(decimalStyle(value));
            cell.setCellValue(value.doubleValue());
        }

        private String clean(String value) {
            String out = workingNotes.apply(value == null ? "" : value);
            return out == null ? "" : out;
        }

        private Row row() {
            Row row = sheet.createRow(next++);
            row.setHeightInPoints(17f);
            return row;
        }

        /** A text cell: always a string value, quote-prefixed when it starts like a formula. */
        private void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(EstimateWorkbookWriter.looksLikeFormula(value) ? factory.quoted(style) : style);
            if (!value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        private Row merged(Row row, int from, int to, String value, CellStyle style) {
            for (int c = from; c <= to; c++) {
                text(row, c, c == from ? value : "", style);
            }
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            }
            return row;
        }

        /** Makes a row tall enough for the given number of lines of text, never lower than it is. */
        private void tall(Row row, int lines) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 16f + 2));
        }

        private static int sum(int[] widths) {
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            return total;
        }

        private int wrapped(String value, int width) {
            return Math.max(1, (int) Math.ceil(value.length() * 1.1 / Math.max(1, width - 2)));
        }
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
