package vn.delegationdesk.delegation.member.roster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;

/**
 * Which cell styles format numbers as dates: from the workbook's styles (xl/styles.xml) only the number formats
 * ({@code <numFmts>}) and the cell formats ({@code <cellXfs>}), decided as POI's {@code DateUtil.isCellDateFormatted}
 * does. Bounded: at most {@link #MAX_FORMATS} of each, number formats of at most {@link #MAX_FORMAT_CHARS}.
 */
final class CellFormats {
    /** Excel itself allows 64,000 cell formats and a few hundred number formats of 255 characters. */
    static final int MAX_FORMATS = 65_536;
    static final int MAX_FORMAT_CHARS = 1_000;

    static final CellFormats NONE = new CellFormats(new int[0], Map.of());

    private final int[] numberFormatOfStyle;
    private final Map<Short, String> numberFormats;

    private CellFormats(int[] numberFormatOfStyle, Map<Short, String> numberFormats) {
        this.numberFormatOfStyle = numberFormatOfStyle;
        this.numberFormats = numberFormats;
    }

    static CellFormats read(XlsxPackage pkg, String part, String fileName) {
        Handler handler = new Handler(fileName);
        pkg.parse(part, handler);
        return new CellFormats(Arrays.copyOf(handler.styles, handler.count), handler.formats);
    }

    /** Whether a number in a cell of style {@code style} shows as a date. */
    boolean isDate(long style, double value) {
        if (!DateUtil.isValidExcelDate(value) || style < 0 || style >= numberFormatOfStyle.length) {
            return false;
        }
        short format = (short) numberFormatOfStyle[(int) style];
        String pattern = numberFormats.get(format);
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(format & 0xffff);
        }
        return DateUtil.isADateFormat(format, pattern);
    }

    private static final class Handler extends PartHandler {
        private final String fileName;
        private final Map<Short, String> formats = new HashMap<>();
        private int[] styles = new int[64];
        private int count;
        private int formatCount;
        private boolean inCellXfs;

        Handler(String fileName) {
            this.fileName = fileName;
        }

        @Override
        void start(String name, Attributes attributes) {
            if (name.equals("numFmt")) {
                String code = attribute(attributes, "formatCode");
                if (++formatCount > MAX_FORMATS || (code != null && code.length() > MAX_FORMAT_CHARS)) {
                    throw refused();
                }
                Integer id = number(attribute(attributes, "numFmtId"));
                if (id != null && code != null) {
                    formats.put((short) id.intValue(), code);
                }
            } else if (name.equals("cellXfs")) {
                inCellXfs = true;
            } else if (name.equals("xf") && inCellXfs) {
                if (count == MAX_FORMATS) {
                    throw refused();
                }
                if (count == styles.length) {
                    styles = Arrays.copyOf(styles, styles.length * 2);
                }
                Integer id = number(attribute(attributes, "numFmtId"));
                styles[count++] = id == null ? 0 : id;
            }
        }

        @Override
        void end(String name) {
            if (name.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        private RosterException refused() {
            return RosterException.of("roster.error.styles", "styles beyond limits", null, fileName, MAX_FORMATS, MAX_FORMAT_CHARS);
        }

        private static Integer number(String value) {
            if (value == null) {
                return null;
            }
            try {
                return (int) Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
