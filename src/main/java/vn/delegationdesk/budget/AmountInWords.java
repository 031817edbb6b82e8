package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sum of đồng in Vietnamese words as accounting documents write it ("Bằng chữ"): groups of three
 * digits with nghìn, triệu, tỷ; "mốt" and "tư" after a tens digit of two or more, "lăm" after any tens
 * digit, "linh" for a zero tens digit, "không trăm" inside the number; all-zero groups are skipped.
 */
public final class AmountInWords {
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"", "nghìn", "triệu"};
    private static final String BILLION = "tỷ";

    private AmountInWords() {
    }

    /** "Sáu mươi sáu triệu sáu trăm nghìn đồng" for 66.600.000. */
    public static String of(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        String words = amount == 0 ? DIGITS[0] : number(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    private static String number(long amount) {
        List<Integer> groups = new ArrayList<>();
        for (long rest = amount; rest > 0; rest /= 1000) {
            groups.add((int) (rest % 1000));
        }
        List<String> words = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            int group = groups.get(i);
            if (group == 0) {
                continue;
            }
            words.add(group(group, i == groups.size() - 1));
            String scale = scale(i);
            if (!scale.isEmpty()) {
                words.add(scale);
            }
        }
        return String.join(" ", words);
    }

    private static String scale(int index) {
        StringBuilder name = new StringBuilder(SCALES[index % 3]);
        for (int i = 0; i < index / 3; i++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(BILLION);
        }
        return name.toString();
    }

    /** One group of three digits; the leading group of the number is read without leading zeros. */
    private static String group(int value, boolean leading) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        List<String> words = new ArrayList<>();
        boolean readHundreds = !leading || hundreds > 0;
        if (readHundreds) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units != 0 && readHundreds) {
                words.add("linh");
            }
        } else if (tens == 1) {
            words.add("mười");
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
        }
        if (units != 0) {
            words.add(unit(units, tens));
        }
        return String.join(" ", words);
    }

    private static String unit(int units, int tens) {
        if (units == 1 && tens >= 2) {
            return "mốt";
        }
        if (units == 4 && tens >= 2) {
            return "tư";
        }
        if (units == 5 && tens >= 1) {
            return "lăm";
        }
        return DIGITS[units];
    }
}
