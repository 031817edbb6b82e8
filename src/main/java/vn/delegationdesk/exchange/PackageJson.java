package vn.delegationdesk.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration of the package format, shared by reader and writer. */
final class PackageJson {
    /**
     * Tree model only. Decimals stay {@code BigDecimal} with their scale, because the allowance
     * coefficient 0.70 must come back as 0.70 (BigDecimal equality counts the scale). A key repeated in
     * one object is refused rather than silently keeping the last value. Files are parsed within {@link JsonLimits}
     * (depth, string, number, token count) by {@link PackageText}, which builds the tree itself.
     */
    static final ObjectMapper MAPPER = mapper(JsonFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build());

    /**
     * The same configuration without {@link JsonLimits}, for JSON this application wrote itself a moment ago (the
     * store's worksheet and document settings, embedded into a package being written): exporting never fails on a
     * limit; importing the file then names the value that exceeds it.
     */
    static final ObjectMapper OWN_JSON = mapper(new JsonFactory());

    /** Two-space indent, "\n" on every platform, arrays one element a line: diffs stay readable. */
    static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private PackageJson() {
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
