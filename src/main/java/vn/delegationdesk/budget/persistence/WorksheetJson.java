package vn.delegationdesk.budget.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.StopSetting;

/**
 * The stored form of a worksheet, written field by field so the domain records carry no JSON
 * annotations and the format stays stable when they change. Version 1.
 */
public final class WorksheetJson {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorksheetJson() {
    }

    public static String write(EstimateWorksheet worksheet) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        EstimateInputs inputs = worksheet.inputs();
        root.put("rateSetId", inputs.rateSetId());
        root.put("localRateSetId", inputs.localRateSetId());
        root.put("lodgingMode", inputs.lodgingMode().name());
        ObjectNode stops = root.putObject("stops");
        inputs.stops().forEach((place, stop) -> stops.putObject(place)
                .put("category", stop.category().name()).put("hostProvidesRooms", stop.hostProvidesRooms()));
        ObjectNode overrides = root.putObject("overrides");
        worksheet.overrides().forEach((key, o) -> {
            ObjectNode node = overrides.putObject(key);
            node.put("content", o.content());
            node.put("unit", o.unit());
            node.put("quantity", o.quantity());
            node.put("times", o.times());
            node.put("unitPrice", o.unitPrice());
            node.put("basis", o.basis());
            node.put("removed", o.removed());
        });
        ArrayNode manual = root.putArray("manualLines");
        for (ManualLine line : worksheet.manualLines()) {
            manual.addObject().put("id", line.id()).put("section", line.sectionKey()).put("content", line.content())
                    .put("unit", line.unit()).put("quantity", line.quantity()).put("times", line.times())
                    .put("unitPrice", line.unitPrice()).put("basis", line.basis());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("worksheet not serialisable", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a worksheet this version can read */
    public static EstimateWorksheet read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("worksheet is not JSON", e);
        }
        if (root == null || root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("unsupported worksheet version " + (root == null ? null : root.get("version")));
        }
        Map<String, StopSetting> stops = new LinkedHashMap<>();
        root.path("stops").fields().forEachRemaining(e -> stops.put(e.getKey(), new StopSetting(
                StopCategory.valueOf(e.getValue().path("category").asText()),
                e.getValue().path("hostProvidesRooms").asBoolean())));
        EstimateInputs inputs = new EstimateInputs(text(root, "rateSetId"), text(root, "localRateSetId"),
                LodgingMode.valueOf(root.path("lodgingMode").asText(LodgingMode.INVOICE.name())), stops);
        Map<String, LineOverride> overrides = new LinkedHashMap<>();
        root.path("overrides").fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            overrides.put(e.getKey(), new LineOverride(text(o, "content"), text(o, "unit"), number(o, "quantity"),
                    number(o, "times"), number(o, "unitPrice"), text(o, "basis"), o.path("removed").asBoolean()));
        });
        List<ManualLine> manual = new ArrayList<>();
        for (JsonNode m : root.path("manualLines")) {
            // asText(""): a JSON null (possible only in a package edited by hand) is no text, not the word "null".
            manual.add(new ManualLine(m.path("id").asText(""), m.path("section").asText(""), m.path("content").asText(""),
                    m.path("unit").asText(""), m.path("quantity").asLong(), m.path("times").asLong(),
                    number(m, "unitPrice"), m.path("basis").asText("")));
        }
        return new EstimateWorksheet(inputs, overrides, manual);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }
}
