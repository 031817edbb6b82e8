package vn.delegationdesk.delegation.member.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * The shared strings of a workbook (xl/sharedStrings.xml), read as POI's usermodel reads them: the runs of a rich
 * text concatenated, phonetic runs left out, "_x000D_" escapes decoded. Bounded: at most
 * {@link WorkbookReader#MAX_SHARED_STRINGS} strings, each at most {@link WorkbookReader#MAX_CELL_CHARS} characters,
 * their characters counted in the workbook's {@link TextBudget}. Each cell value is made once per string.
 */
final class SharedStrings {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** Raw text kept while a string is read: room for "_xHHHH_" escapes of the longest allowed string. */
    static final int MAX_RAW_CHARS = 8 * WorkbookReader.MAX_CELL_CHARS;

    static final SharedStrings NONE = new SharedStrings(List.of());

    private final List<String> strings;
    private final RosterCell[] cells;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
        this.cells = new RosterCell[strings.size()];
    }

    static SharedStrings read(XlsxPackage pkg, String part, String fileName, TextBudget budget) {
        Handler handler = new Handler(part, fileName, budget);
        pkg.parse(part, handler);
        return new SharedStrings(handler.strings);
    }

    /** The value of string {@code index}; blank for an index out of range, as POI reads it. */
    RosterCell cell(int index) {
        if (index < 0 || index >= cells.length) {
            return RosterCell.BLANK;
        }
        RosterCell cell = cells[index];
        if (cell == null) {
            cell = new RosterCell(strings.get(index), false);
            cells[index] = cell;
        }
        return cell;
    }

    /** Excel's escapes of characters XML cannot hold ("_x000D_"), decoded as POI's XSSFRichTextString does. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder decoded = new StringBuilder();
        Matcher m = ESCAPE.matcher(value);
        int at = 0;
        while (m.find()) {
            decoded.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        if (at == 0) {
            return value;
        }
        return decoded.append(value, at, value.length()).toString();
    }

    /**
     * Collects one rich text (a shared string's {@code <si>}, an inline string's {@code <is>}): its plain
     * {@code <t>}, else its runs' {@code <t>} joined; phonetic runs ignored. The caller says when it starts and ends.
     */
    static final class RichText {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder runs = new StringBuilder();
        private boolean hasPlain;
        private boolean hasRuns;
        private boolean inRun;
        private boolean inPhonetic;
        private boolean inText;

        void reset() {
            plain.setLength(0);
            runs.setLength(0);
            hasPlain = false;
            hasRuns = false;
            inRun = false;
            inPhonetic = false;
            inText = false;
        }

        void start(String name) {
            switch (name) {
                case "r":
                    inRun = true;
                    hasRuns = true;
                    break;
                case "rPh":
                    inPhonetic = true;
                    break;
                case "t":
                    inText = !inPhonetic;
                    hasPlain |= inText && !inRun;
                    break;
                default:
                    break;
            }
        }

        void end(String name) {
            switch (name) {
                case "r":
                    inRun = false;
                    break;
                case "rPh":
                    inPhonetic = false;
                    break;
                case "t":
                    inText = false;
                    break;
                default:
                    break;
            }
        }

        /** False when the text would pass {@link #MAX_RAW_CHARS}: the caller refuses it. */
        boolean text(char[] ch, int start, int length) {
            if (!inText) {
                return true;
            }
            StringBuilder target = inRun ? runs : plain;
            if (target.length() + length > MAX_RAW_CHARS) {
                return false;
            }
            target.append(ch, start, length);
            return true;
        }

        /** The text as POI gives it (null when there is none), escapes decoded. */
        String value() {
            if (hasRuns) {
                return decode(runs.toString());
            }
            return hasPlain ? decode(plain.toString()) : null;
        }
    }

    private static final class Handler extends PartHandler {
        private final String part;
        private final String fileName;
        private final TextBudget budget;
        private final List<String> strings = new ArrayList<>();
        private final RichText text = new RichText();
        private boolean inItem;

        Handler(String part, String fileName, TextBudget budget) {
            this.part = part;
            this.fileName = fileName;
            this.budget = budget;
        }

        @Override
        void start(String name, Attributes attributes) {
            if (name.equals("si")) {
                if (strings.size() == WorkbookReader.MAX_SHARED_STRINGS) {
                    throw RosterException.of("roster.error.tooManySharedStrings", part + ": more than "
                            + WorkbookReader.MAX_SHARED_STRINGS, null, fileName, WorkbookReader.MAX_SHARED_STRINGS);
                }
                inItem = true;
                text.reset();
            } else if (inItem) {
                text.start(name);
            }
        }

        @Override
        void end(String name) {
            if (name.equals("si")) {
                inItem = false;
                String value = text.value();
                if (value != null && value.length() > WorkbookReader.MAX_CELL_CHARS) {
                    throw tooLong();
                }
                budget.add(value == null ? 0 : value.length(), fileName);
                strings.add(value);
            } else if (inItem) {
                text.end(name);
            }
        }

        @Override
        void text(char[] ch, int start, int length) {
            if (inItem && !text.text(ch, start, length)) {
                throw tooLong();
            }
        }

        private RosterException tooLong() {
            return RosterException.of("roster.error.sharedStringTooLong", part + ": string " + (strings.size() + 1)
                    + " too long", null, fileName, strings.size() + 1, WorkbookReader.MAX_CELL_CHARS);
        }
    }
}
