package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * How the travel orders and the member list name a trip: its places ("tỉnh Đắk Lắk và tỉnh Lâm Đồng"), its
 * dates, and a short name of the delegation for a title line ("Đoàn khảo sát … tại tỉnh Đắk Lắk và tỉnh Lâm Đồng").
 */
public final class TripWording {
    /** A dotted blank for a form field filled in by hand. */
    public static final String DOTS = "…………………";
    /** A short dotted blank for a figure or a day. */
    public static final String SHORT_DOTS = "……";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private TripWording() {
    }

    /** The legs' places in order, each once: "tỉnh Đắk Lắk và tỉnh Lâm Đồng"; empty without legs. */
    public static String places(Delegation delegation) {
        List<String> places = new ArrayList<>();
        for (Leg leg : delegation.legs()) {
            String place = leg.place().isEmpty() ? leg.city() : leg.place();
            if (!place.isEmpty() && !places.contains(place)) {
                places.add(place);
            }
        }
        if (places.size() <= 1) {
            return String.join("", places);
        }
        return String.join(", ", places.subList(0, places.size() - 1)) + " và " + places.get(places.size() - 1);
    }

    /**
     * The delegation's name as a line can carry it: from "Đoàn" in the title up to its subject ("về …") or
     * its places ("tại …"), so "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô hình …"
     * gives "Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế"; "Đoàn công tác" when the title names none.
     */
    static String delegationName(Delegation delegation) {
        String title = delegation.title();
        int start = title.toLowerCase(VIETNAMESE).indexOf("đoàn ");
        if (start < 0) {
            return "Đoàn công tác";
        }
        String name = title.substring(start);
        for (String cut : List.of(" về ", " tại ")) {
            int at = name.indexOf(cut);
            if (at > 0) {
                name = name.substring(0, at);
            }
        }
        return "Đ" + name.substring(1).strip();
    }

    /** "Đoàn khảo sát … tại tỉnh Đắk Lắk và tỉnh Lâm Đồng": the name and, when known, the places. */
    public static String shortTitle(Delegation delegation) {
        String places = places(delegation);
        return places.isEmpty() ? delegationName(delegation) : delegationName(delegation) + " tại " + places;
    }

    /** "14/10/2025 – 19/10/2025"; empty when the trip has no dates yet. */
    static String dateRange(Delegation delegation) {
        return VietnameseDates.range(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null));
    }

    /** "Giám đốc" from "GIÁM ĐỐC": a title as a sentence quotes it. */
    public static String titleInSentence(String title) {
        if (title.isEmpty()) {
            return title;
        }
        String lower = title.toLowerCase(VIETNAMESE);
        return lower.equals(title) ? title : lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    /** "Phó Trưởng phòng, Văn phòng Sở": the position and the sending unit, either alone when the other is blank. */
    public static String positionAndUnit(Member member) {
        if (member.position().isEmpty() || member.sendingUnit().isEmpty()) {
            return member.position() + member.sendingUnit();
        }
        return member.position() + ", " + member.sendingUnit();
    }
}
