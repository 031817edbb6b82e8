package vn.delegationdesk.abroad.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.AbroadInputsValidator;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.OtherCost;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.abroad.ui.AbroadRows.OtherCostRow;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDecimals;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * The inputs of the estimate abroad as typed in "Đi nước ngoài" ("Dự toán: giá vé và các khoản báo giá"), owned by
 * {@link AbroadViewModel}: for each price (the fare of each {@link FlightClass}, visa fee, insurance, airport transfer,
 * gifts, interpreter per day) an amount text read the Vietnamese way by {@link VietnameseDecimals} ("1.200,5") and a currency
 * text (ISO 4217, "VND" allowed; blank = the exchange rate's currency, else USD); a blank amount is "not priced". And the
 * flight class of each member of the delegation (default economy). And the lines of "Chi phí khác" the user adds
 * ({@link OtherCostRow}: content, unit, quantity and times as whole numbers, a price read like the others), in order.
 * And the quantity or times the user typed over a computed line of the estimate's table ({@link LineOverride}, by the
 * line's key; blank returns to the computed figure).
 *
 * <p>No JavaFX nodes. Every change calls the owner back, which marks the tab dirty and re-reads the whole tab; what cannot
 * be read is named with its field ("Giá vé hạng phổ thông – Số tiền: «12,3,4» không phải số …") and blocks the save like
 * every other typed field.
 */
public final class AbroadInputsViewModel {
    /** Longest amount kept, in characters of its plain form: a longer one is a typing slip, not a quotation. */
    static final int MAX_AMOUNT_TEXT = 30;
    private static final String FALLBACK_CURRENCY = "USD";

    /** One price as typed: its label ("Giá vé hạng phổ thông"), amount text and currency text. */
    public static final class PriceEntry {
        private final String id;
        private final Phrase label;
        public final StringProperty amount = new SimpleStringProperty("");
        public final StringProperty currency = new SimpleStringProperty("");

        PriceEntry(String id, Phrase label) {
            this.id = id;
            this.label = label;
        }

        /** "fare-economy", "visa": the suffix of the fields' node ids. */
        public String id() {
            return id;
        }

        public Phrase label() {
            return label;
        }

        void clear() {
            amount.set("");
            currency.set("");
        }

        void show(Price price) {
            amount.set(price == null ? "" : VietnameseDecimals.formatExact(price.amount()));
            currency.set(price == null ? "" : price.currency().getCurrencyCode());
        }
    }

    private final Messages messages;
    private final Runnable changed;
    private final Map<FlightClass, PriceEntry> fares = new EnumMap<>(FlightClass.class);
    private final PriceEntry visaFee = new PriceEntry("visa", Phrase.of("abroad.input.visaFee"));
    private final PriceEntry insurance = new PriceEntry("insurance", Phrase.of("abroad.input.insurance"));
    private final PriceEntry airportTransfer = new PriceEntry("transfer", Phrase.of("abroad.input.airportTransfer"));
    private final PriceEntry gifts = new PriceEntry("gifts", Phrase.of("abroad.input.gifts"));
    private final PriceEntry interpreterPerDay = new PriceEntry("interpreter", Phrase.of("abroad.input.interpreterPerDay"));
    private final List<PriceEntry> prices = new ArrayList<>();
    private final Map<String, ObjectProperty<FlightClass>> classes = new LinkedHashMap<>();
    private final ObservableList<OtherCostRow> otherCosts = FXCollections.observableArrayList(OtherCostRow::fields);
    /** What was typed over a computed line's quantity and times, by the line's key: [quantity, times], "" = as computed. */
    private final Map<String, String[]> overrides = new LinkedHashMap<>();
    /** The lines' contents as last shown, to name a line in a message. */
    private Map<String, String> lineNames = Map.of();
    private final ReadOnlyStringWrapper defaultCurrency = new ReadOnlyStringWrapper(this, "defaultCurrency", FALLBACK_CURRENCY);
    /** The classes last read from the store, for members whose row is made after the plan was shown. */
    private Map<String, FlightClass> storedClasses = Map.of();

    AbroadInputsViewModel(Messages messages, Runnable changed) {
        this.messages = messages;
        this.changed = changed;
        for (FlightClass flightClass : FlightClass.values()) {
            PriceEntry fare = new PriceEntry("fare-" + flightClass.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Phrase.of("abroad.input.fare", flightClass.label()));
            fares.put(flightClass, fare);
            prices.add(fare);
        }
        prices.addAll(List.of(visaFee, insurance, airportTransfer, gifts, interpreterPerDay));
        for (PriceEntry entry : prices) {
            entry.amount.addListener(o -> changed.run());
            entry.currency.addListener(o -> changed.run());
        }
        otherCosts.addListener((javafx.collections.ListChangeListener<OtherCostRow>) change -> changed.run());
    }

    // ---- what the page binds --------------------------------------------------------------------------------

    /** Every price in the order shown: the fares by class, then visa, insurance, transfer, gifts, interpreter. */
    public List<PriceEntry> prices() {
        return Collections.unmodifiableList(prices);
    }

    public PriceEntry fare(FlightClass flightClass) {
        return fares.get(flightClass);
    }

    public PriceEntry visaFee() {
        return visaFee;
    }

    public PriceEntry insurance() {
        return insurance;
    }

    public PriceEntry airportTransfer() {
        return airportTransfer;
    }

    public PriceEntry gifts() {
        return gifts;
    }

    public PriceEntry interpreterPerDay() {
        return interpreterPerDay;
    }

    /** The lines of "Chi phí khác" the user added, in order; each change re-reads the tab. */
    public ObservableList<OtherCostRow> otherCosts() {
        return otherCosts;
    }

    /** "Thêm dòng chi phí khác": a line of one unit, once, to be named and priced. */
    public void addOtherCost() {
        otherCosts.add(new OtherCostRow());
    }

    public void removeOtherCost(OtherCostRow row) {
        otherCosts.remove(row);
    }

    /** Whether {@code key} is a line of "Chi phí khác" the user added (edited in its own card, not in the table). */
    public static boolean isAddedLine(String key) {
        return key.startsWith("other.added.");
    }

    /** The quantity typed over the computed line {@code key}; blank returns to the computed one. */
    public void setQuantity(String key, String typed) {
        override(key, 0, typed);
    }

    /** The number of days or times typed over the computed line {@code key}; blank returns to the computed one. */
    public void setTimes(String key, String typed) {
        override(key, 1, typed);
    }

    /** Whether the user typed over the quantity of line {@code key}. */
    public boolean quantityEdited(String key) {
        return overrides.containsKey(key) && !overrides.get(key)[0].isEmpty();
    }

    /** Whether the user typed over the number of days or times of line {@code key}. */
    public boolean timesEdited(String key) {
        return overrides.containsKey(key) && !overrides.get(key)[1].isEmpty();
    }

    /** "Bỏ số lượng đã sửa": every computed line back to its own quantity and times. */
    public void clearOverrides() {
        if (!overrides.isEmpty()) {
            overrides.clear();
            changed.run();
        }
    }

    public boolean hasOverrides() {
        return !overrides.isEmpty();
    }

    private void override(String key, int part, String typed) {
        String text = typed == null ? "" : typed.strip();
        String[] both = overrides.computeIfAbsent(key, k -> new String[] {"", ""});
        both[part] = text;
        if (both[0].isEmpty() && both[1].isEmpty()) {
            overrides.remove(key);
        }
        changed.run();
    }

    private static String text(Long figure) {
        return figure == null ? "" : Long.toString(figure);
    }

    void nameLines(Map<String, String> names) {
        lineNames = Map.copyOf(names);
    }

    /** The flight class of a member of the delegation (economy until chosen). */
    public ObjectProperty<FlightClass> flightClassProperty(String memberId) {
        return classes.computeIfAbsent(memberId, this::classProperty);
    }

    /** The currency a price with a blank currency is in: the exchange rate's, else USD. */
    public ReadOnlyStringProperty defaultCurrencyProperty() {
        return defaultCurrency.getReadOnlyProperty();
    }

    /** "Hạng phổ thông": a class as the combo shows it. */
    public static String classLabel(FlightClass flightClass) {
        if (flightClass == null) {
            return "";
        }
        String label = flightClass.label();
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    // ---- kept in step by the owner --------------------------------------------------------------------------

    /** One class per member of the delegation, keeping what was chosen for members still in it. */
    void syncMembers(List<Member> members) {
        Set<String> present = new HashSet<>();
        for (Member member : members) {
            present.add(member.id());
            flightClassProperty(member.id());
        }
        classes.keySet().retainAll(present);
    }

    /** The stored inputs shown as text (called while the owner is loading: no change is reported). */
    void show(AbroadInputs stored) {
        storedClasses = stored.flightClasses();
        fares.forEach((flightClass, entry) -> entry.show(stored.fares().get(flightClass)));
        visaFee.show(stored.visaFee());
        insurance.show(stored.insurance());
        airportTransfer.show(stored.airportTransfer());
        gifts.show(stored.gifts());
        interpreterPerDay.show(stored.interpreterPerDay());
        classes.forEach((id, flightClass) -> flightClass.set(stored.flightClass(id)));
        List<OtherCostRow> rows = new ArrayList<>();
        for (OtherCost cost : stored.otherCosts()) {
            OtherCostRow row = new OtherCostRow();
            row.content.set(cost.content());
            row.unit.set(cost.unit());
            row.quantity.set(Long.toString(cost.quantity()));
            row.times.set(Long.toString(cost.times()));
            row.amount.set(cost.price() == null ? "" : VietnameseDecimals.formatExact(cost.price().amount()));
            row.currency.set(cost.price() == null ? "" : cost.price().currency().getCurrencyCode());
            row.basis.set(cost.basis());
            rows.add(row);
        }
        otherCosts.setAll(rows);
        overrides.clear();
        stored.overrides().forEach((key, edited) -> overrides.put(key, new String[] {text(edited.quantity()), text(edited.times())}));
    }

    void clear() {
        storedClasses = Map.of();
        prices.forEach(PriceEntry::clear);
        otherCosts.clear();
        overrides.clear();
        classes.values().forEach(flightClass -> flightClass.set(FlightClass.ECONOMY));
    }

    /**
     * The inputs as typed, each unreadable amount or currency named in {@code found} (its price then read as not typed);
     * {@code rateCurrencyText} is the exchange rate's currency as typed, the currency of a price whose currency is blank.
     */
    AbroadInputs read(String rateCurrencyText, List<String> found) {
        defaultCurrency.set(currencyCode(rateCurrencyText).filter(code -> !code.equals("VND")).orElse(FALLBACK_CURRENCY));
        Map<FlightClass, Price> readFares = new EnumMap<>(FlightClass.class);
        fares.forEach((flightClass, entry) -> {
            Price price = read(entry, found);
            if (price != null) {
                readFares.put(flightClass, price);
            }
        });
        Map<String, FlightClass> readClasses = new LinkedHashMap<>();
        classes.forEach((id, flightClass) -> readClasses.put(id, flightClass.get() == null ? FlightClass.ECONOMY : flightClass.get()));
        return new AbroadInputs(readClasses, readFares, read(visaFee, found), read(insurance, found), read(airportTransfer, found),
                read(gifts, found), read(interpreterPerDay, found), readOtherCosts(found), readOverrides(found));
    }

    private Map<String, LineOverride> readOverrides(List<String> found) {
        Map<String, LineOverride> read = new LinkedHashMap<>();
        overrides.forEach((key, both) -> {
            String line = lineNames.getOrDefault(key, key);
            Long quantity = overrideCount(both[0], Phrase.of("abroad.field.override.quantity", line), found);
            Long times = overrideCount(both[1], Phrase.of("abroad.field.override.times", line), found);
            read.put(key, new LineOverride(quantity, times));
        });
        return read;
    }

    /** A figure typed over a computed one: null when blank (as computed) or refused (named in {@code found}). */
    private Long overrideCount(String text, Phrase field, List<String> found) {
        if (text.isEmpty()) {
            return null;
        }
        OptionalLong value = VietnameseNumbers.parseWhole(text);
        if (value.isEmpty()) {
            found.add(messages.get("ui.abroad.inputs.parse.count", field, text));
            return null;
        }
        if (value.getAsLong() > AbroadInputsValidator.MAX_COUNT) {
            found.add(messages.get("validation.abroad.overrideCount", field, value.getAsLong(), AbroadInputsValidator.MAX_COUNT));
            return null;
        }
        return value.getAsLong();
    }

    private List<OtherCost> readOtherCosts(List<String> found) {
        List<OtherCost> costs = new ArrayList<>();
        for (int i = 0; i < otherCosts.size(); i++) {
            OtherCostRow row = otherCosts.get(i);
            int line = i + 1;
            long quantity = count(row.quantity.get(), Phrase.of("abroad.field.otherCost.quantity", line), found);
            long times = count(row.times.get(), Phrase.of("abroad.field.otherCost.times", line), found);
            Price price = read(row.amount.get(), row.currency.get(), Phrase.of("abroad.field.otherCost.price", line),
                    Phrase.of("abroad.field.otherCost.currency", line), found);
            costs.add(new OtherCost(row.content.get(), row.unit.get(), quantity, times, price, row.basis.get()));
        }
        return costs;
    }

    /** A whole number as typed ("2", "1.000"); 0 (refused by the validator) when blank or unreadable, named then. */
    private long count(String typed, Phrase field, List<String> found) {
        String text = typed == null ? "" : typed.strip();
        OptionalLong value = text.isEmpty() ? OptionalLong.empty() : VietnameseNumbers.parseWhole(text);
        if (text.isEmpty()) {
            found.add(messages.get("validation.abroad.required", field));
        } else if (value.isEmpty()) {
            found.add(messages.get("ui.abroad.inputs.parse.count", field, text));
        }
        return value.orElse(0);
    }

    private Price read(PriceEntry entry, List<String> found) {
        return read(entry.amount.get(), entry.currency.get(), Phrase.of("abroad.field.input.amount", entry.label()),
                Phrase.of("abroad.field.input.currency", entry.label()), found);
    }

    private Price read(String typedAmount, String typedCurrency, Phrase amountField, Phrase currencyField, List<String> found) {
        String amountText = typedAmount == null ? "" : typedAmount.strip();
        if (amountText.isEmpty()) {
            return null;
        }
        BigDecimal amount = null;
        Optional<BigDecimal> parsed = VietnameseDecimals.parse(amountText);
        if (parsed.isEmpty()) {
            found.add(messages.get("ui.abroad.inputs.parse.amount", amountField, amountText));
        } else if (parsed.get().toPlainString().length() > MAX_AMOUNT_TEXT) {
            found.add(messages.get("validation.abroad.tooManyDigits", amountField, MAX_AMOUNT_TEXT));
        } else {
            amount = parsed.get();
        }
        String currencyText = typedCurrency == null ? "" : typedCurrency.strip();
        Optional<String> code = currencyText.isEmpty() ? Optional.of(defaultCurrency.get()) : currencyCode(currencyText);
        if (code.isEmpty()) {
            found.add(messages.get("ui.abroad.inputs.parse.currency", currencyField, currencyText));
        }
        return amount == null || code.isEmpty() ? null : new Price(amount, Currency.getInstance(code.get()));
    }

    /** The ISO 4217 code typed ("usd" read as USD), empty when it is none. */
    private static Optional<String> currencyCode(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException notCurrency) {
            return Optional.empty();
        }
    }

    private ObjectProperty<FlightClass> classProperty(String memberId) {
        ObjectProperty<FlightClass> flightClass = new SimpleObjectProperty<>(this, "flightClass",
                storedClasses.getOrDefault(memberId, FlightClass.ECONOMY));
        flightClass.addListener(o -> changed.run());
        return flightClass;
    }
}
