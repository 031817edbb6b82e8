package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code exchange.} key the code uses exists in the bundle, and the bundle has none the code does not use. */
class ExchangeMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(exchange\\.[A-Za-z0-9.]+)\"");

    @Test
    void exchangeKeysInCodeAndBundleMatch() throws IOException {
        assertThat(keysInCode()).isNotEmpty().isEqualTo(keysInBundle());
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/delegationdesk/exchange"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> keysInBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = ExchangeMessagesTest.class.getResourceAsStream("/vn/delegationdesk/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("exchange.")).forEach(keys::add);
        return keys;
    }
}
