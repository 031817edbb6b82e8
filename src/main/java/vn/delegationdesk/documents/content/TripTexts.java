package vn.delegationdesk.documents.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/** Phrases about the trip that the itinerary and the results report both print (the travel orders its transport names). */
public final class TripTexts {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String ORGANISE = "Tổ chức ";

    private TripTexts() {
    }

    /**
     * The delegation's purpose in one line: "Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk
     * và tỉnh Lâm Đồng". Plans title a trip "Tổ chức Đoàn … về <a long theme> tại <places>"; the theme is what
     * makes the title four lines long, so the words before " về " are kept and the places put back. A title
     * without " về " is printed whole, without its leading "Tổ chức".
     */
    static String shortPurpose(Delegation delegation) {
        String title = delegation.title();
        if (title.startsWith(ORGANISE) && title.length() > ORGANISE.length()) {
            title = DelegationWording.upperFirst(title.substring(ORGANISE.length()));
        }
        int about = title.indexOf(" về ");
        String places = places(delegation.legs());
        if (about < 0 || places.isEmpty()) {
            return title;
        }
        return title.substring(0, about) + " tại " + places;
    }

    /** "tỉnh Đắk Lắk và tỉnh Lâm Đồng"; "A, B và C" for three legs. */
    static String places(List<Leg> legs) {
        List<String> names = legs.stream().map(Leg::place).filter(p -> !p.isEmpty()).distinct().toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** "Từ ngày 14/10/2025 đến ngày 19/10/2025", "Ngày 14/10/2025" for one day, empty when not known. */
    static String fromTo(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            LocalDate one = first == null ? last : first;
            return one == null ? "" : "Ngày " + VietnameseDates.format(one);
        }
        if (first.equals(last)) {
            return "Ngày " + VietnameseDates.format(first);
        }
        return "Từ ngày " + VietnameseDates.format(first) + " đến ngày " + VietnameseDates.format(last);
    }

    /** The session as a programme table's first column writes it: "Sáng", "Chiều", "Tối", "Cả ngày". */
    static String session(HalfDay halfDay) {
        switch (halfDay) {
            case MORNING:
                return "Sáng";
            case AFTERNOON:
                return "Chiều";
            case EVENING:
                return "Tối";
            default:
                return "Cả ngày";
        }
    }

    /** The session inside a sentence: "buổi sáng", "cả ngày". */
    static String sessionInSentence(HalfDay halfDay) {
        return halfDay == HalfDay.ALL_DAY ? "cả ngày" : "buổi " + session(halfDay).toLowerCase(VIETNAMESE);
    }

    /** "Máy bay", "Ô tô", …, as a table cell writes it; the empty string for none. */
    public static String transport(TransportMode mode) {
        if (mode == null) {
            return "";
        }
        String name = DelegationWording.transportName(mode);
        return name.substring(0, 1).toUpperCase(VIETNAMESE) + name.substring(1);
    }

    static Optional<Conference> conference(Delegation delegation, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return delegation.conferences().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** "Kết quả" + a title: "Tổ chức Đoàn …" reads "tổ chức Đoàn …" inside the phrase. */
    static String lowerFirst(String text) {
        return DelegationWording.lowerFirst(text);
    }
}
