package vn.delegationdesk.fuzz;

import java.util.List;
import java.util.Random;

/** Values an attacker or a broken tool puts into a file: control characters, broken UTF-16, extremes. */
final class HostileValues {
    static final List<String> TEXTS = List.of(
            "", " ", "\t", "A\u0000B", "Nguyễn\u001b[31mVăn", "chuông\u0007", "dòng\nmới", "\r\n", "xóa\u007f",
            "C1\u0085\u009b", "\ud800", "x\udc00y", "\udbff\udfff", "😀 Đoàn", "\u202eAnh Văn\u202c", "\u2066ẩn\u2069",
            "không\u200brộng", "\ufeffBOM", "e\u0301 (tổ hợp)", "<script>alert(1)</script>", "'; DROP TABLE member; --",
            "%s %n {0} ${jndi:ldap://x}", "=HYPERLINK(\"http://x\")", "../../etc/passwd", "CON", "\\\\server\\share");
    static final List<String> NUMBERS = List.of(
            "0", "-1", "-0", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1e-400", "1.5", "0.70", "12345.678",
            "99999999999999999999999999999999999999", "1E+2", "4.9e-324", "1.7976931348623157e308");

    private HostileValues() {
    }

    static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    static String number(Random random) {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    /** A long text: Vietnamese letters, sometimes with one hostile character inside. */
    static String longText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ";
        while (text.length() < length) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        if (random.nextBoolean()) {
            text.setCharAt(random.nextInt(length), (char) random.nextInt(0x20));
        }
        return text.toString();
    }
}
