package vn.delegationdesk.documents.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;

/**
 * The stored form of a delegation's document settings, written field by field so the domain record carries no
 * JSON annotations and the format stays stable when it changes. Fields this version does not know are ignored
 * (a newer build may add some); a missing field takes its default. Version 1; {@code estimateApproval} (null or
 * {@code {approver, number, date, total}}) was added without a new version: settings stored before it read as not
 * approved, and an older build reading newer settings ignores it. {@code outboundProposal} (the Tờ trình of a trip
 * abroad, {@code {number, date}}) was added the same way: absent reads as a draft.
 */
public final class DocumentSettingsJson {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentSettingsJson() {
    }

    public static String write(DocumentSettings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        issue(root.putObject("decision"), settings.decision());
        root.put("decisionProposer", settings.decisionProposer());
        lines(root.putArray("decisionRecipients"), settings.decisionRecipients());
        issue(root.putObject("resultsReport"), settings.resultsReport());
        root.put("actualSpending", settings.actualSpending());
        root.put("budgetUnitCode", settings.budgetUnitCode());
        root.put("travelOrderDepartment", settings.travelOrderDepartment());
        root.put("firstTravelOrderNumber", settings.firstTravelOrderNumber());
        lines(root.putArray("itineraryContacts"), settings.itineraryContacts());
        EstimateApproval approval = settings.approval();
        if (approval == null) {
            root.putNull("estimateApproval");
        } else {
            ObjectNode node = root.putObject("estimateApproval");
            node.put("approver", approval.approver());
            node.put("number", approval.number());
            node.put("date", approval.date() == null ? null : approval.date().toString());
            node.put("total", approval.total());
        }
        if (!settings.outboundProposal().equals(IssueNumber.DRAFT)) {
            issue(root.putObject("outboundProposal"), settings.outboundProposal());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document settings not serialisable", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not settings this version can read */
    public static DocumentSettings read(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document settings are not JSON", e);
        }
        if (root == null || !root.isObject() || root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("unsupported document settings version "
                    + (root == null ? null : root.get("version")));
        }
        JsonNode spending = root.get("actualSpending");
        if (spending != null && !spending.isNull() && !spending.canConvertToLong()) {
            throw new IllegalArgumentException("actual spending is not a whole number: " + spending);
        }
        return new DocumentSettings(issue(root.path("decision")), root.path("decisionProposer").asText(""),
                lines(root.path("decisionRecipients")), issue(root.path("resultsReport")),
                spending == null || spending.isNull() ? null : spending.asLong(),
                root.path("budgetUnitCode").asText(""), root.path("travelOrderDepartment").asText(""),
                root.path("firstTravelOrderNumber").asInt(0), lines(root.path("itineraryContacts")),
                approval(root.get("estimateApproval")), issue(root.path("outboundProposal")));
    }

    private static EstimateApproval approval(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode total = node.get("total");
        if (!node.isObject() || total == null || !total.canConvertToLong() || total.asLong() < 0) {
            throw new IllegalArgumentException("estimate approval without a whole total: " + node);
        }
        IssueNumber issue = issue(node);
        return new EstimateApproval(node.path("approver").asText(""), issue.number(), issue.date(), total.asLong());
    }

    private static void issue(ObjectNode node, IssueNumber issue) {
        node.put("number", issue.number());
        node.put("date", issue.date() == null ? null : issue.date().toString());
    }

    private static IssueNumber issue(JsonNode node) {
        JsonNode date = node.get("date");
        try {
            return new IssueNumber(node.path("number").asText(""),
                    date == null || date.isNull() ? null : LocalDate.parse(date.asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + date, e);
        }
    }

    private static void lines(ArrayNode array, List<String> lines) {
        lines.forEach(array::add);
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : array) {
            lines.add(line.asText());
        }
        return lines;
    }
}
