package vn.delegationdesk.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileLogTest {
    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void theLogGoesToTheDataFolderOfTheOpenStore() throws Exception {
        FileLog.install(first);
        LoggerFactory.getLogger("vn.delegationdesk.test").warn("first store");
        FileLog.install(second);
        LoggerFactory.getLogger("vn.delegationdesk.test").info("second store");

        String firstLog = Files.readString(first.resolve("logs").resolve(FileLog.FILE_NAME), StandardCharsets.UTF_8);
        String secondLog = Files.readString(second.resolve("logs").resolve(FileLog.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(firstLog).contains("WARN", "first store").doesNotContain("second store");
        assertThat(secondLog).contains("INFO", "second store").doesNotContain("first store");
    }

    @Test
    void exceptionsAreWrittenWithoutTheirMessages() throws Exception {
        FileLog.install(first);
        IllegalStateException failure = new IllegalStateException("Unique index violation: VALUES ('079123456789')",
                new SQLException("member 0912345678"));
        LoggerFactory.getLogger("vn.delegationdesk.test").error("save failed", failure);

        String log = Files.readString(first.resolve("logs").resolve(FileLog.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log).contains("save failed", "java.lang.IllegalStateException", "Caused by: java.sql.SQLException",
                "at vn.delegationdesk.platform.logging.FileLogTest").doesNotContain("079123456789", "0912345678");
    }
}
