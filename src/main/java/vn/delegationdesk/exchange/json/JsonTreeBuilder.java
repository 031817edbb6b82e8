package vn.delegationdesk.exchange.json;

import java.io.IOException;
import java.math.BigDecimal;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The tree of one JSON value, built token by token from a parser configured with {@link JsonLimits}, refusing at the
 * place it occurs (its path and line/column) what a tree model would let through or report vaguely:
 * <ul>
 *   <li>a key repeated in one object, at any depth: inside the delegation, the estimate worksheet, the document
 *   settings and a rate set alike;</li>
 *   <li>a negative zero ({@code -0}, {@code -0.0}): every number of both formats is at least 0, and {@code -0} is a
 *   sign typed by mistake, not a value to store silently as 0.</li>
 * </ul>
 * Decimals keep their scale ({@code 0.70} stays {@code 0.70}), integers get the smallest node that holds them. The
 * recursion is as deep as the nesting, which the parser has already limited to {@link JsonLimits#MAX_DEPTH}.
 */
public final class JsonTreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;

    private JsonTreeBuilder(JsonParser parser) {
        this.parser = parser;
    }

    /** The value starting at the parser's next token; the parser is left on its last token. */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new IllegalStateException("no JSON value in a non-blank text");
        }
        return new JsonTreeBuilder(parser).value(first);
    }

    private JsonNode value(JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> text();
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> decimal();
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> throw new IllegalStateException("unexpected token " + token + " at " + parser.currentTokenLocation());
        };
    }

    private ObjectNode object() throws IOException {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonLocation at = parser.currentTokenLocation();
            JsonNode value = value(parser.nextToken());
            if (object.replace(name, value) != null) {
                // Back on this object after the value: its current name is the repeated key.
                throw PackageException.of(JsonPaths.of(parser.getParsingContext()), "exchange.error.duplicateKey", name,
                        at.getLineNr(), at.getColumnNr());
            }
        }
        return object;
    }

    private ArrayNode array() throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(token));
        }
        return array;
    }

    /** Exactly {@link JsonLimits#MAX_STRING_CHARS}: the parser checks its buffer, which may be a little larger. */
    private TextNode text() throws IOException {
        String text = parser.getText();
        JsonLimits.check(JsonLimits.Limit.STRING, text.length(), JsonLimits.MAX_STRING_CHARS);
        return NODES.textNode(text);
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> {
                int value = parser.getIntValue();
                refuseNegativeZero(value == 0);
                yield IntNode.valueOf(value);
            }
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
    }

    private DecimalNode decimal() throws IOException {
        BigDecimal value = parser.getDecimalValue();
        refuseNegativeZero(value.signum() == 0);
        return DecimalNode.valueOf(value);
    }

    private void refuseNegativeZero(boolean zero) throws IOException {
        if (zero && parser.getText().startsWith("-")) {
            JsonLocation at = parser.currentTokenLocation();
            throw PackageException.of(JsonPaths.of(parser.getParsingContext()), "exchange.error.negativeZero",
                    parser.getText(), at.getLineNr(), at.getColumnNr());
        }
    }
}
