package vn.delegationdesk.documents.abroad;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.delegationdesk.abroad.AbroadCalendar;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.platform.i18n.AgencyNames;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/** The words the outbound documents share: countries, dates, figures, the exchange-rate line, the header. */
final class AbroadWording {
    static final String ROUNDING = "Làm tròn: mỗi dòng tính bằng ngoại tệ được quy đổi một lần sang đồng theo tỷ giá trên, "
            + "làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn lên).";

    private AbroadWording() {
    }

    /** The header of a numbered document: blanks for the number and the whole date while it is not registered. */
    static OfficialHeader header(Delegation d, String typeAbbreviation, IssueNumber issue) {
        IssuingBody body = d.issuingBody();
        return new OfficialHeader(body.parentBody(), body.name(),
                OfficialParts.numberLine(issue.number(), OfficialParts.symbol(body, typeAbbreviation)),
                OfficialParts.placeDateLine(d.document().place(), issue.date(), null));
    }

    /** "Hàn Quốc", "Hàn Quốc và Nhật Bản", "Hàn Quốc, Nhật Bản và Trung Quốc": each country once, in the order visited. */
    static String countries(OutboundPlan plan) {
        List<String> names = new ArrayList<>();
        for (CountryStop stop : plan.stops()) {
            if (!stop.countryName().isEmpty() && !names.contains(stop.countryName())) {
                names.add(stop.countryName());
            }
        }
        return joinAnd(names);
    }

    /** Each country once with its cities: "Hàn Quốc (Seoul)", "Hàn Quốc (Seoul, Busan) và Nhật Bản (Tokyo)". */
    static String destinations(OutboundPlan plan) {
        Map<String, List<String>> cities = new LinkedHashMap<>();
        for (CountryStop stop : plan.stops()) {
            List<String> of = cities.computeIfAbsent(stop.countryName(), c -> new ArrayList<>());
            if (!stop.city().isEmpty() && !of.contains(stop.city())) {
                of.add(stop.city());
            }
        }
        List<String> out = new ArrayList<>();
        cities.forEach((country, in) -> out.add(in.isEmpty() ? country : country + " (" + String.join(", ", in) + ")"));
        return joinAnd(out);
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }

    /** "04 ngày, từ ngày 06/04/2026 đến ngày 09/04/2026 (kể cả thời gian đi đường)"; empty while the dates are unknown. */
    static String tripTime(AbroadCalendar calendar) {
        if (calendar.exitDate() == null || calendar.reentryDate() == null) {
            return "";
        }
        return twoDigits(calendar.daysAbroad()) + " ngày, từ ngày " + VietnameseDates.format(calendar.exitDate())
                + " đến ngày " + VietnameseDates.format(calendar.reentryDate()) + " (kể cả thời gian đi đường)";
    }

    /** "Tỷ giá: 1 USD = 25.345,5 đồng, ngày 01/04/2026, nguồn: …", or the words saying it is not entered. */
    static String exchangeRateLine(ExchangeRate rate) {
        if (rate == null || rate.currency() == null || rate.vndPerUnit() == null || rate.vndPerUnit().signum() <= 0) {
            return "Tỷ giá: chưa nhập";
        }
        StringBuilder out = new StringBuilder("Tỷ giá: 1 ").append(rate.currency().getCurrencyCode()).append(" = ")
                .append(number(rate.vndPerUnit())).append(" đồng");
        if (rate.date() != null) {
            out.append(", ngày ").append(VietnameseDates.format(rate.date()));
        }
        if (!rate.source().isEmpty()) {
            out.append(", nguồn: ").append(rate.source());
        }
        return out.toString();
    }

    /** An exact amount, Vietnamese style, every decimal kept and none added: 1200 → "1.200", 25345.50 → "25.345,5". */
    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        BigDecimal stripped = value.stripTrailingZeros();
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        format.setMinimumFractionDigits(0);
        return format.format(stripped);
    }

    /** "05" for 5: counts of people and days as documents write them. */
    static String twoDigits(long count) {
        return count < 10 ? "0" + count : Long.toString(count);
    }

    /** "00:05" of a local time. */
    static String time(LocalDateTime local) {
        return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
    }

    /** "UTC+7", "UTC+9", "UTC-7", "UTC+5:30": the offset of {@code zone} at that local time. */
    static String offset(ZoneId zone, LocalDateTime local) {
        ZoneOffset offset = zone.getRules().getOffset(local);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "-" : "+";
        return "UTC" + sign + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
    }

    /** "Ủy ban nhân dân Thành phố Hà Nội": the superior body a proposal goes to, from the issuing body's parent. */
    static String superior(Delegation d) {
        String parent = AgencyNames.inSentence(d.issuingBody().parentBody());
        if (parent.startsWith("UBND ")) {
            parent = "Ủy ban nhân dân " + parent.substring("UBND ".length());
        }
        return parent;
    }

    /** "Bà Trịnh Thu Hà", "Ông Lưu Quang Huy", "Ông (bà) …". */
    static String addressed(Member member) {
        String address = member.gender() == Gender.FEMALE ? "Bà " : member.gender() == Gender.MALE ? "Ông " : "Ông (bà) ";
        return address + member.fullName();
    }

    /** "ngày 06/04/2026". */
    static String day(LocalDate date) {
        return "ngày " + VietnameseDates.format(date);
    }

    /** The text without its final full stop, so that a sentence can go on after it. */
    static String withoutFinalStop(String text) {
        String out = text.strip();
        while (out.endsWith(".") || out.endsWith(";")) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    /** "Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội về …", the parts that are known. */
    static String legalBasis(LegalBasis basis) {
        List<String> parts = new ArrayList<>();
        parts.add(basis.kind());
        if (!basis.number().isEmpty()) {
            parts.add("số " + basis.number());
        }
        if (basis.date() != null) {
            parts.add("ngày " + VietnameseDates.format(basis.date()));
        }
        if (!basis.issuer().isEmpty()) {
            parts.add("của " + basis.issuer());
        }
        if (!basis.subject().isEmpty()) {
            parts.add("về " + basis.subject());
        }
        return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** "Bà Trịnh Thu Hà, Phó Giám đốc, Sở Văn hóa và Thể thao Hà Nội – Trưởng đoàn". */
    static String memberLine(Member member) {
        StringBuilder out = new StringBuilder(addressed(member));
        if (!member.position().isEmpty()) {
            out.append(", ").append(member.position());
        }
        if (!member.sendingUnit().isEmpty()) {
            out.append(", ").append(member.sendingUnit());
        }
        String role = role(member.role());
        return role.isEmpty() ? out.toString() : out.append(" – ").append(role).toString();
    }

    /** "Trưởng đoàn", "Phó Trưởng đoàn", "Thư ký đoàn"; nothing for a member. */
    static String role(DelegationRole role) {
        return switch (role) {
            case HEAD -> "Trưởng đoàn";
            case DEPUTY -> "Phó Trưởng đoàn";
            case SECRETARY -> "Thư ký đoàn";
            case MEMBER -> "";
        };
    }
}
