package vn.delegationdesk.delegation.overview.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
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
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final DateInput start;
    private final DateInput end;
    private final BooleanBinding present;
    private boolean showing;

    LegForm(DelegationDraft draft, DraftList<Leg> legs, Messages messages) {
        this.draft = draft;
        this.legs = legs;
        start = new DateInput(messages.get("ui.editor.error.legDate", messages.get("ui.editor.leg.start")),
                message -> draft.reportInputError("legForm.start", message))
                .required(messages.get("ui.editor.error.legDateMissing", messages.get("ui.editor.leg.start")));
        end = new DateInput(messages.get("ui.editor.error.legDate", messages.get("ui.editor.leg.end")),
                message -> draft.reportInputError("legForm.end", message))
                .required(messages.get("ui.editor.error.legDateMissing", messages.get("ui.editor.leg.end")));
        present = Bindings.createBooleanBinding(() -> legs.selectedItem() != null, legs.selectedProperty(), legs.items());
        place.addListener((o, old, v) -> write());
        city.addListener((o, old, v) -> write());
        summary.addListener((o, old, v) -> write());
        start.valueProperty().addListener((o, old, v) -> write());
        end.valueProperty().addListener((o, old, v) -> write());
        legs.selectedProperty().addListener((o, old, v) -> {
            draft.reportInputError("legForm.start", null);
            draft.reportInputError("legForm.end", null);
            show();
        });
        draft.valueProperty().addListener((o, old, v) -> show());
        show();
    }

    private void show() {
        Leg leg = legs.selectedItem();
        showing = true;
        try {
            if (leg == null) {
                place.set("");
                city.set("");
                summary.set("");
                start.show(null);
                end.show(null);
                return;
            }
            setIfDifferent(place, leg.place());
            setIfDifferent(city, leg.city());
            setIfDifferent(summary, leg.summary());
            // Text the draft still waits for stays typed (see OverviewEditorViewModel); choosing another leg drops it.
            if (!draft.inputErrors().containsKey("legForm.start")) {
                start.show(leg.startDate());
            }
            if (!draft.inputErrors().containsKey("legForm.end")) {
                end.show(leg.endDate());
            }
        } finally {
            showing = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String stored) {
        if (!vn.delegationdesk.common.Texts.clean(property.get()).equals(stored)) {
            property.set(stored);
        }
    }

    private void write() {
        int index = legs.selectedProperty().get();
        Leg leg = legs.selectedItem();
        if (showing || leg == null) {
            return;
        }
        var startDate = start.valueProperty().get() != null ? start.valueProperty().get() : leg.startDate();
        var endDate = end.valueProperty().get() != null ? end.valueProperty().get() : leg.endDate();
        legs.replace(index, new Leg(place.get(), city.get(), startDate, endDate, summary.get()));
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
