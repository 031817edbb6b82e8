package vn.delegationdesk.documents.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.platform.i18n.Messages;

class SystemViewerTest {
    @Test
    void withoutADisplayTheUserIsToldToSaveThePdfInstead(@TempDir Path dir) throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display is present");
        Path file = Files.writeString(dir.resolve("ke-hoach.pdf"), "%PDF-1.7");

        assertThatThrownBy(() -> new SystemViewer().open(file)).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(new Messages().describeFailure(e, " ")).isEqualTo(
                        "Máy này không có ứng dụng mở được tệp ke-hoach.pdf; hãy lưu PDF rồi mở bằng ứng dụng khác."));
    }
}
