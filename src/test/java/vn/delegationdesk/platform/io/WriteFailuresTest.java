package vn.delegationdesk.platform.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    @Test
    void aFullOrReadOnlyDiskIsNamedWhereverTheSystemsWordsAreInTheChain() {
        assertThat(messages.get("documents.error.cannotWrite", "Ke-hoach.pdf",
                WriteFailures.reason(new UncheckedIOException(new IOException("No space left on device")))))
                .isEqualTo("Không ghi được tệp Ke-hoach.pdf (ổ đĩa đã đầy – hãy giải phóng dung lượng rồi thử lại); tệp cũ (nếu có) "
                        + "vẫn giữ nguyên.");
        assertThat(messages.get("roster.error.cannotWrite", "ds.xlsx",
                WriteFailures.reason(new FileSystemException("/mnt/usb/.dd-1.tmp", null, "Read-only file system"))))
                .isEqualTo("Không ghi được tệp ds.xlsx (ổ đĩa chỉ đọc – hãy chọn nơi lưu khác); tệp cũ (nếu có) vẫn giữ nguyên.");
        assertThat(WriteFailures.isDiskFull(new IOException("There is not enough space on the disk"))).isTrue();
        assertThat(WriteFailures.isDiskFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(WriteFailures.isDiskFull(new IOException("Input/output error"))).isFalse();
        assertThat(WriteFailures.isReadOnly(new AccessDeniedException("/x"))).isFalse();
    }
}
