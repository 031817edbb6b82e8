package vn.delegationdesk.conferencedesk;

/**
 * Names as a seat's small box shows them: in full when they fit its lines, else as the printed plan shortens them, the
 * family and middle names as initials ("N.V. An").
 */
public final class SeatNames {
    private SeatNames() {
    }

    /**
     * {@code name} in full when it breaks at spaces into at most {@code lines} lines of {@code charsPerLine} characters,
     * else with the family and middle names as initials: "Nguyễn Thị Thanh Hương" becomes "N.T.T. Hương".
     */
    public static String shortName(String name, int charsPerLine, int lines) {
        String clean = name == null ? "" : name.strip();
        if (fits(clean, charsPerLine, lines)) {
            return clean;
        }
        String[] words = clean.split("\\s+");
        if (words.length < 2) {
            return clean;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            initials.appendCodePoint(words[i].codePointAt(0)).append('.');
        }
        return initials + " " + words[words.length - 1];
    }

    /** Whether {@code text} breaks at spaces into at most {@code lines} lines of {@code charsPerLine} characters. */
    static boolean fits(String text, int charsPerLine, int lines) {
        int used = 1;
        int line = 0;
        for (String word : text.split("\\s+")) {
            int length = word.codePointCount(0, word.length());
            if (length > charsPerLine) {
                return false;
            }
            if (line == 0) {
                line = length;
            } else if (line + 1 + length <= charsPerLine) {
                line += 1 + length;
            } else {
                used++;
                line = length;
            }
        }
        return used <= lines;
    }
}
