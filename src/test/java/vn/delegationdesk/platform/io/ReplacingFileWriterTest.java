package vn.delegationdesk.platform.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplacingFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnyFileTheUserSaves() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("plan.pdf");
        ReplacingFileWriter.write(file, out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("mới");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("plan.pdf");
        Files.writeString(file, "cũ");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ReplacingFileWriter.write(file, out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("mới");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("plan.pdf");
        Files.writeString(file, "cũ");
        assertThatThrownBy(() -> ReplacingFileWriter.write(file, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("cũ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.pdf");
        }
    }
}
