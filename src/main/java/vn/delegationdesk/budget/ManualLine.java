package vn.delegationdesk.budget;

import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A line the user added. It belongs to the section with {@code sectionKey} (see {@link EstimateSection#key()})
 * and falls back to "Chi khác" when that section no longer exists (a conference that was removed).
 * A null unit price is a price not known yet.
 */
public record ManualLine(String id, String sectionKey, String content, String unit, long quantity, long times,
        Long unitPrice, String basis) {
    public ManualLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sectionKey, "sectionKey");
        content = Texts.clean(content);
        unit = Texts.clean(unit);
        basis = Texts.clean(basis);
        if (quantity < 0 || times < 0 || (unitPrice != null && unitPrice < 0)) {
            throw new IllegalArgumentException("negative figure in manual line " + id);
        }
    }
}
