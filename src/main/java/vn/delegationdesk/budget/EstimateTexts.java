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
