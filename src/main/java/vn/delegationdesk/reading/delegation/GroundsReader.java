package vn.delegationdesk.reading.delegation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.LegalBasis;

/**
 * The grounds paragraph of a delegation plan ("Thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành uỷ Hà Nội về …;
 * Kế hoạch 217/KH-UBND ngày 12/8/2022 về …") split into legal bases, and the sentence that follows it ("Sở … xây dựng
 * kế hoạch …"), which names the issuing body when the document has no header.
 */
final class GroundsReader {
    private static final String KINDS = "Nghị quyết|Nghị định|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Luật|Chương trình|Đề án"
            + "|Công văn|Thông báo|Kết luận|Hướng dẫn|Văn bản";
    private static final Pattern BASIS = Pattern.compile("^(" + KINDS + ")\\s+(?:số\\s+)?([\\p{L}\\d/.-]+)"
            + "(?:\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}))?(?:\\s+của\\s+(.+?))?(?:\\s+về\\s+(.+))?$");
    private static final Pattern OPENS_BASIS = Pattern.compile("^(?:" + KINDS + ")\\s+(?:số\\s+)?[\\p{L}\\d]*\\d");
    private static final Pattern INTRO = Pattern.compile(
            "(?:^|[.;]\\s+)((?:Ủy ban nhân dân|UBND|Sở|Ban|Phòng|Bộ|Trung tâm|Cục|Văn phòng|Hội)[^;.]{0,90}?)"
                    + "\\s+(?:ban hành|xây dựng|tổ chức)\\s+[Kk]ế hoạch");
    private static final Pattern LEAD_WORDS = Pattern.compile("^(?:Thực hiện|Căn cứ)\\s+");

    /** The grounds, what could not be split ("" when all could) and the issuing body the intro names ("" if none). */
    record Grounds(List<LegalBasis> bases, List<String> unread, String introBody) {
        Grounds {
            bases = List.copyOf(bases);
            unread = List.copyOf(unread);
        }
    }

    private GroundsReader() {
    }

    static Grounds read(String preamble) {
        String grounds = preamble;
        String introBody = "";
        Matcher intro = INTRO.matcher(preamble);
        if (intro.find()) {
            introBody = intro.group(1).strip();
            grounds = preamble.substring(0, intro.start());
        }
        List<String> segments = new ArrayList<>();
        for (String part : grounds.split(";")) {
            String s = LEAD_WORDS.matcher(part.strip()).replaceFirst("").strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!segments.isEmpty() && !OPENS_BASIS.matcher(s).find()) {
                segments.set(segments.size() - 1, segments.get(segments.size() - 1) + "; " + s);
            } else {
                segments.add(s);
            }
        }
        List<LegalBasis> bases = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String segment : segments) {
            String s = segment.replaceAll("[,.;:]+$", "").strip();
            Matcher m = BASIS.matcher(s);
            if (m.matches()) {
                LocalDate date = m.group(3) == null ? null : date(m.group(5), m.group(4), m.group(3));
                bases.add(new LegalBasis(m.group(1), m.group(2), date, issuer(m.group(6)), m.group(7) == null ? "" : m.group(7)));
            } else {
                unread.add(s);
            }
        }
        return new Grounds(bases, unread, introBody);
    }

    /** An issuer as the app writes it: the old tone placement "uỷ" made "ủy" ("Thành uỷ" → "Thành ủy"). */
    static String issuer(String raw) {
        return raw == null ? "" : raw.strip().replace("uỷ", "ủy").replace("Uỷ", "Ủy");
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
