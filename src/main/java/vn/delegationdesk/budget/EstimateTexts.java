package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.DocumentNumbers;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The words of a printed "Dự toán kinh phí", shared by the Excel export and the PDF so that both say the same:
 * title, the "Kèm theo Kế hoạch …" line, the rates line, column titles, the total and the signature blocks.
 */
public final class EstimateTexts {
    public static final String TITLE = "DỰ TOÁN KINH PHÍ";
    public static final String UNIT_NOTE = "Đơn vị tính: đồng";
    public static final String RATES_PREFIX = "Định mức áp dụng: ";
    public static final String WORDS_PREFIX = "Bằng chữ: ";
    public static final String TOTAL = "TỔNG CỘNG";
    /** The total's label while some line has no price: the figure is only what is priced so far. */
    public static final String PARTIAL_TOTAL = "TỔNG CỘNG (tạm tính, chưa đủ đơn giá)";
    /** "Bằng chữ" of a partial total. */
    public static final String PARTIAL_WORDS_PREFIX = "Bằng chữ (tạm tính, chưa đủ đơn giá): ";
    /** What an unpriced line shows in place of its unit price; its amount stays blank. */
    public static final String NO_PRICE = "chưa có đơn giá";
    /** The draft mark is these two around the number of unpriced lines: "DỰ THẢO – còn 18 dòng chưa có đơn giá". */
    public static final String DRAFT_MARK_PREFIX = "DỰ THẢO – còn ";
    public static final String DRAFT_MARK_SUFFIX = " dòng chưa có đơn giá";
    /** The Excel sheet's words once the clerk's edits changed the total they were written for. */
    public static final String STALE_WORDS = "Tổng đã thay đổi: viết lại số tiền bằng chữ";
    public static final String PREPARER = "NGƯỜI LẬP";
    public static final String ACCOUNTANT = "KẾ TOÁN";
    /** The head's block when the delegation names no signer's title. */
    public static final String HEAD_OF_UNIT = "THỦ TRƯỞNG ĐƠN VỊ";
    public static final String SIGN_NOTE = "(Ký, họ tên)";
    public static final String SIGN_SEAL_NOTE = "(Ký, họ tên, đóng dấu)";
    public static final List<String> COLUMN_TITLES = List.of("STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày/lần", "Đơn giá",
            "Thành tiền", "Ghi chú");
    /** Blank spaces where the clerk writes a number or a date not known yet. */
    public static final String BLANK = " ".repeat(8);

    private EstimateTexts() {
    }

    /** The estimate's title with its dates: "Tổ chức Đoàn … (14/10/2025 – 19/10/2025)". */
    public static String subtitle(Estimate estimate) {
        String dates = VietnameseDates.range(estimate.startDate(), estimate.endDate());
        return estimate.title() + (dates.isEmpty() ? "" : " (" + dates + ")");
    }

    /** "(Kèm theo Kế hoạch số 125/KH-SVHTT ngày 30/09/2025 của Sở Văn hóa và Thể thao)", blanks where not known. */
    public static String attachedTo(DocumentInfo document, IssuingBody body) {
        String symbol = !document.symbol().isEmpty() ? document.symbol()
                : body.abbreviation().isEmpty() ? "" : "KH-" + body.abbreviation();
        StringBuilder text = new StringBuilder("(Kèm theo Kế hoạch số");
        if (document.number().isEmpty()) {
            text.append(BLANK).append(symbol.isEmpty() ? "" : "/" + symbol);
        } else {
            // A number typed with its symbol ("125/KH-SVHTT") keeps it; a bare one takes the plan's.
            text.append(' ').append(DocumentNumbers.reference(document.number(), symbol));
        }
        text.append(" ngày").append(document.date() == null ? BLANK + "/" + BLANK + "/" + BLANK
                : " " + VietnameseDates.format(document.date()));
        String issuer = AgencyNames.inSentence(body.name());
        if (!issuer.isEmpty()) {
            text.append(" của ").append(issuer);
        }
        return text.append(')').toString();
    }

    /** "Định mức áp dụng: Thông tư 12/2025/TT-BTC", or the empty string when the estimate used no rate set. */
    public static String ratesLine(Estimate estimate) {
        String rates = estimate.rates().describe();
        return rates.isEmpty() ? "" : RATES_PREFIX + rates;
    }

    /** "DỰ THẢO – còn 18 dòng chưa có đơn giá" while some line has no price, else the empty string. */
    public static String draftMark(Estimate estimate) {
        int unpriced = estimate.unpricedLines();
        return unpriced == 0 ? "" : DRAFT_MARK_PREFIX + unpriced + DRAFT_MARK_SUFFIX;
    }

    /** "TỔNG CỘNG", or the partial total's label while some line has no price. */
    public static String totalLabel(Estimate estimate) {
        return estimate.complete() ? TOTAL : PARTIAL_TOTAL;
    }

    /** "Bằng chữ: …" of the total, saying that it is partial while some line has no price. */
    public static String wordsLine(Estimate estimate) {
        return (estimate.complete() ? WORDS_PREFIX : PARTIAL_WORDS_PREFIX) + estimate.totalInWords();
    }

    /** "Hà Nội, ngày 05 tháng 02 năm 2025", with room to write the date by hand while it is not known. */
    public static String placeAndDate(DocumentInfo document) {
        String date = document.date() == null ? "ngày" + BLANK + "tháng" + BLANK + "năm" + BLANK
                : VietnameseDates.documentDate(document.date());
        return document.place().isEmpty() ? date : document.place() + ", " + date;
    }

    /** The head's block titles: "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC", the signer's own title, or "THỦ TRƯỞNG ĐƠN VỊ". */
    public static List<String> headTitles(Signer signer) {
        List<String> head = new ArrayList<>();
        if (signer.signsOnBehalf()) {
            head.add((signer.authorityPrefix() + " " + signer.principalTitle()).trim());
            head.add(signer.title());
        } else {
            head.add(signer.title().isEmpty() ? HEAD_OF_UNIT : signer.title());
        }
        return head;
    }
}
