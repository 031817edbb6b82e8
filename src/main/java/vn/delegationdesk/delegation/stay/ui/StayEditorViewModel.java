package vn.delegationdesk.delegation.stay.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.Stay;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.DialogService;

/**
 * The stay plan ("Lưu trú") of the draft, night by night: where the group sleeps and in which hotel. The rows are
 * the plan in force ({@link StayPlans#of}); editing the selected night's stop or accommodation stores the user's
 * plan ({@link StayPlans#edited}), and a hotel typed on one night fills the following nights of the same stay
 * while {@link #wholeStayProperty()} holds (a hotel is typed once for a whole stay). "Lấy lại theo chương trình"
 * lets the nights follow the programme again, after asking. When the trip's dates or legs change, the user's
 * nights are fitted to the new trip ({@link StayPlans#fitted}).
 */
public final class StayEditorViewModel {
    private final DelegationDraft draft;
    private final Messages messages;
    private final DialogService dialogs;
    private final DraftList<Night> nights;
    private final ObservableList<NightRow> rows;
    private final ObservableList<String> places = FXCollections.observableArrayList();
    private final ObservableList<String> stays = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited", false);
    private StringBinding resetUnavailable;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper night = new ReadOnlyStringWrapper(this, "night", "");
    private final BooleanProperty wholeStay = new SimpleBooleanProperty(this, "wholeStay", true);
    private final ItemFields<Night> fields;
    private final ObjectProperty<String> place;
    private final StringProperty hotel;
    private final StringProperty address;
    private final StringProperty phone;
    private final BooleanProperty hostProvides = new SimpleBooleanProperty(this, "hostProvides", false);
    private final BooleanBinding present;
    private boolean fitting;

    public StayEditorViewModel(DelegationDraft draft, Messages messages, DialogService dialogs) {
        this.draft = draft;
        this.messages = messages;
        this.dialogs = dialogs;
        nights = new DraftList<>(draft, d -> StayPlans.of(d).nights(),
                (builder, next) -> StayPlans.edited(builder.build(), new StayPlan(next, false)).toBuilder());
        rows = nights.rows(this::row, draft.errors());
        fields = new ItemFields<>(nights, this::store);
        place = fields.value("place", Night::place, Night::withPlace);
        hotel = fields.text("hotel", n -> n.accommodation().hotel(), (n, v) -> n.withAccommodation(
                new Accommodation(v, n.accommodation().address(), n.accommodation().phone(), n.accommodation().hostProvides())));
        address = fields.text("address", n -> n.accommodation().address(), (n, v) -> n.withAccommodation(
                new Accommodation(n.accommodation().hotel(), v, n.accommodation().phone(), n.accommodation().hostProvides())));
        phone = fields.text("phone", n -> n.accommodation().phone(), (n, v) -> n.withAccommodation(
                new Accommodation(n.accommodation().hotel(), n.accommodation().address(), v, n.accommodation().hostProvides())));
        fields.onShow((item, anotherItem) -> {
            hostProvides.set(item != null && item.accommodation().hostProvides());
            night.set(item == null ? "" : messages.get("ui.stay.night.selected", VietnameseDates.withWeekday(item.date())));
        });
        hostProvides.addListener((o, was, now) -> {
            if (!fields.isShowing()) {
                fields.write(n -> n.withAccommodation(n.accommodation().withHostProvides(now)));
            }
        });
        present = Bindings.createBooleanBinding(() -> nights.selectedItem() != null, nights.selectedProperty(), nights.items());
        draft.valueProperty().addListener((o, old, now) -> {
            fit(old, now);
            refresh();
        });
        draft.errors().addListener((javafx.collections.ListChangeListener<ValidationError>) change -> refreshProblems());
        refresh();
    }

    /** One row per night of the trip, in date order. */
    public ObservableList<NightRow> rows() {
        return rows;
    }

    /** Index of the selected night, -1 for none. */
    public IntegerProperty selectedProperty() {
        return nights.selectedProperty();
    }

    boolean isRefreshing() {
        return nights.isRefreshing();
    }

    /** The stops a night may be at: the legs' places. */
    public ObservableList<String> places() {
        return places;
    }

    /** Each run of nights in one accommodation: "tỉnh Lâm Đồng · Khách sạn …: Nhận phòng 16/10/2025 – trả phòng …". */
    public ObservableList<String> stays() {
        return stays;
    }

    /** The stay plan's problems, as the editor's problem list says them. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** True when the user's nights are stored, false while they follow the programme. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** Why "Lấy lại theo chương trình" is greyed (the nights follow the programme already), or "" while it works. */
    public StringBinding resetUnavailableProperty() {
        if (resetUnavailable == null) {
            resetUnavailable = Bindings.createStringBinding(() -> edited.get() ? "" : messages.get("ui.stay.reset.unavailable"),
                    edited);
        }
        return resetUnavailable;
    }

    /** Whether the nights follow the programme or were edited, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Đêm Thứ Năm, 16/10/2025" for the selected night, or empty. */
    public ReadOnlyStringProperty nightProperty() {
        return night.getReadOnlyProperty();
    }

