package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The rate sets the app ships, from ../shared/domain/regulations.md. Figures marked [V] there are
 * verified; [P] figures ship marked unverified; [U] figures ship empty, for the clerk to type in.
 */
public final class BuiltInRateSets {
    public static final String TT40_ID = "tt-40-2017";
    public static final String TT12_ID = "tt-12-2025";
    public static final String HANOI_ID = "hn-nq-05-2025";

    private static final String TT40_ART6 = "TT 40/2017 Đ6";
    private static final String TT40_ART7 = "TT 40/2017 Đ7";
    private static final String TT40_ART12 = "TT 40/2017 Đ12 k4";
    private static final String TT12_ART6 = "TT 40/2017 Đ6, sửa đổi bởi TT 12/2025";
    private static final String TT12_ART7 = "TT 40/2017 Đ7, sửa đổi bởi TT 12/2025";
    private static final String TT12_ART12 = "TT 40/2017 Đ12 k4 (TT 12/2025 có sửa đổi hay không: chưa xác minh)";
    private static final String HANOI_BASIS = "NQ 09/2017/NQ-HĐND Phụ lục 03, sửa đổi bởi NQ 05/2025/NQ-HĐND";

    private BuiltInRateSets() {
    }

    public static List<RateSet> all() {
        return List.of(tt40(), tt12(), hanoi());
    }

    static RateSet tt40() {
        return new RateSet(TT40_ID, "Thông tư 40/2017/TT-BTC", "Bộ Tài chính", "40/2017/TT-BTC", RateSetKind.NATIONAL,
                LocalDate.of(2017, 7, 1), LocalDate.of(2025, 5, 3),
                "Chế độ công tác phí, chế độ chi hội nghị (mức gốc, trước khi sửa đổi bởi TT 12/2025).", List.of(
                        verified(RateKey.PER_DIEM, 200_000, TT40_ART6),
                        verified(RateKey.PER_DIEM_SEA, 250_000, TT40_ART6),
                        verified(RateKey.LODGING_FLAT_SENIOR, 1_000_000, TT40_ART7 + " k2"),
                        verified(RateKey.LODGING_FLAT_CITY, 450_000, TT40_ART7 + " k2"),
                        verified(RateKey.LODGING_FLAT_PROVINCE, 350_000, TT40_ART7 + " k2"),
                        verified(RateKey.LODGING_FLAT_OTHER, 300_000, TT40_ART7 + " k2"),
                        verified(RateKey.LODGING_INVOICE_MINISTER, 2_500_000, TT40_ART7 + " k3"),
                        verified(RateKey.LODGING_INVOICE_SENIOR_CITY, 1_200_000, TT40_ART7 + " k3"),
                        verified(RateKey.LODGING_INVOICE_SHARED_CITY, 1_000_000, TT40_ART7 + " k3, 2 người/phòng"),
                        verified(RateKey.LODGING_INVOICE_SENIOR_OTHER, 1_100_000, TT40_ART7 + " k3"),
                        verified(RateKey.LODGING_INVOICE_SHARED_OTHER, 700_000, TT40_ART7 + " k3, 2 người/phòng"),
                        verified(RateKey.CONFERENCE_MEAL_CITY, 200_000, TT40_ART12),
                        verified(RateKey.CONFERENCE_MEAL_PROVINCE, 150_000, TT40_ART12),
                        verified(RateKey.CONFERENCE_MEAL_COMMUNE, 100_000, TT40_ART12),
                        unknown(RateKey.CONFERENCE_REFRESHMENT, "Theo nghị quyết HĐND / quy chế chi tiêu nội bộ"),
                        unknown(RateKey.CONFERENCE_PRESENTATION, "Theo nghị quyết HĐND / quy chế chi tiêu nội bộ")));
    }

    static RateSet tt12() {
        return new RateSet(TT12_ID, "Thông tư 12/2025/TT-BTC", "Bộ Tài chính", "12/2025/TT-BTC", RateSetKind.NATIONAL,
                LocalDate.of(2025, 5, 4), null,
                "Sửa đổi, bổ sung TT 40/2017. Các mức phòng nghỉ chưa tìm được nguồn đầy đủ: nhập theo văn bản gốc.",
                List.of(
                        verified(RateKey.PER_DIEM, 300_000, TT12_ART6),
                        verified(RateKey.PER_DIEM_SEA, 400_000, TT12_ART6),
                        unverified(RateKey.LODGING_FLAT_SENIOR, 1_600_000, TT12_ART7),
                        unknown(RateKey.LODGING_FLAT_CITY, TT12_ART7),
                        unknown(RateKey.LODGING_FLAT_PROVINCE, TT12_ART7),
                        unknown(RateKey.LODGING_FLAT_OTHER, TT12_ART7),
                        unverified(RateKey.LODGING_INVOICE_MINISTER, 4_000_000, TT12_ART7),
                        unknown(RateKey.LODGING_INVOICE_SENIOR_CITY, TT12_ART7),
                        unknown(RateKey.LODGING_INVOICE_SHARED_CITY, TT12_ART7 + ", 2 người/phòng"),
                        unknown(RateKey.LODGING_INVOICE_SENIOR_OTHER, TT12_ART7),
                        unknown(RateKey.LODGING_INVOICE_SHARED_OTHER, TT12_ART7 + ", 2 người/phòng"),
                        unverified(RateKey.CONFERENCE_MEAL_CITY, 200_000, TT12_ART12),
                        unverified(RateKey.CONFERENCE_MEAL_PROVINCE, 150_000, TT12_ART12),
                        unverified(RateKey.CONFERENCE_MEAL_COMMUNE, 100_000, TT12_ART12),
                        unknown(RateKey.CONFERENCE_REFRESHMENT, "Theo nghị quyết HĐND / quy chế chi tiêu nội bộ"),
                        unknown(RateKey.CONFERENCE_PRESENTATION, "Theo nghị quyết HĐND / quy chế chi tiêu nội bộ")));
    }

    /** Hà Nội's own levels: the document is known, its figures are not, so every value ships empty. */
    static RateSet hanoi() {
        return new RateSet(HANOI_ID, "Nghị quyết 05/2025/NQ-HĐND Hà Nội", "HĐND thành phố Hà Nội", "05/2025/NQ-HĐND",
                RateSetKind.LOCAL, LocalDate.of(2025, 4, 29), null,
                "Sửa đổi Phụ lục 03 NQ 09/2017/NQ-HĐND (mức chi công tác phí, hội nghị của Hà Nội). "
                        + "Chưa có số liệu: nhập theo văn bản gốc rồi chọn cho đoàn.",
                Arrays.stream(RateKey.values()).map(k -> unknown(k, HANOI_BASIS)).toList());
    }

    private static RateValue verified(RateKey key, long amount, String basis) {
        return new RateValue(key, amount, basis, true);
    }

    private static RateValue unverified(RateKey key, long amount, String basis) {
        return new RateValue(key, amount, basis, false);
    }

    private static RateValue unknown(RateKey key, String basis) {
        return new RateValue(key, null, basis, false);
    }
}
