package vn.delegationdesk.reading.delegation;

import java.util.ArrayList;
import java.util.List;

/**
 * The typing slips the office's delegation plans are known to carry (seed 000), corrected when read and each listed to
 * the user as a gap ("đã sửa lỗi gõ …"), never silently. Kept small on purpose: a slip belongs here only when it is
 * certainly a slip (a repeated word, a misspelt place or body name); anything else stays as written.
 */
final class KnownSlips {
    /** A slip as written and its correction. */
    record Slip(String written, String corrected) {
    }

    private static final List<Slip> SLIPS = List.of(
            // the city's official name; "Mê" is the spoken variant
            new Slip("Buôn Mê Thuột", "Buôn Ma Thuột"),
            // a missing "g" and a repeated word
            new Slip("quản bá các các", "quảng bá các"),
            // the provincial department's name, written with "và" twice
            new Slip("Sở Văn hóa và Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
            // Lâm Đồng is a province: the leg's heading "b) Tại thành phố Lâm Đồng"
            new Slip("Tại thành phố Lâm Đồng", "Tại tỉnh Lâm Đồng"));

    private KnownSlips() {
    }

    /** The text with every known slip corrected, and the slips it had (in the order of the table, once each). */
    static Corrected correct(String text) {
        String value = text;
        List<Slip> found = new ArrayList<>();
        for (Slip slip : SLIPS) {
            if (value.contains(slip.written())) {
                value = value.replace(slip.written(), slip.corrected());
                found.add(slip);
            }
        }
        return new Corrected(value, found);
    }

    /** A corrected text and the slips it had. */
    record Corrected(String text, List<Slip> slips) {
        Corrected {
            slips = List.copyOf(slips);
        }
    }
}
