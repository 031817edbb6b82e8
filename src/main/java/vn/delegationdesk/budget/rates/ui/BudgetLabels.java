package vn.delegationdesk.budget.rates.ui;

import java.util.List;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;

/** The Vietnamese names of the budget's choices, from the bundle's {@code enum.*} keys. */
public final class BudgetLabels {
    /** The budget enums named in the bundle; the message-keys test checks each constant has its key. */
    public static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(
            RateKey.class, RateSetKind.class, LodgingMode.class, StopCategory.class);

    private final EnumLabels labels;

    public BudgetLabels(Messages messages) {
        this.labels = new EnumLabels(messages);
    }

    public String label(Enum<?> value) {
        return labels.label(value);
    }
}
