package vn.delegationdesk.delegation.overview.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DateInput;

/**
 * The form of the selected leg: place, city, dates and the plan's paragraph for it. Each change replaces the
 * leg in the draft; a date that is empty or not a date stays typed, marked, and the leg keeps its last dates.
 */
public final class LegForm {
    private final DelegationDraft draft;
    private final DraftList<Leg> legs;
    private final ItemFields<Leg> fields;
    private final StringProperty place;
    private final StringProperty city;
    private final StringProperty summary;
    private final DateInput start;
    private final DateInput end;
    private final BooleanBinding present;

    LegForm(DelegationDraft draft, DraftList<Leg> legs, Messages messages) {
        this.draft = draft;
        this.legs = legs;
        this.fields = new ItemFields<>(legs);
        start = new DateInput(messages.get("ui.editor.error.legDate", messages.get("ui.editor.leg.start")),
                message -> draft.reportInputError("legForm.start", message))
                .required(messages.get("ui.editor.error.legDateMissing", messages.get("ui.editor.leg.start")));
        end = new DateInput(messages.get("ui.editor.error.legDate", messages.get("ui.editor.leg.end")),
                message -> draft.reportInputError("legForm.end", message))
                .required(messages.get("ui.editor.error.legDateMissing", messages.get("ui.editor.leg.end")));
        present = Bindings.createBooleanBinding(() -> legs.selectedItem() != null, legs.selectedProperty(), legs.items());
        place = fields.text("place", Leg::place, (l, v) -> new Leg(v, l.city(), l.startDate(), l.endDate(), l.summary()));
        city = fields.text("city", Leg::city, (l, v) -> new Leg(l.place(), v, l.startDate(), l.endDate(), l.summary()));
        summary = fields.text("summary", Leg::summary, (l, v) -> new Leg(l.place(), l.city(), l.startDate(), l.endDate(), v));
        start.valueProperty().addListener((o, old, v) -> fields.write(
                l -> new Leg(l.place(), l.city(), v != null ? v : l.startDate(), l.endDate(), l.summary())));
        end.valueProperty().addListener((o, old, v) -> fields.write(
                l -> new Leg(l.place(), l.city(), l.startDate(), v != null ? v : l.endDate(), l.summary())));
        fields.onShow(this::showDates);
    }

    private void showDates(Leg leg, boolean anotherLeg) {
        if (anotherLeg) {
            draft.reportInputError("legForm.start", null);
            draft.reportInputError("legForm.end", null);
        }
        // Text the draft still waits for stays typed (see OverviewEditorViewModel); choosing another leg drops it.
        if (leg == null || !draft.inputErrors().containsKey("legForm.start")) {
            start.show(leg == null ? null : leg.startDate());
        }
        if (leg == null || !draft.inputErrors().containsKey("legForm.end")) {
            end.show(leg == null ? null : leg.endDate());
        }
    }

    public BooleanBinding presentProperty() {
        return present;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public DateInput start() {
        return start;
    }

    public DateInput end() {
        return end;
    }

    /** The draft's problem with a field of the selected leg ("place", "startDate", "endDate"), or null. */
    public StringBinding errorAt(String field) {
        return Bindings.createStringBinding(() -> draft.messageAt("legs[" + legs.selectedProperty().get() + "]." + field),
                draft.errors(), legs.selectedProperty());
    }
}
