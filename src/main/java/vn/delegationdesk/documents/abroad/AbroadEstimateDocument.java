package vn.delegationdesk.documents.abroad;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.AbroadSection;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Dự toán kinh phí đoàn ra on A4 landscape: the lines by section (I–IV) with the foreign unit price and amount, the
 * amount in đồng, each section's subtotal and the total (the sums of the printed lines), the total in words, the rate
 * set, the exchange-rate line ("Tỷ giá: 1 USD = 25.345,5 đồng, ngày …, nguồn: …"), the rounding and the day count, and
 * the signatures. An optional line nobody priced (a visa the country does not ask for) is left out; a line without an
 * amount shows why and the estimate prints as a draft ("DỰ THẢO – còn 2 dòng chưa có số tiền", the total marked as
 * provisional), as the domestic estimate does. Caps not checked against the circular (a rate set's unverified figures)
 * print with a draft mark too: a figure the finance office has not confirmed is never printed as a final estimate.
 */
public final class AbroadEstimateDocument {
    static final String TITLE = "DỰ TOÁN KINH PHÍ ĐOÀN RA";
    static final String DRAFT_LINES = "DỰ THẢO – còn %d dòng chưa có số tiền";
    static final String DRAFT_RATES = "DỰ THẢO – mức phụ cấp, tiền thuê chỗ ở chưa được đối chiếu với Thông tư";
    static final String TOTAL = "TỔNG CỘNG";
    static final String PARTIAL_TOTAL = "TỔNG CỘNG (tạm tính)";
    static final List<String> COLUMN_TITLES = List.of("STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày/ lần", "Đơn giá",
            "Thành tiền ngoại tệ", "Thành tiền (đồng)", "Căn cứ, ghi chú");
    private static final List<Float> WIDTHS = List.of(5f, 33f, 6f, 7.5f, 7.5f, 12f, 11f, 13f, 30f);
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI"};
    private static final float TABLE_SIZE = 11;
    private static final float SIGN_ROOM = 64;
    private static final String NO_TEXT = "\u00a0";

    public PrintedDocument build(AbroadSource source) {
        Delegation d = source.delegation();
        AbroadEstimate estimate = source.estimate();
        IssuingBody body = d.issuingBody();
        OfficialHeader header = new OfficialHeader(body.parentBody(), body.name(), "", "");
        List<Block> blocks = new ArrayList<>();
        List<String> marks = draftMarks(estimate);
        for (int i = 0; i < marks.size(); i++) {
            blocks.add(Paragraph.centered(Run.bold(marks.get(i))).withSize(13).withSpacing(i == 0 ? 6 : 0, 0));
        }
        blocks.add(Paragraph.centered(Run.bold(TITLE)).withSize(15).withSpacing(marks.isEmpty() ? 12 : 4, 4));
        blocks.add(Paragraph.centered(Run.bold(d.title())));
        String time = AbroadWording.tripTime(estimate.calendar());
        blocks.add(Paragraph.centered(Run.italic("Nước đến: " + AbroadWording.countries(source.plan())
                + (time.isEmpty() ? "" : "; thời gian: " + time))).withSpacing(2, 0));
        blocks.add(Paragraph.centered(Run.italic("Định mức áp dụng: " + (estimate.rateSet() == null
                ? "chưa có bộ định mức công tác nước ngoài" : estimate.rateSet().name()))));
        blocks.add(Paragraph.centered(Run.italic(exchangeRateLine(source))));
        // How the figures were reached, before them: the rounding and the day count.
        blocks.add(new Paragraph(List.of(Run.italic(AbroadWording.ROUNDING)), Align.LEFT, 0, false, 4, 0, false));
        String days = dayCount(estimate);
        if (!days.isEmpty()) {
            blocks.add(new Paragraph(List.of(Run.italic(days)), Align.LEFT, 0, false, 0, 0, false));
        }
        blocks.add(new Paragraph(List.of(Run.italic(EstimateTexts.UNIT_NOTE)), Align.RIGHT, 0, false, 2, 2, true));
        blocks.add(table(estimate).keptWithNext());
        String prefix = estimate.draft() ? "Bằng chữ (tạm tính): " : "Bằng chữ: ";
        blocks.add(new Paragraph(List.of(Run.bold(prefix), Run.boldItalic(AmountInWords.of(estimate.total()))),
                Align.LEFT, 0, false, 6, 6, true));
        blocks.add(signatures(d));
        return new PrintedDocument("Dự toán kinh phí đoàn ra", PageSetup.landscapeTable(), header, blocks, null);
    }

    /** The draft marks: lines without an amount, caps not checked against the circular; none for a final estimate. */
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

    static String exchangeRateLine(AbroadSource source) {
        return AbroadWording.exchangeRateLine(source.plan().exchangeRate());
    }

    /** "Số ngày: 04 ngày (từ ngày xuất cảnh 06/04/2026 đến ngày nhập cảnh 09/04/2026, theo lịch Việt Nam); số đêm: 03 đêm." */
    static String dayCount(AbroadEstimate estimate) {
        if (estimate.calendar().exitDate() == null || estimate.calendar().reentryDate() == null) {
            return "";
        }
        return "Số ngày: " + AbroadWording.twoDigits(estimate.calendar().daysAbroad()) + " ngày (từ ngày xuất cảnh "
                + VietnameseDates.format(estimate.calendar().exitDate()) + " đến ngày nhập cảnh "
                + VietnameseDates.format(estimate.calendar().reentryDate()) + ", theo lịch Việt Nam); số đêm nghỉ tại nơi đến: "
                + AbroadWording.twoDigits(estimate.calendar().nights()) + " đêm.";
    }

    /** The lines printed: all but an optional line nobody priced and a line that counts nothing. */
    static List<AbroadLine> printed(AbroadEstimate estimate, AbroadSection section) {
        return estimate.lines(section).stream()
                .filter(l -> l.amountVnd() != null && l.quantity() > 0 && l.times() > 0 || l.incomplete())
                .toList();
    }

    private static Table table(AbroadEstimate estimate) {
        List<Cell> header = COLUMN_TITLES.stream().map(t -> Cell.bold(t, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        int numeral = 0;
        for (AbroadSection section : AbroadSection.values()) {
            List<AbroadLine> lines = printed(estimate, section);
            if (lines.isEmpty()) {
                continue;
            }
            long subtotal = lines.stream().mapToLong(AbroadLine::amount).sum();
            rows.add(List.of(Cell.bold(NUMERALS[numeral++], Align.CENTER).shade(),
                    Cell.bold(section.title(), Align.LEFT).spanning(6).shade(),
                    Cell.bold(lines.stream().anyMatch(l -> l.amountVnd() != null) ? VietnameseNumbers.format(subtotal) : "", Align.RIGHT)
                            .shade(), Cell.empty().shade()));
            for (int i = 0; i < lines.size(); i++) {
                rows.add(line(i + 1, lines.get(i)));
            }
        }
        rows.add(List.of(Cell.empty().shade(), Cell.bold(estimate.draft() ? PARTIAL_TOTAL : TOTAL, Align.CENTER).spanning(6).shade(),
                Cell.bold(VietnameseNumbers.format(estimate.total()), Align.RIGHT).shade(), Cell.empty().shade()));
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    private static List<Cell> line(int number, AbroadLine line) {
        boolean foreign = line.currency() != null && !line.currency().getCurrencyCode().equals("VND");
        String code = line.currency() == null ? "" : line.currency().getCurrencyCode();
        String price = line.unitPrice() == null ? "" : foreign ? AbroadWording.number(line.unitPrice()) + " " + code
                : AbroadWording.number(line.unitPrice());
        BigDecimal foreignAmount = line.foreignAmount();
        String foreignText = foreign && foreignAmount != null ? AbroadWording.number(foreignAmount) + " " + code : "";
        Cell priceCell = line.unitPrice() == null
                ? Cell.of(new Paragraph(List.of(Run.italic("chưa có đơn\u00a0giá")), Align.RIGHT, 0, false, 0, 0, false))
                : Cell.of(price, Align.RIGHT);
        return List.of(Cell.of(Integer.toString(number), Align.CENTER), Cell.of(line.content(), Align.LEFT),
                Cell.of(line.unit(), Align.CENTER), Cell.of(VietnameseNumbers.format(line.quantity()), Align.RIGHT),
                Cell.of(VietnameseNumbers.format(line.times()), Align.RIGHT), priceCell, Cell.of(foreignText, Align.RIGHT),
                Cell.of(line.amountVnd() == null ? "" : VietnameseNumbers.format(line.amountVnd()), Align.RIGHT),
                Cell.of(note(line), Align.LEFT));
    }

    /** The basis, or why the line has no amount; a conversion note is the screen's (the columns show it). */
    static String note(AbroadLine line) {
        return line.amountVnd() == null && !line.note().isEmpty() ? line.note() : line.basis();
    }

    private static Table signatures(Delegation d) {
        Paragraph level = Paragraph.of(NO_TEXT, Align.CENTER);
        Cell preparer = block(level, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE, "");
        Cell accountant = block(level, List.of(EstimateTexts.ACCOUNTANT), EstimateTexts.SIGN_NOTE, "");
        String placeAndDate = EstimateTexts.placeAndDate(new DocumentInfo("", "", d.document().place(), null));
        Cell head = block(new Paragraph(List.of(Run.italic(placeAndDate)), Align.CENTER, 0, false, 0, 0, false),
                EstimateTexts.headTitles(d.signer()), EstimateTexts.SIGN_SEAL_NOTE, d.signer().name());
        return new Table(List.of(1f, 1f, 1f), List.of(), List.of(List.of(preparer, accountant, head)), false, 0);
    }

    private static Cell block(Paragraph first, List<String> titles, String note, String name) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(first);
        titles.forEach(t -> lines.add(Paragraph.centered(Run.bold(t))));
        lines.add(Paragraph.centered(Run.italic(note)));
        lines.add(new Paragraph(List.of(Run.bold(name.isEmpty() ? NO_TEXT : name)), Align.CENTER, 0, false, SIGN_ROOM, 0, false));
        return new Cell(lines, 1, 1, false);
    }
}
