package vn.delegationdesk.plan;

import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A ground of the plan as its opening paragraphs cite it: {@code text} follows "Thực hiện" or "Căn cứ"
 * ("Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội về việc …").
 */
public record Ground(GroundKind kind, String text) {
    public Ground {
        Objects.requireNonNull(kind, "kind");
        text = Texts.clean(text);
    }
}
