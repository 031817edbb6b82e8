package vn.delegationdesk.delegation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.programme.Leg;

/**
 * The names the app proposes for the files it writes: Vietnamese without marks, safe on Windows, macOS and Linux
 * alike, and telling one delegation's files from another's. A name is parts joined by "_", each part words joined
 * by "-": "Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx" is the estimate of the trip to Đắk Lắk and Lâm Đồng in October 2025.
 *
 * <p>Each part loses its tone and vowel marks (đ becomes d), every character that is not an ASCII letter or digit
 * becomes a separator (so nothing Windows forbids, {@code <>:"/\|?*} or control characters, and no dot, space or
 * leading dash remains), and runs of separators collapse into one. The name before its extension is at most
 * {@link #MAX_BASE} characters, cut between words, and never a name Windows reserves (CON, NUL, COM1 ...).
 */
public final class FileNames {
    /** The longest name before its extension: far within any system's limit, short enough to read in a chooser. */
    public static final int MAX_BASE = 80;
    private static final int MAX_TITLE_WORDS = 10;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Words that say what kind of place a place is ("tỉnh Đắk Lắk"), dropped from its front; marks matter ("Tịnh Biên"). */
    private static final List<String> PLACE_KINDS = List.of("thành phố", "tp", "tỉnh", "thị xã", "huyện", "quận",
            "phường", "xã");
    /** Plans are titled "Tổ chức Đoàn …": a name made from the title starts after these words. */
    private static final List<String> TITLE_OPENINGS = List.of("To-chuc-", "Ke-hoach-");

    private FileNames() {
    }

    /**
     * The file of {@code document} for delegation {@code d}: "Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx". The places are
     * the trip's, in order and without "tỉnh" or "thành phố"; without places, the first words of the title. The month
     * is that of the trip's first day, left out while the trip has no date.
     *
     * @param document  what the file holds, in Vietnamese ("Dự toán", "Kế hoạch"); marks are removed
     * @param extension without the dot ("xlsx")
     */
    public static String forDelegation(String document, Delegation d, String extension) {
        return forDelegation(document, "", d, extension);
    }

    /**
     * As {@link #forDelegation(String, Delegation, String)} with a {@code detail} after the document: the travel order
     * of one member is "Giay-di-duong_Nguyen-Van-Hung_Dak-Lak-Lam-Dong_10-2025.pdf".
     */
    public static String forDelegation(String document, String detail, Delegation d, String extension) {
        String month = d.firstDate().map(FileNames::month).orElse("");
        return of(extension, document, detail, subject(d), month);
    }

    /**
     * A name of {@code parts}, each made safe ({@link #part}) and joined by "_", empty parts left out; then cut to
     * {@link #MAX_BASE} characters between words, and given {@code extension}. "Tep" stands for a name with no part.
     */
    public static String of(String extension, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String text : parts) {
            String safe = part(text);
            if (!safe.isEmpty()) {
                kept.add(safe);
            }
        }
        String base = bounded(String.join("_", kept));
        if (base.isEmpty()) {
            base = "Tep";
        }
        if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            base = base + "_";
        }
        String ext = part(extension).toLowerCase(Locale.ROOT);
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** One part of a name: "Đắk Lắk / Lâm Đồng?" becomes "Dak-Lak-Lam-Dong"; null and blank become "". */
    public static String part(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return EDGE_DASHES.matcher(NOT_ASCII_WORD.matcher(bare).replaceAll("-")).replaceAll("");
    }

    /** "Dak-Lak-Lam-Dong": the places of the legs, each once; else the first words of the title. */
    static String subject(Delegation d) {
        List<String> places = new ArrayList<>();
        for (Leg leg : d.legs()) {
            String place = part(withoutKind(leg.place()));
            if (!place.isEmpty() && !places.contains(place)) {
                places.add(place);
            }
        }
        if (!places.isEmpty()) {
            return String.join("-", places);
        }
        String title = part(d.title());
        for (String opening : TITLE_OPENINGS) {
            if (title.startsWith(opening)) {
                title = title.substring(opening.length());
            }
        }
        String[] words = title.split("-");
        return String.join("-", List.of(words).subList(0, Math.min(MAX_TITLE_WORDS, words.length)));
    }

    /** "Đắk Lắk" from "tỉnh Đắk Lắk", "Hồ Chí Minh" from "Thành phố Hồ Chí Minh" or "TP. Hồ Chí Minh". */
    private static String withoutKind(String place) {
        String text = place == null ? "" : Normalizer.normalize(place.strip(), Normalizer.Form.NFC);
        List<String> words = List.of(text.split("[\\s.]+"));
        String lower = String.join(" ", words).toLowerCase(VIETNAMESE);
        for (String kind : PLACE_KINDS) {
            int drop = kind.split(" ").length;
            if (lower.startsWith(kind + " ") && words.size() > drop) {
                return String.join(" ", words.subList(drop, words.size()));
            }
        }
        return text;
    }

    private static String month(LocalDate date) {
        return String.format(Locale.ROOT, "%02d-%d", date.getMonthValue(), date.getYear());
    }

    /** At most {@link #MAX_BASE} characters, cut at the last separator that fits (or hard when a word is longer). */
    private static String bounded(String base) {
        if (base.length() <= MAX_BASE) {
            return base;
        }
        String cut = base.substring(0, MAX_BASE);
        int lastSeparator = Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('_'));
        if (lastSeparator > 0) {
            cut = cut.substring(0, lastSeparator);
        }
        return cut.replaceAll("[-_]+$", "");
    }
}
