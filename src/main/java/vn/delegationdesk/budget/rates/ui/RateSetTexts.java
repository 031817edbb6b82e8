package vn.delegationdesk.budget.rates.ui;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/** How a rate set is named on screen: in full above the estimate, in brief in the rate-set dialog's list. */
public final class RateSetTexts {
    private final Messages messages;
    private final BudgetLabels labels;

    public RateSetTexts(Messages messages, BudgetLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** "Thông tư 12/2025/TT-BTC (Bộ Tài chính, số 12/2025/TT-BTC, hiệu lực từ 04/05/2025)". */
    public String full(RateSet set) {
        List<String> parts = new ArrayList<>();
        if (!set.issuer().isEmpty()) {
            parts.add(set.issuer());
        }
        if (!set.documentNumber().isEmpty()) {
            parts.add(messages.get("ui.estimate.rates.number", set.documentNumber()));
        }
        parts.add(inForce(set));
        return messages.get("ui.estimate.rates.set", set.name(), String.join(", ", parts));
    }

    /** "Quốc gia · hiệu lực từ 04/05/2025". */
    public String brief(RateSet set) {
        return labels.label(set.kind()) + " · " + inForce(set);
    }

    /** "hiệu lực từ 04/05/2025", or "hiệu lực 01/07/2017 – 03/05/2025" for a set no longer in force. */
    private String inForce(RateSet set) {
        return set.effectiveTo() == null
                ? messages.get("ui.estimate.rates.from", VietnameseDates.format(set.effectiveFrom()))
                : messages.get("ui.estimate.rates.between", VietnameseDates.format(set.effectiveFrom()),
                        VietnameseDates.format(set.effectiveTo()));
    }
}
