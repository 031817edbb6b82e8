package vn.delegationdesk.abroad;

import vn.delegationdesk.common.Texts;

/**
 * A line of "Chi phí khác" the user adds to an estimate abroad beyond the lines it computes (lệ phí sân bay, cước hành lý
 * quá cước, thuê xe đi làm việc …): content, unit, quantity × times × a quoted {@link Price} (null while not typed: the
 * line then says so and the estimate stays a draft), and its basis. Checked by {@link AbroadInputsValidator}.
 */
public record OtherCost(String content, String unit, long quantity, long times, Price price, String basis) {
    public OtherCost {
        content = Texts.clean(content);
        unit = Texts.clean(unit);
        basis = Texts.clean(basis);
    }
}
