package vn.delegationdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.rates.ui.BudgetLabels;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The bundle and the code agree, for every key prefix the bundle has ({@code ui.}, {@code store.}, {@code roster.} ...):
 * every key written in src/main/java exists, no key is unused, and every pattern is valid.
 *
 * <p>Keys are the string literals of the code (comments left out) that start with a prefix of the bundle. Keys built at
 * run time are the families of {@link #FAMILIES}, each with the set its code can build; a literal that ends with a
 * dot (the start of a built key) must be one of them, so a new family cannot slip by unchecked. Literals that look
 * like keys but name something else are listed in {@link #NOT_KEYS} and {@link #NOT_KEY_PREFIXES}.
 */
class MessageKeysTest {
    private static final Path MAIN = Path.of("src/main/java");

    /** Keys built at run time: the literal that starts them, and every key the code can build from it. */
    private static final Map<String, Supplier<Set<String>>> FAMILIES = Map.of(
            // EnumLabels.key: enum.<SimpleName>.<CONSTANT>, for the enums the labellers name.
            "enum.", MessageKeysTest::enumLabelKeys,
            // DocumentService.kindName and the documents view model: documents.kind.<DocumentKind>.
            "documents.kind.", () -> Arrays.stream(DocumentKind.values()).map(k -> "documents.kind." + k.name())
                    .collect(Collectors.toCollection(TreeSet::new)));
    /** Literals shaped like keys that are not message keys, with what they are. */
    private static final Map<String, String> NOT_KEYS = Map.of(
            "roster.import.columnMapping", "SettingsMappingMemory.SETTING: the name of a setting in the store");
    /** Literals that start keys of something else than the bundle. */
    private static final Map<String, String> NOT_KEY_PREFIXES = Map.of(
            "documents.", "DocumentSettingsForm: the names of the Văn bản tab's fields in the draft's input errors");

    private static Properties bundle;
    private static Set<String> prefixes;
    /** Literals of src/main/java that start with a bundle prefix and a dot. */
    private static Set<String> keyLiterals;

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/vn/delegationdesk/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        prefixes = bundle.stringPropertyNames().stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        Pattern keyShaped = Pattern.compile("[a-z]+\\.[A-Za-z0-9_.]*");
        keyLiterals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(file))) {
                    if (keyShaped.matcher(literal).matches() && prefixes.contains(literal.substring(0, literal.indexOf('.') + 1))) {
                        keyLiterals.add(literal);
                    }
                }
            }
        }
    }

    @Test
    void theBundleHasSeveralPrefixesAndTheCodeUsesThemAll() {
        assertThat(prefixes).contains("ui.", "enum.", "store.", "roster.", "exchange.", "validation.");
        Set<String> usedPrefixes = keyLiterals.stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .collect(Collectors.toSet());
        assertThat(usedPrefixes).as("bundle prefixes no code uses").containsAll(prefixes);
    }

    @Test
    void everyKeyWrittenInTheCodeExists() {
        List<String> missing = writtenKeys().stream().filter(key -> !bundle.containsKey(key)).toList();

        assertThat(missing).as("keys used in src/main/java but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyStartWrittenInTheCodeIsADeclaredFamily() {
        Set<String> starts = keyLiterals.stream().filter(literal -> literal.endsWith(".")).collect(Collectors.toSet());
        Set<String> declared = new TreeSet<>(FAMILIES.keySet());
        declared.addAll(NOT_KEY_PREFIXES.keySet());

        assertThat(starts).as("keys built at run time: declare each family in FAMILIES with the keys it builds")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyFamilyHasExactlyTheKeysItsCodeBuilds() {
        for (Map.Entry<String, Supplier<Set<String>>> family : FAMILIES.entrySet()) {
            Set<String> present = bundle.stringPropertyNames().stream().filter(key -> key.startsWith(family.getKey()))
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(present).as("keys of the family %s*", family.getKey()).isEqualTo(family.getValue().get());
        }
    }

    @Test
    void noKeyIsUnused() {
        Set<String> used = new TreeSet<>(writtenKeys());
        FAMILIES.values().forEach(family -> used.addAll(family.get()));

        List<String> unused = bundle.stringPropertyNames().stream().filter(key -> !used.contains(key)).sorted().toList();

        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void whatLooksLikeAKeyButIsNoneIsStillThereAndNotInTheBundle() {
        assertThat(keyLiterals).containsAll(NOT_KEYS.keySet()).containsAll(NOT_KEY_PREFIXES.keySet());
        assertThat(NOT_KEYS.keySet()).noneMatch(bundle::containsKey);
    }

    @Test
    void literalsAreReadFromCodeNotComments() {
        String source = """
                // messages.get("ui.inLineComment")
                /* "ui.inBlockComment" */
                /** {@code "ui.inJavadoc"} */
                String a = "ui.real" + '"' + "ui.after\\"Quote";
                char c = '\\''; String b = "store.error.x"; // "ui.trailing"
                """;

        assertThat(stringLiterals(source)).containsExactly("ui.real", "ui.after\\\"Quote", "store.error.x");
    }

    @Test
    void everyPatternIsValidAndQuotesAreEscaped() {
        List<String> problems = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            try {
                new MessageFormat(value, Messages.VIETNAMESE);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
            if (value.replace("''", "").contains("'")) {
                problems.add(key + ": a single quote must be written '' (MessageFormat)");
            }
            if (value.isBlank()) {
                problems.add(key + ": empty");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Literal keys: the key literals that are neither the start of a built key nor something else. */
    private static Set<String> writtenKeys() {
        return keyLiterals.stream().filter(literal -> !literal.endsWith(".") && !NOT_KEYS.containsKey(literal))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> enumLabelKeys() {
        Map<String, Class<? extends Enum<?>>> labelled = new LinkedHashMap<>();
        Stream.concat(DelegationFormatter.LABELLED_ENUMS.stream(), BudgetLabels.LABELLED_ENUMS.stream())
                .forEach(type -> labelled.put(type.getName(), type));
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : labelled.values()) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(EnumLabels.key(constant));
            }
        }
        return keys;
    }

    /**
     * The string literals of a Java source, as written (escapes kept), comments skipped; text blocks whole. Char
     * literals are skipped so that {@code '"'} opens no string.
     */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
