package vn.delegationdesk.abroad.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.OtherCost;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.budget.FlightClass;

/**
 * What the user typed for an estimate abroad as JSON, by field name: each price an exact decimal written as text
 * ({@code {"amount": "450.50", "currency": "USD"}}, scale kept) or null while not typed. A flight class or fare class a
 * later version added is skipped when read, rather than failing the whole plan. {@code otherCosts} (the lines of "Chi
 * phí khác" the user adds) and {@code overrides} (the quantity or times set for a computed line, by its key) came later:
 * inputs stored before them read as none.
 */
public final class AbroadInputsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AbroadInputsJson() {
    }

    static String write(AbroadInputs inputs) {
        try {
            return JSON.writeValueAsString(tree(inputs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inputs of an estimate abroad could not be written", e);
        }
    }

    /**
     * The inputs as a JSON object, the one shape the store and the delegation package write (the package's reader checks
     * it field by field with paths; the store's is lenient).
     */
    public static ObjectNode tree(AbroadInputs inputs) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode classes = root.putObject("flightClasses");
        inputs.flightClasses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> classes.put(e.getKey(), e.getValue().name()));
        ObjectNode fares = root.putObject("fares");
        inputs.fares().forEach((flightClass, price) -> fares.set(flightClass.name(), price(price)));
        root.set("visaFee", price(inputs.visaFee()));
        root.set("insurance", price(inputs.insurance()));
        root.set("airportTransfer", price(inputs.airportTransfer()));
        root.set("gifts", price(inputs.gifts()));
        root.set("interpreterPerDay", price(inputs.interpreterPerDay()));
        ArrayNode others = root.putArray("otherCosts");
        for (OtherCost cost : inputs.otherCosts()) {
            ObjectNode line = others.addObject();
            line.put("content", cost.content());
            line.put("unit", cost.unit());
            line.put("quantity", cost.quantity());
            line.put("times", cost.times());
            line.set("price", price(cost.price()));
            line.put("basis", cost.basis());
        }
        if (!inputs.overrides().isEmpty()) {
            ObjectNode overrides = root.putObject("overrides");
            inputs.overrides().forEach((key, edited) -> {
                ObjectNode line = overrides.putObject(key);
                line.put("quantity", edited.quantity());
                line.put("times", edited.times());
            });
        }
        return root;
    }

    static AbroadInputs read(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored inputs of an estimate abroad are not JSON", e);
        }
        Map<String, FlightClass> classes = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("flightClasses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            FlightClass flightClass = flightClass(e.getValue().asText());
            if (flightClass != null) {
                classes.put(e.getKey(), flightClass);
            }
        }
        Map<FlightClass, Price> fares = new EnumMap<>(FlightClass.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("fares").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            FlightClass flightClass = flightClass(e.getKey());
            Price price = price(e.getValue());
            if (flightClass != null && price != null) {
                fares.put(flightClass, price);
            }
        }
        return new AbroadInputs(classes, fares, price(root.path("visaFee")), price(root.path("insurance")),
                price(root.path("airportTransfer")), price(root.path("gifts")), price(root.path("interpreterPerDay")),
                otherCosts(root.path("otherCosts")), overrides(root.path("overrides")));
    }

    private static Map<String, LineOverride> overrides(JsonNode object) {
        Map<String, LineOverride> overrides = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode quantity = e.getValue().path("quantity");
            JsonNode times = e.getValue().path("times");
            overrides.put(e.getKey(), new LineOverride(quantity.isNumber() ? quantity.asLong() : null,
                    times.isNumber() ? times.asLong() : null));
        }
        return overrides;
    }

    private static List<OtherCost> otherCosts(JsonNode array) {
        List<OtherCost> costs = new ArrayList<>();
        for (JsonNode line : array) {
            costs.add(new OtherCost(line.path("content").asText(""), line.path("unit").asText(""),
                    line.path("quantity").asLong(1), line.path("times").asLong(1), price(line.path("price")),
                    line.path("basis").asText("")));
        }
        return costs;
    }

    private static JsonNode price(Price price) {
        if (price == null) {
            return JSON.nullNode();
        }
        BigDecimal amount = price.amount().scale() < 0 ? price.amount().setScale(0) : price.amount();
        return JSON.createObjectNode().put("amount", amount.toPlainString()).put("currency", price.currency().getCurrencyCode());
    }

    private static Price price(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new Price(new BigDecimal(node.path("amount").asText()), Currency.getInstance(node.path("currency").asText()));
    }

    private static FlightClass flightClass(String name) {
        try {
            return FlightClass.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
