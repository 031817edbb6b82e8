package vn.delegationdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the choosers open: the last folder used, else Documents, else home; never the working directory. */
class ChooserFolderTest {
    @TempDir
    Path home;

    /** A memory like the settings store: one text, kept across instances. */
    private static final class Kept implements ChooserFolder.Memory {
        private String folder;

        @Override
        public Optional<String> recall() {
            return Optional.ofNullable(folder);
        }

        @Override
        public void remember(String value) {
            folder = value;
        }
    }

    @Test
    void withNothingUsedYetTheChooserOpensInDocumentsElseHomeNeverTheWorkingDirectory() throws Exception {
        ChooserFolder folder = new ChooserFolder(ChooserFolder.Memory.NONE, home);
        assertThat(folder.initial()).isEqualTo(home);

        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(folder.initial()).isEqualTo(documents)
                .isNotEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void theFolderLastUsedOpensNextTimeAndIsRememberedForTheNextRun() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path exports = Files.createDirectories(home.resolve("Đoàn Đắk Lắk").resolve("Xuất"));
        Kept kept = new Kept();

        new ChooserFolder(kept, home).usedFile(exports.resolve("Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx"));

        assertThat(kept.folder).isEqualTo(exports.toString());
        assertThat(new ChooserFolder(kept, home).initial()).isEqualTo(exports);

        Path packFolder = Files.createDirectory(home.resolve("Van-ban"));
        ChooserFolder next = new ChooserFolder(kept, home);
        next.usedFolder(packFolder);
        assertThat(next.initial()).isEqualTo(packFolder);
        assertThat(kept.folder).isEqualTo(packFolder.toString());
    }

    @Test
    void aRememberedFolderThatIsGoneOrUnreadableIsPassedOver() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        Kept kept = new Kept();
        kept.folder = home.resolve("USB-da-rut").toString();
        assertThat(new ChooserFolder(kept, home).initial()).isEqualTo(documents);

        kept.folder = "\u0000";
        assertThat(new ChooserFolder(kept, home).initial()).isEqualTo(documents);
    }

    @Test
    void aMemoryThatFailsNeverStopsTheChooser() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        ChooserFolder.Memory broken = new ChooserFolder.Memory() {
            @Override
            public Optional<String> recall() {
                throw new IllegalStateException("store closed");
            }

            @Override
            public void remember(String folder) {
                throw new IllegalStateException("store closed");
            }
        };
        ChooserFolder folder = new ChooserFolder(broken, home);

        assertThat(folder.initial()).isEqualTo(documents);
        Path used = Files.createDirectory(home.resolve("Xuat"));
        folder.usedFolder(used);
        assertThat(folder.initial()).isEqualTo(used);
    }
}
