package vn.delegationdesk.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
