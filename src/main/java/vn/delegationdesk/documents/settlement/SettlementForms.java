package vn.delegationdesk.documents.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * The printed names of the settlement's forms, the office's for every delegation: the Bảng kê's (C17-HD) and the Giấy đề
 * nghị thanh toán tạm ứng's (C43-BB) codes and circular lines. Kept with the data's small settings, so the finance
 * office changes them once when a new circular renames the forms (TT 24/2024/TT-BTC may); a blank value prints the
 * default.
 */
public record SettlementForms(SettlementFormSettings sheet, AdvanceClaimFormSettings claim) {
    static final String SHEET_CODE = "settlement_form_sheet_code";
    static final String SHEET_BASIS = "settlement_form_sheet_basis";
    static final String CLAIM_CODE = "settlement_form_claim_code";
    static final String CLAIM_BASIS = "settlement_form_claim_basis";
    /** A form line is one line of the page's corner: far shorter than its setting's column. */
    private static final TextLimit LINE = TextLimit.line("app_setting", "content", 300);

    public SettlementForms {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(claim, "claim");
    }

    public static SettlementForms defaults() {
        return new SettlementForms(SettlementFormSettings.defaults(), AdvanceClaimFormSettings.defaults());
    }

    /** The forms as stored, each value not stored (or stored blank) at its default. */
    public static SettlementForms load(SettingsRepository settings) {
        return new SettlementForms(
                new SettlementFormSettings(settings.get(SHEET_CODE).orElse(""), settings.get(SHEET_BASIS).orElse("")),
                new AdvanceClaimFormSettings(settings.get(CLAIM_CODE).orElse(""), settings.get(CLAIM_BASIS).orElse("")));
    }

    /** Stores the four lines. Run {@link #check} first. */
    public void save(SettingsRepository settings) {
        settings.put(SHEET_CODE, sheet.formCode());
        settings.put(SHEET_BASIS, sheet.formBasis());
        settings.put(CLAIM_CODE, claim.formCode());
        settings.put(CLAIM_BASIS, claim.formBasis());
    }

    /** The problems of four typed lines, each naming its field ("Bảng kê C17-HD – Số hiệu mẫu"); empty when valid. */
    public static List<ValidationError> check(String sheetCode, String sheetBasis, String claimCode, String claimBasis) {
        List<ValidationError> errors = new ArrayList<>();
        line(errors, "sheetCode", sheetCode, "settlement.forms.field.sheetCode");
        line(errors, "sheetBasis", sheetBasis, "settlement.forms.field.sheetBasis");
        line(errors, "claimCode", claimCode, "settlement.forms.field.claimCode");
        line(errors, "claimBasis", claimBasis, "settlement.forms.field.claimBasis");
        return errors;
    }

    private static void line(List<ValidationError> errors, String path, String value, String field) {
        for (ValidationError problem : TextRules.check(path, value == null ? "" : value, LINE)) {
            errors.add(ValidationError.of(path, "validation.text.named", Phrase.of(field),
                    new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
