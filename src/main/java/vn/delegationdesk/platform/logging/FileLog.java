package vn.delegationdesk.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The support log: {@code logs/delegation-desk.log} in the data folder, rolled over at 2 MB and keeping five
 * old files. It is installed once the store is open (so only the copy of the app that holds the data folder
 * writes it). Log statements name operations, not members' details; exceptions are written without their messages
 * ({@link SupportLogLayout}).
 */
public final class FileLog {
    static final String APPENDER = "DATA_FOLDER_FILE";
    static final String FILE_NAME = "delegation-desk.log";
    private static final String MAX_SIZE = "2MB";
    private static final int KEEP = 5;

    private FileLog() {
    }

    /** Sends the app's log to {@code dataDir}/logs from now on, replacing a log installed for another folder. */
    public static synchronized void install(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Path file = dataDir.toAbsolutePath().resolve("logs").resolve(FILE_NAME);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> current
                && file.toString().equals(current.getFile())) {
            return;
        }
        root.detachAppender(APPENDER);

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file.resolveSibling("delegation-desk.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_SIZE));
        SupportLogLayout layout = new SupportLogLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        encoder.start();
        rolling.start();
        trigger.start();
        appender.start();
        root.addAppender(appender);
        context.getLogger("vn.delegationdesk").setLevel(Level.INFO);
        LoggerFactory.getLogger(FileLog.class).info("log started in {}", file.getParent());
    }
}
