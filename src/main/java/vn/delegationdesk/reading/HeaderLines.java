package vn.delegationdesk.reading;

import java.util.regex.Pattern;

/**
 * The two lines of a Nghị định 30/2020 header both readers take: "Số: 12/KH-UBND" (the number may be blank until the
 * document is numbered) and "Hà Nội, ngày 05 tháng 01 năm 2026" (day and month may be blank until it is signed).
 */
public final class HeaderLines {
    /** Groups: number (may be empty), symbol. */
    public static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{L}\\d-]+)");
    /** Groups: place, day (may be absent), month (may be absent), year. */
    public static final Pattern PLACE_AND_DATE = Pattern.compile(
            "^([^,]{2,40}),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");

    private HeaderLines() {
    }
}
