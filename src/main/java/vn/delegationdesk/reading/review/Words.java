package vn.delegationdesk.reading.review;

import vn.delegationdesk.common.Phrase;

/**
 * How the forms get their Vietnamese: a message of the bundle and an enum's name there. The UI passes the bundle; the
 * forms stay free of it (they are domain code).
 */
public interface Words {
    /** The sentence of {@code phrase}. */
    String text(Phrase phrase);

    /** The Vietnamese name of {@code value} ("Buổi sáng", "Ô tô"). */
    String label(Enum<?> value);

    default String text(String key, Object... args) {
        return text(Phrase.of(key, args));
    }
}
