package vn.delegationdesk.delegation.member.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the user chose for each header text in earlier imports, by header {@link HeaderNames#key key}: a field,
 * or null for "ignore this column". Found by header text, not by position, so it still applies when a unit
 * sends its columns in another order. Immutable.
 */
public final class RememberedMapping {
    /** Entries kept at most; the oldest are dropped first. */
    static final int MAX_ENTRIES = 300;
    public static final RememberedMapping NONE = new RememberedMapping(new LinkedHashMap<>());

    private final Map<String, MemberField> byHeader;

    private RememberedMapping(LinkedHashMap<String, MemberField> byHeader) {
        this.byHeader = Collections.unmodifiableMap(byHeader);
    }

    /** From header texts (re-folded into keys) to fields; a null field means the column was ignored. */
    public static RememberedMapping of(Map<String, MemberField> choices) {
        LinkedHashMap<String, MemberField> map = new LinkedHashMap<>();
        choices.forEach((header, field) -> {
            String key = HeaderNames.key(header);
            if (!key.isEmpty()) {
                map.put(key, field);
            }
        });
        return new RememberedMapping(map);
    }

    /** True when the user has chosen something (possibly "ignore") for this header text before. */
    public boolean contains(String header) {
        return byHeader.containsKey(HeaderNames.key(header));
    }

    /** The remembered field of a header text; null when it was ignored or never chosen (see {@link #contains}). */
    public MemberField field(String header) {
        return byHeader.get(HeaderNames.key(header));
    }

    /** This memory updated by {@code newer}: its choices win and become the newest; the oldest beyond the limit go. */
    public RememberedMapping updatedWith(RememberedMapping newer) {
        LinkedHashMap<String, MemberField> merged = new LinkedHashMap<>(byHeader);
        newer.byHeader.forEach((key, field) -> {
            merged.remove(key);
            merged.put(key, field);
        });
        while (merged.size() > MAX_ENTRIES) {
            merged.remove(merged.keySet().iterator().next());
        }
        return new RememberedMapping(merged);
    }

    /** Header key to field (null for ignored), oldest first. */
    public Map<String, MemberField> asMap() {
        return byHeader;
    }

    public boolean isEmpty() {
        return byHeader.isEmpty();
    }
}
