package vn.delegationdesk.settlement.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settlement.Settlement;

/**
 * What the settlement tab's editors share: the settlement as being edited, whether it may be changed now, the page's
 * notice and the plan being settled. An editor asks {@link #editable()} before a change and hands the changed settlement
 * to {@link #change}; a value that cannot be read is refused through {@link #refuse}.
 */
final class SettlementEdits {
    final ReadOnlyObjectWrapper<Settlement> working;
    final ReadOnlyBooleanWrapper readOnly;
    final ReadOnlyStringWrapper notice;
    private final Messages messages;
    private final BooleanSupplier booksClosed;
    private final Supplier<Delegation> plan;

    SettlementEdits(Object owner, Messages messages, BooleanSupplier booksClosed, Supplier<Delegation> plan) {
        this.working = new ReadOnlyObjectWrapper<>(owner, "settlement");
        this.readOnly = new ReadOnlyBooleanWrapper(owner, "readOnly", true);
        this.notice = new ReadOnlyStringWrapper(owner, "notice", "");
        this.messages = messages;
        this.booksClosed = booksClosed;
        this.plan = plan;
    }

    Messages messages() {
        return messages;
    }

    /** The plan as being edited (the draft), else as opened. */
    Delegation plan() {
        return plan.get();
    }

    /** The settlement as being edited; null until read. */
    Settlement settlement() {
        return working.get();
    }

    /** The settlement, when it may be changed now; null (and nothing happens) while it is read-only. */
    Settlement editable() {
        if (readOnly.get()) {
            if (booksClosed.getAsBoolean()) {
                notice.set(messages.get("settlement.closed.refused"));
            }
            return null;
        }
        return working.get();
    }

    void change(Settlement next) {
        if (!next.equals(working.get())) {
            notice.set("");
            working.set(next);
        }
    }

    /** Shows and returns the refusal of {@code typed} for {@code field}. */
    String refuse(String key, Phrase field, String typed) {
        String message = messages.get(key, messages.get(field.key(), field.args().toArray()), typed == null ? "" : typed.strip());
        notice.set(message);
        return message;
    }

    String text(Phrase phrase) {
        return messages.get(phrase.key(), phrase.args().toArray());
    }
}
