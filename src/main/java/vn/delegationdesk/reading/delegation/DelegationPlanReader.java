package vn.delegationdesk.reading.delegation;

import java.util.List;
import vn.delegationdesk.delegation.NewDelegation;
import vn.delegationdesk.reading.SourceDocument;

/**
 * Reads a delegation plan (seed 000's kind: "Kế hoạch tổ chức Đoàn …") into a {@link DelegationDraft}. Pure: no store,
 * no UI; never throws on what it does not understand, it lists it.
 */
public final class DelegationPlanReader {
    /** Reads {@code source}. */
    public DelegationDraft read(SourceDocument source) {
        // Entry point fixed first so the review screen and the command line can be built against it; the reading lands next.
        return new DelegationDraft(NewDelegation.blank("", null, null, null), List.of(), List.of(), List.of());
    }
}
