package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first frame's stylesheet looks like the theme: the same colours, the same top bar, nothing of its own but the shell. */
class ShellStylesheetTest {
    private static final Pattern TOKEN = Pattern.compile("(-dd-[a-z-]+|-fx-font-family|-fx-font-size|-fx-background):\\s*([^;]+);");

    @Test
    void everyColourOfTheShellIsTheThemes() throws IOException {
        Map<String, String> shell = rootTokens(read(Theme.SHELL_STYLESHEET));
        Map<String, String> theme = rootTokens(read(Theme.STYLESHEET));

        assertThat(shell).containsKeys("-dd-accent-strong", "-dd-text-muted", "-dd-background", "-fx-font-size");
        shell.forEach((token, value) -> assertThat(theme).as(token).containsEntry(token, value));
    }

    @Test
    void theTopBarIsDrawnTheSameAndTheShellRulesLiveOnlyInTheShell() throws IOException {
        String shell = read(Theme.SHELL_STYLESHEET);
        String theme = read(Theme.STYLESHEET);

        assertThat(rule(shell, ".dd-top-bar")).isEqualTo(rule(theme, ".dd-top-bar"));
        assertThat(theme).doesNotContain(".dd-shell");
        assertThat(shell).contains(".dd-shell-title", ".dd-shell-message");
    }

    private static Map<String, String> rootTokens(String css) {
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(rule(css, ".root"));
        while (m.find()) {
            tokens.put(m.group(1), m.group(2).strip());
        }
        return tokens;
    }

    private static String rule(String css, String selector) {
        int start = css.indexOf("\n" + selector + " {");
        return css.substring(start, css.indexOf('}', start) + 1).strip();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
