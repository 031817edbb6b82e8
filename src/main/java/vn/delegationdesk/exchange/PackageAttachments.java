package vn.delegationdesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.persistence.WorksheetJson;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.persistence.DocumentSettingsJson;

/**
 * The optional parts of a package beside the delegation: {@code estimateWorksheet} and {@code documentSettings}, in
 * the store's own versioned JSON form (the same the store keeps), so what one clerk typed into the estimate and the
 * documents reaches the colleague who imports the file.
 */
final class PackageAttachments {
    static final String WORKSHEET = "estimateWorksheet";
    static final String DOCUMENTS = "documentSettings";

    private PackageAttachments() {
    }

    static JsonNode tree(String json) {
        try {
            return PackageJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Written by this application a moment ago: failing to parse it back would be a bug.
            throw new IllegalStateException(e);
        }
    }

    /** The worksheet of {@code root}, {@link EstimateWorksheet#EMPTY} when absent; a problem is added to {@code errors}. */
    static EstimateWorksheet worksheet(JsonNode root, List<ValidationError> errors) {
        JsonNode node = root.get(WORKSHEET);
        if (node == null || node.isNull()) {
            return EstimateWorksheet.EMPTY;
        }
        try {
            return WorksheetJson.read(objectText(node));
        } catch (IllegalArgumentException unreadable) {
            errors.add(ValidationError.of(JsonPaths.field(JsonPaths.ROOT, WORKSHEET), "exchange.error.unreadableWorksheet"));
            return EstimateWorksheet.EMPTY;
        }
    }

    /** The document settings of {@code root}, the defaults when absent; a problem is added to {@code errors}. */
    static DocumentSettings documents(JsonNode root, List<ValidationError> errors) {
        JsonNode node = root.get(DOCUMENTS);
        if (node == null || node.isNull()) {
            return DocumentSettings.defaults();
        }
        try {
            return DocumentSettingsJson.read(objectText(node));
        } catch (IllegalArgumentException unreadable) {
            errors.add(ValidationError.of(JsonPaths.field(JsonPaths.ROOT, DOCUMENTS), "exchange.error.unreadableDocumentSettings"));
            return DocumentSettings.defaults();
        }
    }

    private static String objectText(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an object: " + node.getNodeType());
        }
        return node.toString();
    }
}
