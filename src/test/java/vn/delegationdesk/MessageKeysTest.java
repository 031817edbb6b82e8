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
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.ui.BudgetLabels;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;

/** Every {@code ui.}/{@code enum.} key the code uses exists, none is unused, and every pattern is valid. */
class MessageKeysTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:ui|enum)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static Properties bundle;
    private static Set<String> referenced;

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        bundle = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/vn/delegationdesk/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        referenced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    referenced.add(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyReferencedKeyExists() {
        assertThat(referenced).isNotEmpty();
        List<String> missing = referenced.stream().filter(key -> !bundle.containsKey(key)).toList();
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void noUiKeyIsUnused() {
        List<String> unused = bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("ui.") && !referenced.contains(key)).sorted().toList();
        assertThat(unused).as("ui.* keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void everyLabelledEnumConstantHasItsKeyAndNoOtherEnumKeyExists() {
        Set<String> expected = new TreeSet<>();
        List<Class<? extends Enum<?>>> labelled = new ArrayList<>(DelegationFormatter.LABELLED_ENUMS);
        labelled.addAll(BudgetLabels.LABELLED_ENUMS);
        for (Class<? extends Enum<?>> type : labelled) {
            for (Enum<?> constant : type.getEnumConstants()) {
                expected.add(EnumLabels.key(constant));
            }
        }
        Set<String> present = new TreeSet<>(bundle.stringPropertyNames().stream().filter(k -> k.startsWith("enum.")).toList());
        assertThat(present).isEqualTo(expected);
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
}