    public BooleanBinding presentProperty() {
        return present;
    }

    public ObjectProperty<String> placeProperty() {
        return place;
    }

    public StringProperty hotelProperty() {
        return hotel;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty hostProvidesProperty() {
        return hostProvides;
    }

    /** While true, the accommodation typed on a night also goes to the following nights of its stay. */
    public BooleanProperty wholeStayProperty() {
        return wholeStay;
    }

    /** Sets whether the host provides the rooms on the night at {@code index} (the table's check box). */
    public void setHostProvides(int index, boolean value) {
        if (index < 0 || index >= nights.items().size()) {
            return;
        }
        nights.select(index);
        hostProvides.set(value);
    }

    /** Asks, then lets the nights follow the programme again; the typed hotels are dropped. */
    public void followProgramme() {
        Delegation d = draft.get();
        if (d == null || !StayPlans.isEdited(d)) {
            return;
        }
        if (dialogs.confirm(messages.get("ui.stay.reset.title"), messages.get("ui.stay.reset.message"),
                messages.get("ui.stay.reset"))) {
            draft.replace(StayPlans.followingProgramme(draft.get()));
        }
    }

    private void store(Night before, Night after) {
        Delegation d = draft.get();
        StayPlan plan = StayPlans.of(d);
        StayPlan next = plan.withNight(after);
        if (wholeStay.get() && !after.accommodation().equals(before.accommodation())) {
            LocalDate checkOut = plan.stays().stream().filter(s -> s.dates().contains(before.date())).findFirst()
                    .map(Stay::checkOut).orElse(after.date().plusDays(1));
            next = next.withAccommodation(after.date(), checkOut, after.accommodation());
        }
        draft.replace(StayPlans.edited(d, next));
    }

    /** Fits the user's nights to the trip when its dates or legs changed by an edit of the same delegation. */
    private void fit(Delegation old, Delegation now) {
        if (fitting || old == null || now == null || !Objects.equals(old.id(), now.id())
                || now.equals(draft.baselineProperty().get()) || !StayPlans.isEdited(now)) {
            return;
        }
        boolean tripChanged = !old.legs().equals(now.legs()) || !old.firstDate().equals(now.firstDate())
                || !old.lastDate().equals(now.lastDate());
        if (!tripChanged) {
            return;
        }
        Delegation fitted = StayPlans.fitted(now);
        if (!fitted.equals(now)) {
            fitting = true;
            try {
                draft.replace(fitted);
            } finally {
                fitting = false;
            }
        }
    }

    private void refresh() {
        Delegation d = draft.get();
        List<String> legPlaces = d == null ? List.of()
                : d.legs().stream().map(Leg::place).filter(p -> !p.isEmpty()).distinct().toList();
        if (!legPlaces.equals(places)) {
            places.setAll(legPlaces);
        }
        boolean isEdited = d != null && StayPlans.isEdited(d);
        edited.set(isEdited);
        status.set(messages.get(isEdited ? "ui.stay.status.edited" : "ui.stay.status.programme"));
        List<String> summary = d == null ? List.of() : StayPlans.of(d).stays().stream().map(this::stayText).toList();
        if (!summary.equals(stays)) {
            stays.setAll(summary);
        }
        refreshProblems();
    }

    private void refreshProblems() {
        List<String> now = new ArrayList<>();
        for (ValidationError error : draft.errorsUnder("nights")) {
            now.add(messages.get(error.messageKey(), error.args().toArray()));
        }
        if (!now.equals(problems)) {
            problems.setAll(now);
        }
    }

    private String stayText(Stay stay) {
        Accommodation a = stay.accommodation();
        String hotelText = a.hotel().isEmpty() ? messages.get("ui.stay.noHotel") : a.hotel();
        String text = messages.get("ui.stay.summary", stay.place(), hotelText, VietnameseDates.format(stay.checkIn()),
                VietnameseDates.format(stay.checkOut()), stay.nights());
        return a.hostProvides() ? messages.get("ui.stay.summary.hostProvides", text) : text;
    }

    private NightRow row(int index, Night n) {
        Accommodation a = n.accommodation();
        return new NightRow(VietnameseDates.withWeekday(n.date()), n.place(), a.hotel(), a.address(), a.phone(),
                a.hostProvides(), problemOn(n.date()));
    }

    /** The first problem of the stored night of that date (the stored nights may be in another order than the rows). */
    private String problemOn(LocalDate date) {
        Delegation d = draft.get();
        if (d == null) {
            return "";
        }
        for (ValidationError error : draft.errorsUnder("nights[")) {
            int open = error.path().indexOf('[');
            int close = error.path().indexOf(']');
            int i = Integer.parseInt(error.path().substring(open + 1, close));
            if (i < d.nights().size() && d.nights().get(i).date().equals(date)) {
                return messages.get(error.messageKey(), error.args().toArray());
            }
        }
        return "";
    }
}
