package vn.delegationdesk.delegation.member.roster;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * Column titles of a workbook by field, for any list read through {@link WorkbookReader} (the member list's
 * {@link HeaderNames}, the conference desk's delegate list). Titles are compared by {@link #key}: folded (no accents,
 * lower case) words without punctuation, so "Số CCCD/CMND", "so cccd cmnd" and "SỐ CCCD - CMND" match. The running
 * number column (STT, TT, Số thứ tự) is known in every list and never names a field. Immutable.
 *
 * @param <F> the fields a column can fill
 */
public final class TitleMatcher<F extends Enum<F>> {
    private static final Set<String> INDEX_KEYS = Set.of("stt", "tt", "so tt", "so thu tu");

    private final Map<F, List<String>> titles;
    private final Map<String, F> byKey = new LinkedHashMap<>();

    /** The titles of each field, the first being the one a writer of the list uses. */
    public TitleMatcher(Class<F> type, Map<F, List<String>> titles) {
        this.titles = new EnumMap<>(type);
        titles.forEach((field, names) -> this.titles.put(field, List.copyOf(names)));
        this.titles.forEach((field, names) -> names.forEach(title -> byKey.putIfAbsent(key(title), field)));
    }

    /** The comparison key of a header text: its folded words joined by one space. */
    public static String key(String header) {
        return String.join(" ", TextFolding.tokens(header));
    }

    /** The first title of {@code field}. */
    public String title(F field) {
        return titles.get(field).get(0);
    }

    /**
     * The field a header names: an exact title first, else the longest title of several words the header begins with
     * ("Số điện thoại di động cá nhân" is a phone column, "Nhóm máu" is no group); empty for anything else, STT
     * included.
     */
    public Optional<F> field(String header) {
        String key = key(header);
        if (key.isEmpty() || INDEX_KEYS.contains(key)) {
            return Optional.empty();
        }
        F exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String best = null;
        for (String title : byKey.keySet()) {
            boolean severalWords = title.indexOf(' ') > 0;
            if (severalWords && key.startsWith(title + " ") && (best == null || title.length() > best.length())) {
                best = title;
            }
        }
        return best == null ? Optional.empty() : Optional.of(byKey.get(best));
    }

    /** True for a title of the list (STT included): what {@link WorkbookReader} looks for to find the header row. */
    public boolean isKnown(String header) {
        String key = key(header);
        return !key.isEmpty() && (INDEX_KEYS.contains(key) || byKey.containsKey(key));
    }
}
