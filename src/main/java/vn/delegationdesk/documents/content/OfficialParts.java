package vn.delegationdesk.documents.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.SignatureBlock;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.DocumentNumbers;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The parts every administrative document of a delegation shares (Nghị định 30/2020): the header with its
 * number and date lines, the signature block and the "Nơi nhận" list. A draft keeps blanks where the
 * office writes the number and the day by hand: "Số:      /KH-SVHTT", "Hà Nội, ngày    tháng 10 năm 2025".
 */
public final class OfficialParts {
    /** Room for a number written by hand. */
    public static final String NUMBER_BLANK = DocumentNumbers.BLANK;
    /** Room for a day or a month written by hand. */
    static final String DAY_BLANK = " ".repeat(4);

    private OfficialParts() {
    }

    /** The header of a document of {@code typeAbbreviation} ("KH", "QĐ", "BC") numbered {@code issue}. */
    public static OfficialHeader header(Delegation delegation, String typeAbbreviation, IssueNumber issue) {
        IssuingBody body = delegation.issuingBody();
        return new OfficialHeader(body.parentBody(), body.name(), numberLine(issue.number(), symbol(body, typeAbbreviation)),
                placeDateLine(delegation.document().place(), issue.date(), delegation.firstDate().orElse(null)));
    }

    /** The plan's own header: its number, symbol (as stored, else "KH-" + abbreviation), place and date. */
    public static OfficialHeader planHeader(Delegation delegation) {
        IssuingBody body = delegation.issuingBody();
        String symbol = delegation.document().symbol().isEmpty() ? symbol(body, "KH") : delegation.document().symbol();
        return new OfficialHeader(body.parentBody(), body.name(), numberLine(delegation.document().number(), symbol),
                placeDateLine(delegation.document().place(), delegation.document().date(), delegation.firstDate().orElse(null)));
    }

    /** "QĐ-SVHTT"; just the type when the body has no abbreviation. */
    public static String symbol(IssuingBody body, String typeAbbreviation) {
        return body.abbreviation().isEmpty() ? typeAbbreviation : typeAbbreviation + "-" + body.abbreviation();
    }

    /** "Số: 125/QĐ-SVHTT" from the number as typed ("125" or "125/QĐ-SVHTT"); a blank number leaves room to write it. */
    public static String numberLine(String number, String symbol) {
        return DocumentNumbers.numberLine(number, symbol);
    }

    /** "125/QĐ-SVHTT" as a sentence quotes it, or "      /QĐ-SVHTT" while the number is blank; never two symbols. */
    public static String reference(String number, String symbol) {
        return DocumentNumbers.reference(number, symbol);
    }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2026". Without a date the day is left blank under the month and year of
     * {@code expected} (the trip's start), or everything is blank when that is not known either.
     */
    public static String placeDateLine(String place, LocalDate date, LocalDate expected) {
        String when;
        if (date != null) {
            when = VietnameseDates.documentDate(date);
        } else if (expected != null) {
            String month = expected.getMonthValue() <= 2 ? "0" + expected.getMonthValue() : "" + expected.getMonthValue();
            when = "ngày" + DAY_BLANK + "tháng " + month + " năm " + expected.getYear();
        } else {
            when = "ngày" + DAY_BLANK + "tháng" + DAY_BLANK + "năm" + DAY_BLANK;
        }
        return place.isEmpty() ? when : place + ", " + when;
    }

    /** "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" and the name; "GIÁM ĐỐC" and the name when signing in one's own right. */
    public static SignatureBlock signature(Signer signer) {
        List<String> lines = new ArrayList<>();
        if (signer.signsOnBehalf()) {
            lines.add((signer.authorityPrefix() + " " + signer.principalTitle()).trim());
        }
        if (!signer.title().isEmpty()) {
            lines.add(signer.title());
        }
        return new SignatureBlock(lines, "", signer.name());
    }

    /**
     * The issuing authority line of a decision: the signer's principal title and the body, in capitals
     * ("GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO").
     */
    public static String authority(Delegation delegation) {
        Signer signer = delegation.signer();
        String title = signer.signsOnBehalf() ? signer.principalTitle() : signer.title();
        return (title + " " + delegation.issuingBody().name()).trim();
    }

    /** " của Sở Văn hóa và Thể thao", or nothing when the body is not named: a citation never ends in "của". */
    public static String ofBody(Delegation delegation) {
        return of(bodyInSentence(delegation));
    }

    /** " của " + {@code who}, or nothing for nobody. */
    public static String of(String who) {
        return who.isEmpty() ? "" : " của " + who;
    }

    /** The body's name inside a sentence: "Sở Văn hóa và Thể thao". */
    public static String bodyInSentence(Delegation delegation) {
        return AgencyNames.inSentence(delegation.issuingBody().name());
    }

    /**
     * "Nơi nhận" items as printed: "- Ban Giám đốc Sở;" … "- Lưu: VT, TCPC." — a dash before each, a
     * semicolon after each but the last, which ends with a full stop.
     */
    public static List<String> recipients(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = stripEnd(items.get(i));
            out.add("- " + item + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    private static String stripEnd(String item) {
        String trimmed = item.strip();
        if (trimmed.startsWith("-")) {
            trimmed = trimmed.substring(1).strip();
        }
        while (trimmed.endsWith(";") || trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
