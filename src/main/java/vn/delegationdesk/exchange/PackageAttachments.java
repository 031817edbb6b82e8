package vn.delegationdesk.exchange;

import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.persistence.WorksheetJson;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.persistence.DocumentSettingsJson;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * The optional parts of a package beside the delegation: {@code estimateWorksheet} and {@code documentSettings}, in
 * the store's own versioned JSON form (the same the store keeps), so what one clerk typed into the estimate and the
 * documents reaches the colleague who imports the file.
 */
final class PackageAttachments {
    static final String WORKSHEET = "estimateWorksheet";
    static final String DOCUMENTS = "documentSettings";
    private static final String VERSION = "version";

    private PackageAttachments() {
    }

    static JsonNode tree(String json) {
        try {
            return PackageJson.OWN_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Written by this application a moment ago: failing to parse it back would be a bug.
            throw new IllegalStateException(e);
        }
    }

    /**
     * The worksheet of {@code root}, {@link EstimateWorksheet#EMPTY} when absent; problems are added to {@code errors}.
     * The store reads its own rows leniently (it wrote them); a package may have been edited by hand, so every value is
     * first checked here for the type the store writes, with its path, before the store's reader maps it.
     */
    static EstimateWorksheet worksheet(JsonNode root, List<ValidationError> errors) {
        JsonNode node = root.get(WORKSHEET);
        if (node == null || node.isNull()) {
            return EstimateWorksheet.EMPTY;
        }
        String path = JsonPaths.field(JsonPaths.ROOT, WORKSHEET);
        if (!isVersionOne(node, path, errors, "exchange.error.unreadableWorksheet")) {
            return EstimateWorksheet.EMPTY;
        }
        int before = errors.size();
        checkWorksheet(FieldReader.of(node, path, errors));
        if (errors.size() > before) {
            return EstimateWorksheet.EMPTY;
        }
        try {
            return WorksheetJson.read(node.toString());
        } catch (IllegalArgumentException unreadable) {
            errors.add(ValidationError.of(path, "exchange.error.unreadableWorksheet"));
            return EstimateWorksheet.EMPTY;
        }
    }

    /** The document settings of {@code root}, the defaults when absent; checked like {@link #worksheet}. */
    static DocumentSettings documents(JsonNode root, List<ValidationError> errors) {
        JsonNode node = root.get(DOCUMENTS);
        if (node == null || node.isNull()) {
            return DocumentSettings.defaults();
        }
        String path = JsonPaths.field(JsonPaths.ROOT, DOCUMENTS);
        if (!isVersionOne(node, path, errors, "exchange.error.unreadableDocumentSettings")) {
            return DocumentSettings.defaults();
        }
        int before = errors.size();
        checkDocuments(FieldReader.of(node, path, errors));
        if (errors.size() > before) {
            return DocumentSettings.defaults();
        }
        try {
            return DocumentSettingsJson.read(node.toString());
        } catch (IllegalArgumentException unreadable) {
            errors.add(ValidationError.of(path, "exchange.error.unreadableDocumentSettings"));
            return DocumentSettings.defaults();
        }
    }

    /**
     * Not an object, or an object of another version: the whole attachment is named unreadable (it is the store's
     * form, of another application or version). A version of the wrong type is a value to correct, with its path.
     */
    private static boolean isVersionOne(JsonNode node, String path, List<ValidationError> errors, String unreadableKey) {
        if (!node.isObject()) {
            errors.add(ValidationError.of(path, unreadableKey));
            return false;
        }
        List<ValidationError> versionErrors = new ArrayList<>();
        Integer version = FieldReader.of(node, path, versionErrors).optionalInt(VERSION);
        if (!versionErrors.isEmpty()) {
            errors.addAll(versionErrors);
            return false;
        }
        if (version == null || version != 1) {
            errors.add(ValidationError.of(path, unreadableKey));
            return false;
        }
        return true;
    }

    /** The fields {@code WorksheetJson} writes, each with its type; unknown fields are ignored as the store does. */
    private static void checkWorksheet(FieldReader w) {
        w.text("rateSetId");
        w.text("localRateSetId");
        w.optionalEnum("lodgingMode", LodgingMode.class, null);
        w.objectMap("stops", stop -> {
            stop.requiredEnum("category", StopCategory.class, null);
            return stop.bool("hostProvidesRooms");
        });
        w.objectMap("overrides", line -> {
            line.text("content");
            line.text("unit");
            line.optionalWhole("quantity");
            line.optionalWhole("times");
            line.optionalWhole("unitPrice");
            line.text("basis");
            return line.bool("removed");
        });
        w.objects("manualLines", line -> {
            line.requiredText("id");
            line.requiredText("section");
            line.text("content");
            line.text("unit");
            line.requiredWhole("quantity");
            line.requiredWhole("times");
            line.optionalWhole("unitPrice");
            return line.text("basis");
        });
    }

    /** The fields {@code DocumentSettingsJson} writes, each with its type. */
    private static void checkDocuments(FieldReader d) {
        checkIssue(d.object("decision"));
        d.text("decisionProposer");
        d.texts("decisionRecipients");
        checkIssue(d.object("resultsReport"));
        d.optionalWhole("actualSpending");
        d.text("budgetUnitCode");
        d.text("travelOrderDepartment");
        d.optionalCount("firstTravelOrderNumber");
        d.texts("itineraryContacts");
        if (d.raw("estimateApproval") != null) {
            FieldReader approval = d.object("estimateApproval");
            approval.text("approver");
            checkIssue(approval);
            approval.requiredWhole("total");
        }
        if (d.raw("outboundProposal") != null) {
            checkIssue(d.object("outboundProposal"));
        }
    }

    private static void checkIssue(FieldReader issue) {
        issue.text("number");
        issue.optionalDate("date");
    }
}
