package vn.delegationdesk.platform.i18n;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, no tone or vowel marks, đ as d, runs of white space as
 * one space. "Đắk Lắk" and "dak lak" fold to the same key. A search matches when every word of the query
 * begins a word of the text, so "lak" and "dak l" find "Đắk Lắk" while "an" does not find "Lâm Đồng".
 */
public final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The folded words of a text or query (punctuation splits words); empty for a blank text. */
    public static List<String> tokens(String text) {
        String words = NOT_WORD.matcher(fold(text)).replaceAll(" ").strip();
        return words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    }

    /** A text prepared for {@link #matchesAll}: its folded words, each preceded by a space. */
    public static String searchKey(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : tokens(text)) {
            key.append(' ').append(word);
        }
        return key.toString();
    }

    /** True when every query word begins some word of the text whose {@link #searchKey} is given. */
    public static boolean matchesAll(String searchKey, List<String> queryTokens) {
        for (String token : queryTokens) {
            if (!searchKey.contains(" " + token)) {
                return false;
            }
        }
        return true;
    }
}
