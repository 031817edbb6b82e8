package vn.delegationdesk.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line per event for the support log, and exceptions as their types and stack frames only: an exception's
 * message can carry data (H2 quotes the values of a failed statement, ID numbers among them), so it is left out.
 */
final class SupportLogLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final int MAX_CAUSES = 10;

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        line.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(String.format("%-5s", event.getLevel())).append(" [").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(" - ").append(event.getFormattedMessage())
                .append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy failure = event.getThrowableProxy();
        for (int depth = 0; failure != null && depth < MAX_CAUSES; depth++) {
            line.append(depth == 0 ? "" : "Caused by: ").append(failure.getClassName())
                    .append(CoreConstants.LINE_SEPARATOR);
            for (StackTraceElementProxy frame : failure.getStackTraceElementProxyArray()) {
                line.append("\tat ").append(frame.getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
            }
            failure = failure.getCause();
        }
        return line.toString();
    }
}
