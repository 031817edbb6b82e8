package vn.delegationdesk.abroad;

import java.time.LocalDate;
import java.util.List;

/**
 * The foreign rate sets the app ships, from ../shared/domain/regulations.md section 2 and its Addendum: the circulars'
 * numbers and dates are verified, their per-country figures are not, so both sets ship <b>empty</b> and the finance
 * office enters the Phụ lục figures (rate-set editor or file, next rounds). Never add a guessed figure here.
 */
public final class BuiltInForeignRateSets {
    public static final String TT102_ID = "tt-102-2012";
    public static final String TT140_ID = "tt-140-2025";

    private BuiltInForeignRateSets() {
    }

    public static List<ForeignRateSet> all() {
        return List.of(tt102(), tt140());
    }

    /** TT 102/2012/TT-BTC: signed 21/6/2012, in force 10/8/2012, replaced by TT 140/2025 from 14/02/2026. */
    static ForeignRateSet tt102() {
        return new ForeignRateSet(TT102_ID, "Thông tư 102/2012/TT-BTC", "102/2012/TT-BTC", LocalDate.of(2012, 8, 10),
                LocalDate.of(2026, 2, 13), "Chế độ công tác phí cho cán bộ, công chức nhà nước đi công tác ngắn hạn ở nước "
                        + "ngoài do ngân sách nhà nước bảo đảm kinh phí. Chưa có số liệu: phòng tài chính nhập mức tiền ăn "
                        + "và tiêu vặt, mức tiền thuê chỗ ở theo từng nước từ Phụ lục của Thông tư.", List.of());
    }

    /** TT 140/2025/TT-BTC: signed 30/12/2025, in force 14/02/2026. */
    static ForeignRateSet tt140() {
        return new ForeignRateSet(TT140_ID, "Thông tư 140/2025/TT-BTC", "140/2025/TT-BTC", LocalDate.of(2026, 2, 14), null,
                "Chế độ công tác phí đi công tác ngắn hạn ở nước ngoài do ngân sách nhà nước bảo đảm kinh phí. Chưa có số "
                        + "liệu: phòng tài chính nhập mức tiền ăn và tiêu vặt, mức tiền thuê chỗ ở theo từng nước từ Phụ "
                        + "lục của Thông tư.", List.of());
    }
}
