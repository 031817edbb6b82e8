package vn.delegationdesk.platform.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An agency's name as it reads inside a sentence. Headers write it in capitals ("SỞ VĂN HÓA VÀ THỂ THAO");
 * a sentence such as "Kèm theo Kế hoạch … của Sở Văn hóa và Thể thao" writes it with capitals only where
 * Nghị định 30/2020/NĐ-CP puts them: the kind of body, the first word of each field of its name (after a
 * comma or "và") and place names. The rules cover the usual names of departments and ministries; a name
 * typed with any small letter is taken as the user wrote it.
 */
public final class AgencyNames {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "MTTQ", "TW", "TP", "TP.", "BCH", "BQL");
    /** Words after which the rest of the name is a place, every word of it capitalised. */
    private static final Set<String> PLACE_MARKERS = Set.of("tỉnh", "phố", "quận", "huyện", "xã", "phường");

    private AgencyNames() {
    }

    public static String inSentence(String name) {
        if (name.isBlank() || !name.equals(name.toUpperCase(VIETNAMESE))) {
            return name;
        }
        String[] words = name.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        boolean place = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (ACRONYMS.contains(word)) {
                out.add(word);
                continue;
            }
            String lower = word.toLowerCase(VIETNAMESE);
            String previous = i == 0 ? "" : out.get(i - 1);
            boolean capital = i <= 1 || place || previous.equals("và") || previous.endsWith(",");
            out.add(capital ? capitalise(lower) : lower);
            if (PLACE_MARKERS.contains(lower) && i >= 2) {
                place = true;
            }
        }
        return String.join(" ", out);
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1);
    }
}
