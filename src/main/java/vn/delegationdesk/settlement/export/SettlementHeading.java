package vn.delegationdesk.settlement.export;

import vn.delegationdesk.common.Texts;

/**
 * What the top of the Bảng kê names besides the delegation: the unit's Mã QHNS and department (the document settings'),
 * the form's code and the circular that issued it (the form settings'). Blank values print as the PDF prints them: dots
 * for the code, nothing for the department.
 */
public record SettlementHeading(String budgetUnitCode, String department, String formCode, String formBasis) {
    public SettlementHeading {
        budgetUnitCode = Texts.clean(budgetUnitCode);
        department = Texts.clean(department);
        formCode = Texts.clean(formCode);
        formBasis = Texts.clean(formBasis);
    }
}
