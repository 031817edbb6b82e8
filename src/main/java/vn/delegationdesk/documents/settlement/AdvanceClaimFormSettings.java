package vn.delegationdesk.documents.settlement;

import vn.delegationdesk.common.Texts;

/**
 * The lines that name the printed form of the Giấy đề nghị thanh toán tạm ứng: its code ("Mẫu số C43-BB") and the
 * circular that issued it. Kept apart from the layout so they can be edited, as {@link SettlementFormSettings} are for the
 * C17-HD: TT 24/2024/TT-BTC may rename the form. A blank value prints the default.
 */
public record AdvanceClaimFormSettings(String formCode, String formBasis) {
    public static final String DEFAULT_FORM_CODE = "Mẫu số C43-BB";
    public static final String DEFAULT_FORM_BASIS = SettlementFormSettings.DEFAULT_FORM_BASIS;

    public AdvanceClaimFormSettings {
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
    public static AdvanceClaimFormSettings defaults() {
        return new AdvanceClaimFormSettings(DEFAULT_FORM_CODE, DEFAULT_FORM_BASIS);
    }
}
