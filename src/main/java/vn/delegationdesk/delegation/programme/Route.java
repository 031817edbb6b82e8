package vn.delegationdesk.delegation.programme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.common.Texts;

/**
 * Where a journey starts and ends, as a travel activity's place writes it: "Hà Nội – Buôn Ma Thuột". The
 * plan's own wording is kept; {@link #names} compares place names the way a clerk reads them (case and
 * Unicode form do not matter). The stay plan and the printed travel orders ({@code documents.content.travel.TravelSegments})
 * both read journeys through it.
 */
public record Route(String from, String to) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final List<String> SEPARATORS = List.of("–", " - ", "-");

    public Route {
        from = Texts.clean(from);
        to = Texts.clean(to);
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException("a route needs both ends: " + from + " / " + to);
        }
    }

    /**
     * "Hà Nội – Buôn Ma Thuột" split on its en dash (or a spaced hyphen, or a lone hyphen), each separator
     * tried in that order and used only when it occurs once; empty when the text is no route ("Sân bay Nội
     * Bài", "Hà Nội – Huế – Đà Nẵng").
     */
    public static Optional<Route> parse(String place) {
        String text = Texts.clean(place);
        for (String separator : SEPARATORS) {
            int at = text.indexOf(separator);
            if (at > 0 && text.indexOf(separator, at + 1) < 0) {
                String from = text.substring(0, at).strip();
                String to = text.substring(at + separator.length()).strip();
                if (!from.isEmpty() && !to.isEmpty()) {
                    return Optional.of(new Route(from, to));
                }
            }
        }
        return Optional.empty();
    }

    /** The route of a travel activity; empty for any other kind or a place that is no route. */
    public static Optional<Route> of(Activity activity) {
        return activity.kind() == ActivityKind.TRAVEL ? parse(activity.place()) : Optional.empty();
    }

    /**
     * Whether {@code text} names {@code place}: the same place, or a longer name that contains it ("Bình
     * Thuận, tỉnh Lâm Đồng" names "Bình Thuận").
     */
    public static boolean names(String text, String place) {
        String whole = Texts.clean(text).toLowerCase(VIETNAMESE);
        String part = Texts.clean(place).toLowerCase(VIETNAMESE);
        return !part.isEmpty() && whole.contains(part);
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
