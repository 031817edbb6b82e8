package vn.delegationdesk.common;

import java.text.Normalizer;
import java.util.List;

/** Text hygiene shared by every entry point: Vietnamese text is stored in NFC, never NFD. */
public final class Texts {
    private Texts() {
    }

    /** NFC-normalised and trimmed; null becomes the empty string. */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    public static List<String> cleanAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(Texts::clean).toList();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * {@code value} cut to at most {@code width} characters, never between the two halves of a character outside the
     * basic plane; null becomes "". For names the system gives (a login, a computer, a folder) kept in a column.
     */
    public static String cut(String value, int width) {
        String text = value == null ? "" : value;
        if (text.length() <= width) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(width - 1)) ? width - 1 : width;
        return text.substring(0, end);
    }
}
