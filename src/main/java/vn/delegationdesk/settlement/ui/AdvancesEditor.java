package vn.delegationdesk.settlement.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;

/** "Tạm ứng": the advances paid before the trip, added, removed and typed one field at a time. */
public final class AdvancesEditor {
    private final SettlementEdits edits;
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selectedAdvance", -1);

    AdvancesEditor(SettlementEdits edits) {
        this.edits = edits;
    }

    public IntegerProperty selectedAdvanceProperty() {
        return selected;
    }

    public Optional<Advance> advance(int index) {
        Settlement s = edits.settlement();
        return s == null || index < 0 || index >= s.advances().size() ? Optional.empty() : Optional.of(s.advances().get(index));
    }

    /** "Thêm": an advance to the delegation, dated the trip's first day, selected. */
    public void addAdvance() {
        Settlement s = edits.editable();
        if (s == null) {
            return;
        }
        LocalDate date = edits.plan().firstDate().orElse(s.settlementDate());
        List<Advance> all = new ArrayList<>(s.advances());
        all.add(Advance.toDelegation(date, "", 0));
        edits.change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
        selected.set(all.size() - 1);
    }

    public void removeAdvance(int index) {
        Settlement s = edits.editable();
        if (s == null || index < 0 || index >= s.advances().size()) {
            return;
        }
        List<Advance> all = new ArrayList<>(s.advances());
        all.remove(index);
        edits.change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
        selected.set(Math.min(index, all.size() - 1));
    }

    /** The member paid, or "" for the delegation as a whole. */
    public void setAdvanceRecipient(int index, String memberId) {
        changeAdvance(index, a -> new Advance(memberId, a.date(), a.voucherNumber(), a.amount()));
    }

    public String setAdvanceDate(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return edits.refuse("ui.settlement.error.date", Phrase.of("ui.settlement.field.advanceDate", index + 1), typed);
        }
        changeAdvance(index, a -> new Advance(a.memberId(), date.get(), a.voucherNumber(), a.amount()));
        return null;
    }

    public void setAdvanceVoucher(int index, String number) {
        changeAdvance(index, a -> new Advance(a.memberId(), a.date(), number, a.amount()));
    }

    public String setAdvanceAmount(int index, String typed) {
        OptionalLong amount = VietnameseNumbers.parseWhole(typed);
        if (amount.isEmpty()) {
            return edits.refuse("ui.settlement.error.money", Phrase.of("settlement.field.advanceAmount", index + 1), typed);
        }
        changeAdvance(index, a -> new Advance(a.memberId(), a.date(), a.voucherNumber(), amount.getAsLong()));
        return null;
    }

    void clearSelection() {
        selected.set(-1);
    }

    private void changeAdvance(int index, UnaryOperator<Advance> edit) {
        Settlement s = edits.editable();
        if (s == null || index < 0 || index >= s.advances().size()) {
            return;
        }
        List<Advance> all = new ArrayList<>(s.advances());
        all.set(index, edit.apply(all.get(index)));
        edits.change(new Settlement(s.settlementDate(), all, s.outcomes(), s.lines()));
    }
}
