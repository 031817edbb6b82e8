package vn.delegationdesk.abroad.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.abroad.AbroadCalendar;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.AbroadInputsValidator;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.AbroadWarning;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.abroad.ui.AbroadRows.EstimateRow;
import vn.delegationdesk.abroad.ui.AbroadRows.LegRow;
import vn.delegationdesk.abroad.ui.AbroadRows.PassportRow;
import vn.delegationdesk.abroad.ui.AbroadRows.RateSetChoice;
import vn.delegationdesk.abroad.ui.AbroadRows.StopRow;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * "Đi nước ngoài": the outbound plan of the delegation open in the editor, read from {@link AbroadService#load} when the
 * delegation is opened (so that {@link #outboundProperty()} tells the domestic tabs the trip goes abroad), and stored
 * with its own button "Lưu kế hoạch đi nước ngoài" (not with the editor's Lưu; {@link #dirtyProperty()} marks unsaved
 * changes). The delegation must be stored (have an id) first.
 *
 * <p>Everything typed is text, read on every change: a date, a time, a zone or a number that cannot be read is named with
 * its field and row, and nothing is saved while one stands. The plan as read is checked by the service's rules, and the
 * days and nights per country ({@link AbroadCalendar}) and the estimate abroad are recomputed live. The inputs of the
 * estimate (fares by class, visa fee, insurance, transfer, gifts, interpreter, each member's flight class) are typed in
 * {@link AbroadInputsViewModel}, owned here: it calls back on every change, is read with the rest of the tab on each
 * recompute, and is stored with the plan by the same button. Turning the switch "Đoàn đi công tác nước ngoài" off
 * deletes the stored plan after asking.
 *
 * <p>Over 600 lines on purpose, for now: the rows, the switch, the live checks and the estimate change together on each
 * keystroke, so their state is one; reading typed values is {@link TypedValues}, the estimate's inputs
 * {@link AbroadInputsViewModel}, the zones offered {@link ZoneChoices}. Anything new typed in the tab goes in a class of
 * its own like these rather than here.
 */
public final class AbroadViewModel extends ViewModel {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String PASSPORT_MISSING = "abroad.warning.passportMissing";
    /** Members without a passport named one by one up to this many; more are named in one line. */
    private static final int FEW = 3;

    private final DelegationDraft draft;
    private final AbroadService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final TypedValues typed;
    private final AbroadInputsViewModel estimateInputs;

    private final ObservableList<StopRow> stops = FXCollections.observableArrayList();
    private final ObservableList<LegRow> legs = FXCollections.observableArrayList();
    private final ObservableList<PassportRow> passports = FXCollections.observableArrayList();
    private final StringProperty rateCurrency = new SimpleStringProperty(this, "rateCurrency", "USD");
    private final StringProperty rateValue = new SimpleStringProperty(this, "rateValue", "");
    private final StringProperty rateDate = new SimpleStringProperty(this, "rateDate", "");
    private final StringProperty rateSource = new SimpleStringProperty(this, "rateSource", "");
    private final ObservableList<RateSetChoice> rateSets = FXCollections.observableArrayList();
    private final ObjectProperty<RateSetChoice> rateSet = new SimpleObjectProperty<>(this, "rateSet");

    private final ReadOnlyBooleanWrapper outbound = new ReadOnlyBooleanWrapper(this, "outbound", false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper calendarSummary = new ReadOnlyStringWrapper(this, "calendarSummary", "");
    private final ObservableList<EstimateRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");

    private boolean showing;
    private boolean loading;
    private Long loadedId;
    private boolean stored;
    private AbroadInputs inputs = AbroadInputs.none();
    private OutboundPlan plan;
    private boolean readable;

    public AbroadViewModel(DelegationDraft draft, AbroadService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.draft = draft;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.typed = new TypedValues(messages);
        this.estimateInputs = new AbroadInputsViewModel(messages, this::edited);
        rateSet.set(automaticChoice());
        for (Observable field : new Observable[] {rateCurrency, rateValue, rateDate, rateSource, rateSet}) {
            field.addListener(o -> edited());
        }
        // Read on opening a delegation, shown or not: the other tabs say when the trip goes abroad.
        draft.valueProperty().addListener((observable, old, value) -> {
            if (showing || !Objects.equals(value == null ? null : value.id(), loadedId)) {
                refresh();
            }
        });
    }

    // ---- what the page binds --------------------------------------------------------------------------------

    public ObservableList<StopRow> stops() {
        return stops;
    }

    public ObservableList<LegRow> legs() {
        return legs;
    }

    public ObservableList<PassportRow> passports() {
        return passports;
    }

    public StringProperty rateCurrencyProperty() {
        return rateCurrency;
    }

    public StringProperty rateValueProperty() {
        return rateValue;
    }

    public StringProperty rateDateProperty() {
        return rateDate;
    }

    public StringProperty rateSourceProperty() {
        return rateSource;
    }

    public ObservableList<RateSetChoice> rateSets() {
        return rateSets;
    }

    public ObjectProperty<RateSetChoice> rateSetProperty() {
        return rateSet;
    }

    /** The inputs of the estimate: the prices typed and the flight class of each member. */
    public AbroadInputsViewModel inputs() {
        return estimateInputs;
    }

    /** "Đoàn đi công tác nước ngoài": on while the delegation has an outbound plan, stored or being typed. */
    public ReadOnlyBooleanProperty outboundProperty() {
        return outbound.getReadOnlyProperty();
    }

    /** Whether the switch may be used: a stored delegation is open and its plan was read. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while something typed is not stored. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What happened last or why nothing can be done ("Đã lưu …", "Hãy lưu đoàn trước …"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What keeps the plan from being saved, each naming its field and row. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What to check, stored all the same (passports, missing rates and prices). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** "Hàn Quốc: 5 ngày, 3 đêm", one per country. */
    public ObservableList<String> countries() {
        return countries;
    }

    public ReadOnlyStringProperty calendarSummaryProperty() {
        return calendarSummary.getReadOnlyProperty();
    }

    public ObservableList<EstimateRow> lines() {
        return lines;
    }

    /** "Tổng cộng: … đ", with the draft mark while lines lack an amount. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    // ---- actions --------------------------------------------------------------------------------------------

    /** Told when the tab shows or hides: while shown, every change of the delegation is checked again at once. */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown) {
            refresh();
        }
    }

    public StopRow addStop() {
        StopRow row = new StopRow();
        watch(row.fields());
        stops.add(row);
        edited();
        return row;
    }

    public void removeStop(StopRow row) {
        stops.remove(row);
        edited();
    }

    public LegRow addLeg() {
        LegRow row = new LegRow();
        watch(row.fields());
        legs.add(row);
        edited();
        return row;
    }

    public void removeLeg(LegRow row) {
        legs.remove(row);
        edited();
    }

    /**
     * The switch: on starts an empty plan (stored with "Lưu kế hoạch đi nước ngoài"); off makes the delegation domestic,
     * deleting the stored plan once the user agrees (the switch stays on when they do not).
     */
    public void setOutbound(boolean on) {
        if (on == outbound.get() || !editable.get()) {
            return;
        }
        if (on) {
            outbound.set(true);
            dirty.set(true);
            status.set("");
            recompute();
            return;
        }
        if (!stored) {
            clear();
            outbound.set(false);
            dirty.set(false);
            recompute();
            return;
        }
        if (!dialogs.confirm(messages.get("ui.abroad.delete.title"), messages.get("ui.abroad.delete.message"),
                messages.get("ui.abroad.delete.action"))) {
            outbound.set(true);
            return;
        }
        long id = loadedId;
        runInBackground(() -> service.delete(id), deleted -> {
            stored = false;
            clear();
            outbound.set(false);
            dirty.set(false);
            status.set(messages.get("ui.abroad.deleted"));
            recompute();
        }, this::failed);
    }

    /** "Lưu kế hoạch đi nước ngoài": refused with the problems named while one stands; else stored by the service. */
    public void save() {
        if (!outbound.get() || loadedId == null) {
            return;
        }
        recompute();
        if (!readable) {
            status.set(messages.get("ui.abroad.refused", problems.size()));
            return;
        }
        OutboundPlan toStore = plan;
        AbroadInputs inputsToStore = inputs;
        runInBackground(() -> service.save(toStore, inputsToStore), saved -> {
            stored = true;
            dirty.set(false);
            status.set(messages.get("ui.abroad.saved"));
        }, this::failed);
    }

    /** The trip as the tab holds it, for its papers. */
    public record TripOnScreen(Delegation delegation, OutboundPlan plan, AbroadInputs inputs, AbroadEstimate estimate) {
    }

    /** The trip as typed, for the papers; empty while a problem stands, since a paper never states what the tab refuses. */
    public Optional<TripOnScreen> trip() {
        if (!outbound.get() || loadedId == null) {
            return Optional.empty();
        }
        recompute();
        if (!readable || plan == null) {
            return Optional.empty();
        }
        Delegation delegation = draft.get();
        return Optional.of(new TripOnScreen(delegation, plan, inputs, service.estimate(delegation, plan, inputs)));
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    private void refresh() {
        Delegation delegation = draft.get();
        Long id = delegation == null ? null : delegation.id();
        if (id == null) {
            loadedId = null;
            editable.set(false);
            ready.set(false);
            clear();
            outbound.set(false);
            dirty.set(false);
            status.set(messages.get(delegation == null ? "ui.abroad.noDelegation" : "ui.abroad.needsId"));
            recompute();
            return;
        }
        if (id.equals(loadedId)) {
            syncPassports(delegation, Map.of());
            recompute();
            return;
        }
        if (dirty.get() && outbound.get() && loadedId != null) {
            keepLeftPlan();
        }
        loadedId = id;
        editable.set(false);
        ready.set(false);
        runInBackground(() -> new Loaded(service.load(id), service.rateSets()), loaded -> {
            if (id.equals(loadedId)) {
                show(loaded);
            }
        }, this::failed);
    }

    /**
     * Another delegation was opened while the plan of the one left had unsaved changes: "Lưu" stores them (as last read,
     * checked against the delegation left), any other answer drops them.
     */
    private void keepLeftPlan() {
        if (dialogs.askUnsaved(messages.get("ui.abroad.left.title"), messages.get("ui.abroad.left.message"))
                != DialogService.UnsavedChoice.SAVE) {
            return;
        }
        if (!readable || plan == null) {
            dialogs.showError(messages.get("ui.abroad.left.title"), messages.get("ui.abroad.left.refused", problems.size()));
            return;
        }
        OutboundPlan left = plan;
        AbroadInputs leftInputs = inputs;
        runInBackground(() -> service.save(left, leftInputs), saved -> { }, this::failed);
    }

    private record Loaded(Optional<SavedOutbound> saved, List<ForeignRateSet> sets) {
    }

    private void show(Loaded loaded) {
        loading = true;
        try {
            clear();
            rateSets.setAll(automaticChoice());
            loaded.sets().forEach(set -> rateSets.add(new RateSetChoice(set.id(), set.name())));
            stored = loaded.saved().isPresent();
            outbound.set(stored);
            Map<String, Passport> kept = new HashMap<>();
            if (stored) {
                OutboundPlan saved = loaded.saved().get().plan();
                estimateInputs.show(loaded.saved().get().inputs());
                saved.stops().forEach(this::showStop);
                saved.legs().forEach(this::showLeg);
                saved.passports().forEach(p -> kept.put(p.memberId(), p));
                ExchangeRate rate = saved.exchangeRate();
                if (rate != null) {
                    rateCurrency.set(rate.currency() == null ? "" : rate.currency().getCurrencyCode());
                    rateValue.set(rate.vndPerUnit() == null ? "" : decimal(rate.vndPerUnit()));
                    rateDate.set(date(rate.date()));
                    rateSource.set(rate.source());
                }
                rateSet.set(rateSets.stream().filter(c -> c.id().equals(saved.foreignRateSetId())).findFirst()
                        .orElse(rateSets.get(0)));
            }
            syncPassports(draft.get(), kept);
        } finally {
            loading = false;
        }
        dirty.set(false);
        status.set(stored ? "" : messages.get("ui.abroad.domestic"));
        editable.set(true);
        recompute();
        ready.set(true);
    }

    private void showStop(CountryStop stop) {
        StopRow row = new StopRow();
        row.code.set(stop.countryCode());
        row.name.set(stop.countryName());
        row.city.set(stop.city());
        row.zone.set(stop.zone() == null ? "" : stop.zone().getId());
        row.arrival.set(date(stop.arrivalDate()));
        row.departure.set(date(stop.departureDate()));
        watch(row.fields());
        stops.add(row);
    }

    private void showLeg(FlightLeg leg) {
        LegRow row = new LegRow();
        row.number.set(leg.flightNumber());
        row.from.set(leg.fromPlace());
        row.departure.set(leg.departureLocal() == null ? "" : DATE_TIME.format(leg.departureLocal()));
        row.fromZone.set(leg.fromZone() == null ? "" : leg.fromZone().getId());
        row.to.set(leg.toPlace());
        row.arrival.set(leg.arrivalLocal() == null ? "" : DATE_TIME.format(leg.arrivalLocal()));
        row.toZone.set(leg.toZone() == null ? "" : leg.toZone().getId());
        watch(row.fields());
        legs.add(row);
    }

    /** One passport row per member of the delegation, in its order, keeping what was typed for members still in it. */
    private void syncPassports(Delegation delegation, Map<String, Passport> stored) {
        Map<String, PassportRow> typed = new HashMap<>();
        passports.forEach(row -> typed.put(row.memberId(), row));
        estimateInputs.syncMembers(delegation.members());
        List<PassportRow> rows = new ArrayList<>();
        for (Member member : delegation.members()) {
            PassportRow row = typed.get(member.id());
            if (row == null || !row.memberName().equals(member.fullName())) {
                PassportRow fresh = new PassportRow(member.id(), member.fullName());
                Passport passport = stored.get(member.id());
                if (passport != null) {
                    fresh.number.set(passport.number());
                    fresh.type.set(passport.type());
                    fresh.expiry.set(date(passport.expiry()));
                } else if (row != null) {
                    fresh.number.set(row.number.get());
                    fresh.type.set(row.type.get());
                    fresh.expiry.set(row.expiry.get());
                }
                watch(fresh.fields());
                row = fresh;
            }
            rows.add(row);
        }
        if (!rows.equals(passports)) {
            passports.setAll(rows);
        }
    }

    private void clear() {
        boolean wasLoading = loading;
        loading = true;
        try {
            stops.clear();
            legs.clear();
            passports.forEach(row -> {
                row.number.set("");
                row.type.set(null);
                row.expiry.set("");
            });
            rateCurrency.set("USD");
            rateValue.set("");
            rateDate.set("");
            rateSource.set("");
            rateSet.set(automaticChoice());
            estimateInputs.clear();
            inputs = AbroadInputs.none();
        } finally {
            loading = wasLoading;
        }
    }

    private RateSetChoice automaticChoice() {
        return rateSets.isEmpty() ? new RateSetChoice("", messages.get("ui.abroad.rateSet.automatic")) : rateSets.get(0);
    }

    private void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(o -> edited());
        }
    }

    private void edited() {
        if (loading) {
            return;
        }
        if (outbound.get()) {
            dirty.set(true);
            status.set("");
        }
        recompute();
    }

    private void failed(Throwable failure) {
        String text = messages.describeFailure(failure, "\n");
        if (failure instanceof ValidationException invalid) {
            problems.setAll(describe(invalid.errors()));
            status.set(messages.get("ui.abroad.refused", invalid.errors().size()));
            return;
        }
        status.set(text);
        dialogs.showError(messages.get("ui.abroad.error.title"), text);
    }

    // ---- reading what was typed -----------------------------------------------------------------------------

    private void recompute() {
        if (loading) {
            return;
        }
        Delegation delegation = draft.get();
        if (!outbound.get() || delegation == null || loadedId == null) {
            plan = null;
            readable = false;
            problems.clear();
            warnings.clear();
            countries.clear();
            lines.clear();
            calendarSummary.set("");
            total.set("");
            return;
        }
        List<String> found = new ArrayList<>();
        plan = read(found);
        inputs = estimateInputs.read(rateCurrency.get(), found);
        readable = found.isEmpty();
        if (readable) {
            found.addAll(describe(service.validate(delegation, plan)));
            found.addAll(describe(AbroadInputsValidator.validate(inputs)));
            readable = found.isEmpty();
        }
        problems.setAll(found);
        AbroadCalendar calendar = AbroadCalendar.of(plan);
        showCalendar(calendar);
        Set<String> notes = new LinkedHashSet<>();
        List<AbroadWarning> planWarnings = service.warnings(delegation, plan);
        List<Object> withoutPassport = planWarnings.stream().filter(w -> w.messageKey().equals(PASSPORT_MISSING))
                .map(w -> w.args().get(0)).toList();
        planWarnings.stream().filter(w -> !w.messageKey().equals(PASSPORT_MISSING) || withoutPassport.size() <= FEW)
                .forEach(w -> notes.add(describe(w)));
        if (withoutPassport.size() > FEW) {
            notes.add(messages.get("ui.abroad.warning.passportsMissing", withoutPassport.size(),
                    String.join(", ", withoutPassport.stream().map(String::valueOf).toList())));
        }
        try {
            ExchangeRate rate = plan.exchangeRate();
            boolean rateRead = rate != null && rate.currency() != null && rate.vndPerUnit() != null && rate.vndPerUnit().signum() > 0;
            AbroadEstimate estimate = service.estimate(delegation, rateRead ? plan : plan.withExchangeRate(null), inputs);
            estimate.warnings().forEach(w -> notes.add(describe(w)));
            showEstimate(estimate);
        } catch (ArithmeticException | IllegalArgumentException tooLarge) {
            lines.clear();
            total.set(messages.get("ui.abroad.estimate.failed"));
        }
        warnings.setAll(notes);
    }

    private OutboundPlan read(List<String> found) {
        List<CountryStop> readStops = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            StopRow row = stops.get(i);
            String which = numbered(i, new CountryStop(row.code.get(), row.name.get(), row.city.get(), null, null, null).label());
            readStops.add(new CountryStop(row.code.get(), row.name.get(), row.city.get(),
                    typed.zone(row.zone.get(), Phrase.of("abroad.field.stop.zone", which), found),
                    typed.date(row.arrival.get(), Phrase.of("abroad.field.stop.arrival", which), found),
                    typed.date(row.departure.get(), Phrase.of("abroad.field.stop.departure", which), found)));
        }
        List<FlightLeg> readLegs = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            LegRow row = legs.get(i);
            String which = numbered(i, new FlightLeg(row.number.get(), row.from.get(), null, null, row.to.get(), null, null).label());
            readLegs.add(new FlightLeg(row.number.get(), row.from.get(),
                    typed.zone(row.fromZone.get(), Phrase.of("abroad.field.leg.fromZone", which), found),
                    typed.dateTime(row.departure.get(), Phrase.of("abroad.field.leg.departure", which), found),
                    row.to.get(), typed.zone(row.toZone.get(), Phrase.of("abroad.field.leg.toZone", which), found),
                    typed.dateTime(row.arrival.get(), Phrase.of("abroad.field.leg.arrival", which), found)));
        }
        List<Passport> readPassports = new ArrayList<>();
        for (PassportRow row : passports) {
            if (!row.blank()) {
                readPassports.add(new Passport(row.memberId(), row.number.get(), row.type.get(),
                        typed.date(row.expiry.get(), Phrase.of("abroad.field.passport.expiry", row.memberName()), found)));
            }
        }
        RateSetChoice choice = rateSet.get();
        return new OutboundPlan(loadedId, readStops, readLegs, readPassports, choice == null ? "" : choice.id(),
                typed.rate(rateCurrency.get(), rateValue.get(), rateDate.get(), rateSource.get(), found));
    }

    /** "1 (Seoul, Hàn Quốc)", as the service's rules name a row. */
    private static String numbered(int index, String label) {
        return label.isBlank() || label.equals(" – ") ? String.valueOf(index + 1) : (index + 1) + " (" + label + ")";
    }

    // ---- what is shown ---------------------------------------------------------------------------------------

    private void showCalendar(AbroadCalendar calendar) {
        if (calendar.exitDate() == null || calendar.reentryDate() == null) {
            calendarSummary.set(messages.get("ui.abroad.calendar.unknown"));
        } else {
            calendarSummary.set(messages.get("ui.abroad.calendar.summary", date(calendar.exitDate()), date(calendar.reentryDate()),
                    calendar.daysAbroad(), calendar.nights()));
        }
        // A stop still without a country says nothing until it has one.
        countries.setAll(calendar.countries().stream().filter(c -> !c.countryName().isEmpty() || !c.countryCode().isEmpty())
                .map(c -> messages.get("ui.abroad.calendar.country", c.countryName().isEmpty() ? c.countryCode() : c.countryName(),
                        c.days(), c.nights())).toList());
    }

    private void showEstimate(AbroadEstimate estimate) {
        List<EstimateRow> rows = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (AbroadLine line : estimate.lines()) {
            BigDecimal foreign = line.foreignAmount();
            String foreignText = foreign == null || line.currency() == null ? ""
                    : decimal(foreign) + " " + line.currency().getCurrencyCode();
            String dong = line.amountVnd() == null ? line.note() : VietnameseNumbers.format(line.amountVnd()) + " đ";
            boolean editable = !AbroadInputsViewModel.isAddedLine(line.key());
            rows.add(new EstimateRow(line.key(), line.content(), VietnameseNumbers.format(line.quantity()), line.unit(),
                    VietnameseNumbers.format(line.times()), foreignText, dong, editable, estimateInputs.quantityEdited(line.key()),
                    estimateInputs.timesEdited(line.key())));
            names.put(line.key(), line.content());
        }
        estimateInputs.nameLines(names);
        lines.setAll(rows);
        String sum = messages.get("ui.abroad.estimate.total", VietnameseNumbers.format(estimate.total()));
        total.set(estimate.draft() ? sum + " – " + messages.get("ui.abroad.estimate.draft", estimate.incompleteLines()) : sum);
    }

    private List<String> describe(List<ValidationError> errors) {
        return errors.stream().map(e -> messages.get(e.messageKey(), e.args().toArray())).toList();
    }

    private String describe(AbroadWarning warning) {
        return messages.get(warning.messageKey(), warning.args().toArray());
    }

    private static String date(LocalDate day) {
        return day == null ? "" : VietnameseDates.format(day);
    }

    /** "25.345,5": Vietnamese grouping and decimal comma, every digit kept. */
    static String decimal(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
