package vn.delegationdesk.exchange.json;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson configuration of the package format, shared by reader and writer. */
public final class PackageJson {
    /** Value of every file\'s top-level {@code "application"} field: who wrote it (informative only). */
    public static final String APPLICATION = "Delegation Desk 0.1.0";

    /**
     * Tree model only. Decimals stay {@code BigDecimal} with their scale, because the allowance
     * coefficient 0.70 must come back as 0.70 (BigDecimal equality counts the scale). A key repeated in
     * one object is refused rather than silently keeping the last value. Files are parsed within {@link JsonLimits}
     * (depth, string, number, token count) by {@link PackageText}, which builds the tree itself.
     */
    public static final ObjectMapper MAPPER = mapper(JsonFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build());

    /**
     * The same configuration without {@link JsonLimits}, for JSON this application wrote itself a moment ago (the
     * store's worksheet and document settings, embedded into a package being written): exporting never fails on a
     * limit; importing the file then names the value that exceeds it.
     */
    public static final ObjectMapper OWN_JSON = mapper(new JsonFactory());

    /** Two-space indent, "\n" on every platform, arrays one element a line: diffs stay readable. */
    public static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private PackageJson() {
    }

    /**
     * The top of every file this application writes: {@code format}, {@code formatVersion}, {@code exportedAt} (to the
     * second, with the offset of {@code clock}) and {@code application}; the body follows.
     */
    public static ObjectNode envelope(String format, int version, Clock clock) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        root.put("formatVersion", version);
        root.put("exportedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("application", APPLICATION);
        return root;
    }

    /** The file's bytes: pretty-printed UTF-8 without escapes, so Vietnamese text is readable in any editor, and a final newline. */
    public static byte[] bytes(ObjectNode root) {
        try {
            return (PRETTY.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // A tree of plain values always serialises; this would be a bug, not a user error.
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }
}
