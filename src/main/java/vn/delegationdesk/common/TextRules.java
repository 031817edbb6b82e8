package vn.delegationdesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one text policy of the domain's boundary: what a text field may hold before it is stored, whatever the entry
 * point (editor, package, member workbook, rate-set file, command line, body profiles, document settings). A text is
 * refused, never changed here, when it
 * <ul>
 *   <li>is longer than its field's {@link TextLimit#maxLength()} ({@code validation.text.tooLong}: "dài 2.345 ký tự,
 *       tối đa 2.000");</li>
 *   <li>holds a C0 or C1 control character or DEL ({@code validation.text.control}), except tab, line feed and
 *       carriage return in a multi-line field; in a one-line field tab ({@code validation.text.tab}) and line breaks
 *       ({@code validation.text.lineBreak}) are refused too, since the store would keep what no form can show;</li>
 *   <li>holds U+2028 or U+2029, Unicode's own line and paragraph separators, which the printed documents do not break
 *       on ({@code validation.text.separator});</li>
 *   <li>holds half of a UTF-16 surrogate pair alone ({@code validation.text.surrogate}), which the store would
 *       silently turn into "?";</li>
 *   <li>holds an invisible direction mark, embedding, override or isolate (U+061C, U+200E, U+200F, U+202A–U+202E,
 *       U+2066–U+2069: {@code validation.text.bidi}), which can make a text read otherwise than it is;</li>
 *   <li>holds another invisible format character that serves no Vietnamese text and defeats search and the
 *       matching of names: zero width space U+200B, word joiner and invisible operators U+2060–U+2064, the
 *       deprecated format characters U+206A–U+206F, U+FEFF (a byte order mark inside the text) and the interlinear
 *       annotation marks U+FFF9–U+FFFB ({@code validation.text.invisible});</li>
 *   <li>holds a noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF: {@code validation.text.noncharacter}).</li>
 * </ul>
 * Allowed: every letter with its combining marks (Vietnamese in NFC or not), emoji as proper surrogate pairs, the zero
 * width joiner and non-joiner (U+200D, U+200C, which emoji sequences and some scripts need), soft hyphen, no-break
 * space and variation selectors. Each message names the character ({@code U+001B}) and its position, counted in
 * characters from 1; only the first bad character of a field is reported, with the length when both are wrong.
 * Entry points that are expected to tidy text (the member workbook) clean it first and say so; this class only judges.
 */
public final class TextRules {
    private static final Set<String> KEYS = Set.of("validation.text.tooLong", "validation.text.control", "validation.text.tab",
            "validation.text.lineBreak", "validation.text.separator", "validation.text.surrogate", "validation.text.bidi",
            "validation.text.invisible", "validation.text.noncharacter");

    private TextRules() {
    }

    /** The problems of {@code value} in the field at {@code path}; empty when it may be stored. Null counts as empty. */
    public static List<ValidationError> check(String path, String value, TextLimit limit) {
        List<ValidationError> errors = new ArrayList<>(0);
        check(path, value, limit, errors);
        return errors;
    }

    /** Adds the problems of {@code value} to {@code errors}. */
    public static void check(String path, String value, TextLimit limit, List<ValidationError> errors) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (value.length() > limit.maxLength()) {
            errors.add(ValidationError.of(path, "validation.text.tooLong", value.length(), limit.maxLength()));
        }
        ValidationError character = firstBadCharacter(path, value, limit.multiLine());
        if (character != null) {
            errors.add(character);
        }
    }

    /** Each element of a list field, at {@code path[i]}. */
    public static void checkEach(String path, List<String> values, TextLimit limit, List<ValidationError> errors) {
        for (int i = 0; i < values.size(); i++) {
            check(path + "[" + i + "]", values.get(i), limit, errors);
        }
    }

    /** The first character of {@code value} the policy refuses, as an error at {@code path}; null when there is none. */
    public static ValidationError firstBadCharacter(String path, String value, boolean multiLine) {
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            String key = problem(cp, multiLine);
            if (key != null) {
                return ValidationError.of(path, key, codeName(cp), position);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** The message key for code point {@code cp}, or null when it is allowed. A lone surrogate comes as itself. */
    static String problem(int cp, boolean multiLine) {
        if (cp == '\t') {
            return multiLine ? null : "validation.text.tab";
        }
        if (cp == '\n' || cp == '\r') {
            return multiLine ? null : "validation.text.lineBreak";
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return "validation.text.control";
        }
        if (cp < 0x600) {
            return null;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return "validation.text.surrogate";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "validation.text.separator";
        }
        if (cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return "validation.text.bidi";
        }
        if (cp == 0x200B || cp >= 0x2060 && cp <= 0x2064 || cp >= 0x206A && cp <= 0x206F || cp == 0xFEFF
                || cp >= 0xFFF9 && cp <= 0xFFFB) {
            return "validation.text.invisible";
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return "validation.text.noncharacter";
        }
        return null;
    }

    /**
     * {@code value} made safe to quote in a message on one line: each character the policy refuses in a one-line field
     * shown as U+FFFD (line breaks and tabs as a space), and cut to {@code maxLength} characters with "…". For naming
     * an item by a text that may itself be what is wrong ("Thành viên 4 (Nguyễn Văn � An) – Họ và tên: …").
     */
    public static String forDisplay(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (++count > maxLength) {
                return shown.append('…').toString();
            }
            String problem = problem(cp, false);
            if (problem == null) {
                shown.appendCodePoint(cp);
            } else {
                boolean space = "validation.text.tab".equals(problem) || "validation.text.lineBreak".equals(problem);
                shown.append(space ? ' ' : '\uFFFD');
            }
        }
        return shown.toString();
    }

    /** True for the message keys of this policy's problems (their message names neither field nor item). */
    public static boolean isTextProblem(String messageKey) {
        return KEYS.contains(messageKey);
    }

    /** "U+001B", "U+1F600". */
    public static String codeName(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
