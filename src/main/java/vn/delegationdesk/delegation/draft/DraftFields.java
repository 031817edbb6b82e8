package vn.delegationdesk.delegation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.Delegation;

/**
 * Text properties of a form kept in step with the draft both ways: typing writes the draft at once, and a
 * change of the draft from elsewhere (undo, re-dating, loading) shows in the field. A field is not
 * overwritten while it holds the same text up to trimming, so a trailing space being typed survives.
 */
public final class DraftFields {
    private final DelegationDraft draft;
    private final List<Runnable> pushers = new ArrayList<>();
    private boolean pushing;

    public DraftFields(DelegationDraft draft) {
        this.draft = draft;
        draft.valueProperty().addListener((observable, old, value) -> push());
    }

    public StringProperty text(String name, Function<Delegation, String> read, BiFunction<Delegation, String, Delegation> write) {
        StringProperty property = new SimpleStringProperty(this, name, "");
        property.addListener((observable, old, typed) -> {
            if (!pushing && draft.get() != null) {
                draft.replace(write.apply(draft.get(), typed));
            }
        });
        pushers.add(() -> {
            Delegation d = draft.get();
            String stored = d == null ? "" : read.apply(d);
            if (!Texts.clean(property.get()).equals(stored)) {
                property.set(stored);
            }
        });
        return property;
    }

    /** Registers extra work that shows the draft in non-text fields (dates, numbers, choices). */
    public void onPush(Runnable pusher) {
        pushers.add(pusher);
    }

    /** True while the draft's values are being shown in the fields: their change listeners must not write back. */
    public boolean isPushing() {
        return pushing;
    }

    public void push() {
        pushing = true;
        try {
            pushers.forEach(Runnable::run);
        } finally {
            pushing = false;
        }
    }
}
