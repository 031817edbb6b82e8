package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateSelection;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.StopSetting;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The choices above the estimate: the national and the local rate set, the lodging mode, and each stop of the trip
 * with its rate category and whether the host gives rooms. {@link #show} puts the worksheet's inputs and the plan's
 * stops into them; what the user picks goes to {@code change} as a change of the inputs, and the estimate view model
 * answers with {@link #show} again.
 *
 * <p>The chosen set and mode are properties the view binds both ways, so writing them in {@link #show} would read
 * as the user's pick: {@code showing} tells the two apart. The value alone cannot tell: a deleted set shows as
 * "automatic" while the worksheet keeps naming it, and a combo box whose items are replaced passes through its
 * previous value on the way.
 */
final class EstimateHeader {
    private final Messages messages;
    private final Consumer<UnaryOperator<EstimateInputs>> change;

    private final ObservableList<RateChoice> nationalChoices = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<RateChoice> nationalChoicesView = FXCollections.unmodifiableObservableList(nationalChoices);
    private final ObservableList<RateChoice> localChoices = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<RateChoice> localChoicesView = FXCollections.unmodifiableObservableList(localChoices);
    private final ObservableList<StopRow> stops = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<StopRow> stopsView = FXCollections.unmodifiableObservableList(stops);
    private final ObjectProperty<RateChoice> nationalChoice = new SimpleObjectProperty<>(this, "nationalChoice");
    private final ObjectProperty<RateChoice> localChoice = new SimpleObjectProperty<>(this, "localChoice");
    private final ObjectProperty<LodgingMode> lodgingMode = new SimpleObjectProperty<>(this, "lodgingMode", LodgingMode.INVOICE);
    private boolean showing;

    EstimateHeader(Messages messages, Consumer<UnaryOperator<EstimateInputs>> change) {
        this.messages = messages;
        this.change = change;
        nationalChoice.addListener((observable, old, choice) -> {
            if (!showing && choice != null) {
                change.accept(in -> new EstimateInputs(choice.id(), in.localRateSetId(), in.lodgingMode(), in.stops()));
            }
        });
        localChoice.addListener((observable, old, choice) -> {
            if (!showing && choice != null) {
                change.accept(in -> new EstimateInputs(in.rateSetId(), choice.id(), in.lodgingMode(), in.stops()));
            }
        });
        lodgingMode.addListener((observable, old, mode) -> {
            if (!showing && mode != null) {
                change.accept(in -> new EstimateInputs(in.rateSetId(), in.localRateSetId(), mode, in.stops()));
            }
        });
    }

    /** "Tự động theo ngày đi (Thông tư 12/2025/TT-BTC)" and every national set. */
    ObservableList<RateChoice> nationalChoices() {
        return nationalChoicesView;
    }

    ObjectProperty<RateChoice> nationalChoiceProperty() {
        return nationalChoice;
    }

    /** "Không áp dụng" and every local set. */
    ObservableList<RateChoice> localChoices() {
        return localChoicesView;
    }

    ObjectProperty<RateChoice> localChoiceProperty() {
        return localChoice;
    }

    ObjectProperty<LodgingMode> lodgingModeProperty() {
        return lodgingMode;
    }

    /** Every stop of the trip with its rate category and whether the host gives rooms. */
    ObservableList<StopRow> stops() {
        return stopsView;
    }

    void setStopCategory(String place, StopCategory category) {
        if (category != null) {
            changeStop(place, s -> new StopSetting(category, s.hostProvidesRooms()));
        }
    }

    void setHostProvidesRooms(String place, boolean provides) {
        changeStop(place, s -> new StopSetting(s.category(), provides));
    }

    /** No plan, no stops; the choices stay as they are. */
    void clearStops() {
        stops.clear();
    }

    /** The header follows the worksheet and the plan ({@code plan} null: none): choices, the chosen ones, the stops. */
    void show(Delegation plan, EstimateInputs inputs, List<RateSet> rateSets) {
        Optional<RateSet> inForce = plan == null ? Optional.empty()
                : RateSelection.inForce(rateSets, plan.firstDate().orElse(null));
        List<RateChoice> national = new ArrayList<>();
        national.add(new RateChoice(null, messages.get("ui.estimate.rates.auto",
                inForce.map(RateSet::name).orElse(messages.get("ui.estimate.rates.auto.none")))));
        List<RateChoice> local = new ArrayList<>();
        local.add(new RateChoice(null, messages.get("ui.estimate.rates.noLocal")));
        for (RateSet set : rateSets) {
            (set.kind() == RateSetKind.NATIONAL ? national : local).add(new RateChoice(set.id(), set.name()));
        }
        List<StopRow> stopRows = new ArrayList<>();
        if (plan != null) {
            Set<String> places = new LinkedHashSet<>();
            plan.legs().stream().map(Leg::place).filter(p -> !p.isEmpty()).forEach(places::add);
            for (String place : places) {
                StopSetting setting = inputs.stop(place);
                stopRows.add(new StopRow(place, setting.category(), setting.hostProvidesRooms()));
            }
        }
        showing = true;
        try {
            if (!national.equals(nationalChoices)) {
                nationalChoices.setAll(national);
            }
            if (!local.equals(localChoices)) {
                localChoices.setAll(local);
            }
            nationalChoice.set(choose(national, inputs.rateSetId()));
            localChoice.set(choose(local, inputs.localRateSetId()));
            lodgingMode.set(inputs.lodgingMode());
            if (!stopRows.equals(stops)) {
                stops.setAll(stopRows);
            }
        } finally {
            showing = false;
        }
    }

    private void changeStop(String place, UnaryOperator<StopSetting> edit) {
        change.accept(in -> {
            Map<String, StopSetting> next = new LinkedHashMap<>(in.stops());
            next.put(place, edit.apply(in.stop(place)));
            return new EstimateInputs(in.rateSetId(), in.localRateSetId(), in.lodgingMode(), next);
        });
    }

    /** The choice with {@code id}; the first ("automatic", "none") when there is none, e.g. for a deleted set. */
    private static RateChoice choose(List<RateChoice> choices, String id) {
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(choices.get(0));
    }
}
