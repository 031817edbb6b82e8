package vn.delegationdesk.documents.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * Phrases the plan and the decision word alike, so that both cite a document, count people and name the
 * transport the same way ("Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về …", "03 người",
 * "máy bay và ô tô").
 */
final class DelegationWording {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DelegationWording() {
    }

    /** "Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về …", leaving out the parts not given. */
    static String legalBasis(LegalBasis basis) {
        StringBuilder out = new StringBuilder(basis.kind());
        appendPart(out, basis.number().isEmpty() ? "" : "số " + basis.number());
        appendPart(out, basis.date() == null ? "" : "ngày " + citeDate(basis.date()));
        appendPart(out, basis.issuer().isEmpty() ? "" : "của " + basis.issuer());
        appendPart(out, basis.subject().isEmpty() ? "" : "về " + basis.subject());
        return out.toString();
    }

    private static void appendPart(StringBuilder out, String part) {
        if (!part.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append(part);
        }
    }

    /**
     * A date inside a sentence, as the seed cites documents: "22/02/2022", "12/8/2022", "05/3/2020" — days
     * below 10 and the months January and February with a leading zero, as Nghị định 30/2020 writes dates.
     */
    static String citeDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + date.getYear();
    }

    /** A cited date that may not be known yet: the day left blank under the month and year expected. */
    static String citeDate(LocalDate date, LocalDate expected) {
        if (date != null) {
            return citeDate(date);
        }
        if (expected != null) {
            return OfficialParts.DAY_BLANK + "/" + month(expected.getMonthValue()) + "/" + expected.getYear();
        }
        return OfficialParts.DAY_BLANK + "/" + OfficialParts.DAY_BLANK + "/" + OfficialParts.DAY_BLANK;
    }

    private static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** "03", "12": counts of people take a leading zero below 10, as the seed writes "(03 người)". */
    static String twoDigits(int count) {
        return count < 10 && count >= 0 ? "0" + count : Integer.toString(count);
    }

    /** "03 người". */
    static String people(int count) {
        return twoDigits(count) + " người";
    }

    /** "máy bay và ô tô"; "máy bay, ô tô và tàu hỏa"; empty for none. */
    static String transport(List<TransportMode> modes) {
        return joinAnd(modes.stream().distinct().map(DelegationWording::transportName).toList());
    }

    static String transportName(TransportMode mode) {
        return switch (mode) {
            case PLANE -> "máy bay";
            case CAR -> "ô tô";
            case TRAIN -> "tàu hỏa";
            case BUS -> "xe khách";
            case SHIP -> "tàu thủy";
            case OTHER -> "khác";
        };
    }

    /** "Trưởng đoàn", "Phó đoàn", "Thành viên", "Thư ký". */
    static String roleName(DelegationRole role) {
        return switch (role) {
            case HEAD -> "Trưởng đoàn";
            case DEPUTY -> "Phó đoàn";
            case SECRETARY -> "Thư ký";
            case MEMBER -> "Thành viên";
        };
    }

    /** "tỉnh Đắk Lắk và tỉnh Lâm Đồng": the legs' places in order, each once. */
    static String places(List<Leg> legs) {
        return joinAnd(legs.stream().map(Leg::place).filter(p -> !p.isEmpty()).distinct().toList());
    }

    /** "a", "a và b", "a, b và c". */
    static String joinAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    /** The first letter in lower case, for a title quoted inside a sentence; acronyms ("UBND") stay. */
    static String lowerFirst(String text) {
        if (text.isEmpty() || startsWithAcronym(text)) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    /** "GIÁM ĐỐC" → "Giám đốc", "PHÓ GIÁM ĐỐC" → "Phó Giám đốc": a title in capitals as a sentence writes it. */
    static String sentenceCase(String capitals) {
        String lower = capitals.toLowerCase(VIETNAMESE).strip();
        String deputy = "phó ";
        if (lower.startsWith(deputy)) {
            return "Phó " + upperFirst(lower.substring(deputy.length()).strip());
        }
        return upperFirst(lower);
    }

    private static boolean startsWithAcronym(String text) {
        int end = text.indexOf(' ');
        String word = end < 0 ? text : text.substring(0, end);
        return word.length() > 1 && word.equals(word.toUpperCase(VIETNAMESE)) && Character.isLetter(word.charAt(1));
    }

    /** Text ending with a full stop (or the mark it already ends with). */
    static String sentence(String text) {
        if (text.isEmpty() || text.endsWith(".") || text.endsWith(":") || text.endsWith("…") || text.endsWith("!")) {
            return text;
        }
        return text + ".";
    }

    static String withoutFinalStop(String text) {
        String out = text.strip();
        while (out.endsWith(".") || out.endsWith(";")) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    /** The unit leading the work ("Phòng Tổ chức - Pháp chế"), if a responsibility is marked as lead. */
    static Optional<String> leadUnit(Delegation delegation) {
        return delegation.responsibilities().stream().filter(r -> r.role() == ResponsibilityRole.LEAD)
                .map(Responsibility::unit).filter(u -> !u.isEmpty()).findFirst();
    }

    /**
     * The head of a unit as a sentence names them: "Trưởng phòng Tổ chức - Pháp chế" for "Phòng Tổ chức -
     * Pháp chế", "Chánh Văn phòng Sở" for "Văn phòng Sở", else "Thủ trưởng" and the unit.
     */
    static String headOf(String unit) {
        String lower = unit.toLowerCase(VIETNAMESE);
        if (lower.startsWith("phòng ")) {
            return "Trưởng phòng " + unit.substring("phòng ".length());
        }
        if (lower.startsWith("văn phòng")) {
            return "Chánh " + unit;
        }
        return "Thủ trưởng " + unit;
    }

    /**
     * "Sở Văn hóa và Thể thao thành phố Hà Nội": the body and, for a local body, its city or province, unless the
     * body's name already says it ("Sở Văn hóa và Thể thao thành phố Hà Nội", "Sở Văn hóa và Thể thao Hà Nội").
     */
    static String bodyWithLocality(Delegation delegation) {
        String body = OfficialParts.bodyInSentence(delegation);
        String locality = locality(delegation.issuingBody().parentBody());
        if (locality.isEmpty() || TextFolding.fold(body).contains(TextFolding.fold(placeName(locality)))) {
            return body;
        }
        return body + " " + locality;
    }

    /** "Hà Nội" of "thành phố Hà Nội", "Lào Cai" of "tỉnh Lào Cai". */
    private static String placeName(String locality) {
        for (String marker : List.of("thành phố ", "tỉnh ")) {
            if (locality.startsWith(marker)) {
                return locality.substring(marker.length());
            }
        }
        return locality;
    }

    /**
     * What the plan organises, as a sentence names it after "kế hoạch" or "về việc": the title of a plan that starts
     * "Tổ chức Đoàn …" in lower case ("tổ chức Đoàn khảo sát …"); a title that names only the delegation ("Đoàn đi
     * học tập kinh nghiệm …") after "tổ chức", so the sentence says what the body does.
     */
    static String planSubject(Delegation delegation) {
        String title = withoutFinalStop(delegation.title());
        if (title.regionMatches(true, 0, "đoàn", 0, "đoàn".length())) {
            return "tổ chức Đoàn" + title.substring("đoàn".length());
        }
        return lowerFirst(title);
    }

    /** Whether a phrase already says that the delegation goes somewhere ("Đoàn đi học tập …", "… đi khảo sát …"). */
    static boolean saysGoing(String phrase) {
        return (" " + phrase.toLowerCase(VIETNAMESE) + " ").matches("(?s).*[\\s(,;]đi\\s.*");
    }

    /** "UBND THÀNH PHỐ HÀ NỘI" → "thành phố Hà Nội"; "" when the parent is not a people's committee. */
    static String locality(String parentBody) {
        String upper = parentBody.toUpperCase(VIETNAMESE).strip();
        String rest;
        if (upper.startsWith("UBND ")) {
            rest = upper.substring("UBND ".length());
        } else if (upper.startsWith("ỦY BAN NHÂN DÂN ")) {
            rest = upper.substring("ỦY BAN NHÂN DÂN ".length());
        } else {
            return "";
        }
        String lower = rest.toLowerCase(VIETNAMESE).strip();
        for (String marker : List.of("thành phố ", "tỉnh ")) {
            if (lower.startsWith(marker)) {
                return marker + capitaliseWords(lower.substring(marker.length()));
            }
        }
        return "";
    }

    private static String capitaliseWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            words.add(upperFirst(word));
        }
        return String.join(" ", words);
    }
}
