package vn.delegationdesk.abroad.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time zones offered in the zone cells of stops and flights: common IANA zones of official trips, each shown with
 * its UTC offset at a given instant and a Vietnamese place name ("Asia/Seoul (UTC+9, Seoul)"). Any other IANA id may
 * still be typed; what is stored is always the id.
 */
public final class ZoneChoices {
    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("Asia/Ho_Chi_Minh", "Hà Nội, TP. Hồ Chí Minh");
        PLACES.put("Asia/Bangkok", "Bangkok, Viêng Chăn");
        PLACES.put("Asia/Phnom_Penh", "Phnôm Pênh");
        PLACES.put("Asia/Jakarta", "Gia-các-ta");
        PLACES.put("Asia/Singapore", "Xin-ga-po");
        PLACES.put("Asia/Kuala_Lumpur", "Cu-a-la Lăm-pơ");
        PLACES.put("Asia/Manila", "Ma-ni-la");
        PLACES.put("Asia/Shanghai", "Bắc Kinh, Thượng Hải");
        PLACES.put("Asia/Hong_Kong", "Hồng Kông");
        PLACES.put("Asia/Taipei", "Đài Bắc");
        PLACES.put("Asia/Seoul", "Seoul");
        PLACES.put("Asia/Tokyo", "Tô-ky-ô");
        PLACES.put("Asia/Kolkata", "Niu Đê-li");
        PLACES.put("Asia/Dubai", "Đu-bai");
        PLACES.put("Europe/Moscow", "Mát-xcơ-va");
        PLACES.put("Europe/Istanbul", "Ix-tan-bun");
        PLACES.put("Europe/Berlin", "Béc-lin");
        PLACES.put("Europe/Paris", "Pa-ri");
        PLACES.put("Europe/Rome", "Rô-ma");
        PLACES.put("Europe/Madrid", "Ma-đrít");
        PLACES.put("Europe/Amsterdam", "Am-xtéc-đam");
        PLACES.put("Europe/Brussels", "Brúc-xen");
        PLACES.put("Europe/Prague", "Pra-ha");
        PLACES.put("Europe/London", "Luân Đôn");
        PLACES.put("America/New_York", "Niu Oóc, Oa-sinh-tơn");
        PLACES.put("America/Chicago", "Chi-ca-gô");
        PLACES.put("America/Los_Angeles", "Lốt An-giơ-lét, Xan Phran-xi-xcô");
        PLACES.put("America/Toronto", "Tô-rôn-tô, Ốt-ta-oa");
        PLACES.put("Australia/Sydney", "Xít-ni, Can-bê-ra");
        PLACES.put("Australia/Melbourne", "Men-bơn");
        PLACES.put("Pacific/Auckland", "Ốc-lân");
    }

    private ZoneChoices() {
    }

    /** The ids offered, in the order shown: Việt Nam first, then Asia, Europe, the Americas, Oceania. */
    public static List<String> ids() {
        return List.copyOf(PLACES.keySet());
    }

    /** "Asia/Seoul (UTC+9, Seoul)" with the offset at {@code at}; a zone not in the list shows its id and offset. */
    public static String label(String id, Instant at) {
        Optional<ZoneId> zone = zone(id);
        if (zone.isEmpty()) {
            return id;
        }
        String offset = offset(zone.get().getRules().getOffset(at));
        String place = PLACES.get(id);
        return id + " (" + offset + (place == null ? "" : ", " + place) + ")";
    }

    /**
     * The zone id in what was typed or chosen: the id itself, or a label of the list ("Asia/Seoul (UTC+9, Seoul)" →
     * "Asia/Seoul"); the text as typed, stripped, when it is neither (the reader names it).
     */
    public static String idOf(String text) {
        String typed = text == null ? "" : text.strip();
        int bracket = typed.indexOf(" (");
        if (bracket > 0 && typed.endsWith(")") && zone(typed.substring(0, bracket)).isPresent()) {
            return typed.substring(0, bracket);
        }
        return typed;
    }

    /** "UTC+9", "UTC+5:30", "UTC+0", "UTC-5". */
    static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        String sign = seconds < 0 ? "-" : "+";
        return "UTC" + sign + hours + (minutes == 0 ? "" : ":" + String.format("%02d", minutes));
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException | NullPointerException notZone) {
            return Optional.empty();
        }
    }
}
