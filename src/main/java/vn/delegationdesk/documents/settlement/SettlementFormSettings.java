package vn.delegationdesk.documents.settlement;

import vn.delegationdesk.common.Texts;

/**
 * The lines that name the printed form of the Bảng kê thanh toán công tác phí: its code ("Mẫu số C17-HD") and the
 * circular that issued it. Kept apart from the layout so they can be edited: TT 24/2024/TT-BTC may rename the form. A
 * blank value prints the default.
 */
public record SettlementFormSettings(String formCode, String formBasis) {
    public static final String DEFAULT_FORM_CODE = "Mẫu số C17-HD";
    public static final String DEFAULT_FORM_BASIS =
            "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)";

    public SettlementFormSettings {
        formCode = Texts.clean(formCode);
        formBasis = Texts.clean(formBasis);
        if (formCode.isEmpty()) {
            formCode = DEFAULT_FORM_CODE;
        }
        if (formBasis.isEmpty()) {
            formBasis = DEFAULT_FORM_BASIS;
        }
    }

    /** The form as Thông tư 107/2017/TT-BTC names it. */
    public static SettlementFormSettings defaults() {
        return new SettlementFormSettings(DEFAULT_FORM_CODE, DEFAULT_FORM_BASIS);
    }
}
