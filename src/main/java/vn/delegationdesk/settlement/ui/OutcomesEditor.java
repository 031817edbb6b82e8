package vn.delegationdesk.settlement.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.settlement.Attendance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.ui.SettlementRows.MemberRow;

/** "Thành viên": whether each member went, was replaced or did not go, and the selected member's certified stays. */
public final class OutcomesEditor {
    private final SettlementEdits edits;
    private final SettlementShown shown;
    private final StringProperty selectedMember = new SimpleStringProperty(this, "selectedMember", "");
    private final IntegerProperty selectedStay = new SimpleIntegerProperty(this, "selectedStay", -1);

    OutcomesEditor(SettlementEdits edits, SettlementShown shown) {
        this.edits = edits;
        this.shown = shown;
    }

    public StringProperty selectedMemberProperty() {
        return selectedMember;
    }

    public IntegerProperty selectedStayProperty() {
        return selectedStay;
    }

    /** The selected member's outcome; "went" without stays when none was entered. */
    public MemberOutcome selectedOutcome() {
        Settlement s = edits.settlement();
        String id = selectedMember.get();
        return s == null ? MemberOutcome.went(id, List.of()) : s.outcome(id).orElse(MemberOutcome.went(id, List.of()));
    }

    public Optional<CertifiedStay> stay(int index) {
        List<CertifiedStay> stays = selectedOutcome().stays();
        return index < 0 || index >= stays.size() ? Optional.empty() : Optional.of(stays.get(index));
    }

    public void setAttendance(String memberId, Attendance attendance) {
        changeOutcome(memberId, o -> new MemberOutcome(memberId, attendance,
                attendance == Attendance.REPLACED ? o.replacementId() : "", attendance == Attendance.WENT ? o.stays() : List.of()));
    }

    /** The member who went instead of {@code memberId}. */
    public void setReplacement(String memberId, String replacementId) {
        changeOutcome(memberId, o -> new MemberOutcome(memberId, Attendance.REPLACED, replacementId, List.of()));
    }

    /** "Theo lịch trình": the selected member's stays become the plan's legs, place by place. */
    public void staysFromPlan() {
        List<CertifiedStay> stays = planStays();
        changeOutcome(selectedMember.get(), o -> MemberOutcome.went(o.memberId(), stays));
    }

    /**
     * "Cả đoàn theo lịch trình": every member of the plan who went and has no stay entered yet gets the plan's legs, so
     * that the clerk types only the travel orders whose stamps differ. Members with stays, or who did not go, are kept.
     *
     * @return how many members were filled
     */
    public int staysFromPlanForAll() {
        Settlement s = edits.editable();
        List<CertifiedStay> stays = planStays();
        if (s == null || stays.isEmpty()) {
            return 0;
        }
        List<MemberOutcome> all = new ArrayList<>(s.outcomes());
        int filled = 0;
        for (var member : edits.plan().members()) {
            Optional<MemberOutcome> outcome = s.outcome(member.id());
            if (outcome.isEmpty()) {
                all.add(MemberOutcome.went(member.id(), stays));
                filled++;
            } else if (outcome.get().travelled() && outcome.get().stays().isEmpty()) {
                all.set(all.indexOf(outcome.get()), MemberOutcome.went(member.id(), stays));
                filled++;
            }
        }
        if (filled > 0) {
            edits.change(new Settlement(s.settlementDate(), s.advances(), all, s.lines()));
        }
        edits.notice.set(edits.messages().get("ui.settlement.stays.filled", filled));
        return filled;
    }

    private List<CertifiedStay> planStays() {
        List<CertifiedStay> stays = new ArrayList<>();
        for (Leg leg : edits.plan().legs()) {
            if (leg.startDate() != null && leg.endDate() != null) {
                stays.add(new CertifiedStay(leg.place(), leg.startDate(), leg.endDate()));
            }
        }
        return stays;
    }

    /** A stop for the selected member: the first leg's place and the trip's dates, selected. */
    public void addStay() {
        Delegation d = edits.plan();
        if (d.firstDate().isEmpty()) {
            edits.notice.set(edits.messages().get("ui.settlement.stay.noDates"));
            return;
        }
        String place = d.legs().isEmpty() ? "" : d.legs().get(0).place();
        CertifiedStay stay = new CertifiedStay(place, d.firstDate().get(), d.lastDate().orElse(d.firstDate().get()));
        int before = selectedOutcome().stays().size();
        changeOutcome(selectedMember.get(), o -> {
            List<CertifiedStay> all = new ArrayList<>(o.stays());
            all.add(stay);
            return MemberOutcome.went(o.memberId(), all);
        });
        selectedStay.set(before);
    }

    public void removeStay(int index) {
        changeStays(index, all -> {
            all.remove(index);
            return all;
        });
    }

    public void setStayPlace(int index, String place) {
        changeStay(index, s -> new CertifiedStay(place, s.from(), s.to()));
    }

    public String setStayFrom(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return edits.refuse("ui.settlement.error.date", Phrase.of("settlement.field.stayFrom", selectedName(), index + 1), typed);
        }
        changeStay(index, s -> new CertifiedStay(s.place(), date.get(), s.to()));
        return null;
    }

    public String setStayTo(int index, String typed) {
        Optional<LocalDate> date = VietnameseDateParser.parse(typed == null ? "" : typed.strip());
        if (date.isEmpty()) {
            return edits.refuse("ui.settlement.error.date", Phrase.of("settlement.field.stayTo", selectedName(), index + 1), typed);
        }
        changeStay(index, s -> new CertifiedStay(s.place(), s.from(), date.get()));
        return null;
    }

    private String selectedName() {
        return shown.members().stream().filter(m -> m.memberId().equals(selectedMember.get())).map(MemberRow::name).findFirst()
                .orElse(selectedMember.get());
    }

    private void changeOutcome(String memberId, UnaryOperator<MemberOutcome> edit) {
        Settlement s = edits.editable();
        if (s == null || memberId == null || memberId.isBlank()) {
            return;
        }
        List<MemberOutcome> all = new ArrayList<>(s.outcomes());
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).memberId().equals(memberId)) {
                at = i;
            }
        }
        MemberOutcome next = edit.apply(at >= 0 ? all.get(at) : MemberOutcome.went(memberId, List.of()));
        if (at >= 0) {
            all.set(at, next);
        } else {
            all.add(next);
        }
        edits.change(new Settlement(s.settlementDate(), s.advances(), all, s.lines()));
    }

    private void changeStays(int index, UnaryOperator<List<CertifiedStay>> edit) {
        if (index < 0 || index >= selectedOutcome().stays().size()) {
            return;
        }
        changeOutcome(selectedMember.get(), o -> MemberOutcome.went(o.memberId(), edit.apply(new ArrayList<>(o.stays()))));
    }

    private void changeStay(int index, UnaryOperator<CertifiedStay> edit) {
        changeStays(index, all -> {
            all.set(index, edit.apply(all.get(index)));
            return all;
        });
    }
}
