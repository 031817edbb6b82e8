package vn.delegationdesk.plan.workbook;

import vn.delegationdesk.common.Texts;

/**
 * A task row of a return file as read: where it is (sheet and row number as Excel shows them) and the cells the import
 * looks at. The coordinating units, the period and the status are shown to the units but not read back.
 */
public record ReturnRow(String sheet, int row, String number, String content, String leadUnit, String result) {
    public ReturnRow {
        sheet = Texts.clean(sheet);
        number = Texts.clean(number);
        content = Texts.clean(content);
        leadUnit = Texts.clean(leadUnit);
        result = Texts.clean(result);
    }
}
