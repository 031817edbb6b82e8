package vn.delegationdesk.platform.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

class WriteFailuresTest {
    private final Messages messages = new Messages();

    @Test
    void theReasonIsSaidInVietnameseInsideTheFailureMessage() {
        assertThat(messages.get("budget.export.error.cannotWrite", "du-toan.xlsx",
                WriteFailures.reason(new NoSuchFileException("/khong-co/.dd-1.tmp"))))
                .isEqualTo("Không ghi được tệp dự toán du-toan.xlsx (thư mục không tồn tại); tệp cũ (nếu có) vẫn giữ nguyên.");
        assertThat(messages.get("roster.error.cannotWrite", "ds.xlsx", WriteFailures.reason(new AccessDeniedException("/x"))))
                .contains("(không có quyền ghi vào thư mục hoặc tệp này)");
        assertThat(messages.get("roster.error.cannotWrite", "ds.xlsx", WriteFailures.reason(new IOException("disk"))))
                .contains("(lỗi khi ghi: IOException)");
    }
}
