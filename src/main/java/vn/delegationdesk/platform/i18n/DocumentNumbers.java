package vn.delegationdesk.platform.i18n;

import java.util.Locale;

/**
 * A document's number as Nghị định 30/2020 writes it, "125/QĐ-SVHTT", from what the clerk typed: the number alone
 * ("125") takes the symbol its kind of document expects; a number typed with a symbol ("125/QĐ-SVHTTDL", even
 * "Số: 125/QĐ-SVHTT") keeps the one typed, so a symbol is never printed twice. Every document that prints or cites a
 * number (plan, decision, travel orders, report, estimate, the Excel sheet) goes through here.
 */
public final class DocumentNumbers {
    /** Room for a number written by hand. */
    public static final String BLANK = " ".repeat(6);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DocumentNumbers() {
    }

    /** "Số: 125/QĐ-SVHTT", or "Số:       /QĐ-SVHTT" while the number is blank. */
    public static String numberLine(String typed, String symbol) {
        return "Số: " + reference(typed, symbol);
    }

    /**
     * "125/QĐ-SVHTT" as a header or a sentence quotes it; numbers below 10 take a leading zero; a blank number
     * leaves room to write it by hand; no symbol at all gives the number alone.
     */
    public static String reference(String typed, String symbol) {
        String number = bare(typed == null ? "" : typed);
        String expected = symbol == null ? "" : symbol.strip();
        int slash = number.indexOf('/');
        String own = slash < 0 ? "" : number.substring(slash + 1).strip();
        String head = slash < 0 ? number : number.substring(0, slash).strip();
        String shown = head.isEmpty() ? BLANK : padded(head);
        String tail = own.isEmpty() ? expected : own.toUpperCase(VIETNAMESE).equals(expected.toUpperCase(VIETNAMESE)) ? expected
                : own;
        return tail.isEmpty() ? shown : shown + "/" + tail;
    }

    /** The typed text without a leading "Số" or "Số:" and the spaces around it. */
    private static String bare(String typed) {
        String text = typed.strip();
        String lower = text.toLowerCase(VIETNAMESE);
        if (lower.startsWith("số")) {
            text = text.substring("số".length()).strip();
            if (text.startsWith(":")) {
                text = text.substring(1).strip();
            }
        }
        return text;
    }

    private static String padded(String number) {
        return number.length() == 1 && Character.isDigit(number.charAt(0)) ? "0" + number : number;
    }
}
