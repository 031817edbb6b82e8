package vn.delegationdesk.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleLogConfiguratorTest {
    @Test
    void theConsoleShowsWarningsAndErrorsOnStandardErrorOnly() {
        LoggerContext context = new LoggerContext();
        ConsoleLogConfigurator.warningsToConsole(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("CONSOLE");
        assertThat(console.isStarted()).isTrue();
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.getFilterChainDecision(event(context, Level.INFO))).isEqualTo(FilterReply.DENY);
        assertThat(console.getFilterChainDecision(event(context, Level.WARN))).isEqualTo(FilterReply.NEUTRAL);
        context.stop();
    }

    @Test
    void logbackFindsItInsteadOfAnXmlFile() throws IOException {
        try (InputStream service = ConsoleLogConfigurator.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(service.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(ConsoleLogConfigurator.class.getName());
        }
        assertThat(ConsoleLogConfigurator.class.getResource("/logback.xml")).as("one place for the set-up").isNull();
    }

    private static ILoggingEvent event(LoggerContext context, Level level) {
        return new LoggingEvent(ConsoleLogConfiguratorTest.class.getName(), context.getLogger("vn.delegationdesk.test"), level,
                "message", null, null);
    }
}
