package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/lan");

    @Test
    void optionWinsOverEnvironment() {
        DataDirectory dirs = new DataDirectory("Linux", Map.of(DataDirectory.ENV_VAR, "/srv/env"), HOME);

        assertThat(dirs.locate(List.of("--data-dir", "/srv/option"))).isEqualTo(Path.of("/srv/option"));
        assertThat(dirs.locate(List.of("--other", "--data-dir=/srv/joined"))).isEqualTo(Path.of("/srv/joined"));
    }

    @Test
    void relativeOptionIsMadeAbsolute() {
        Path located = new DataDirectory("Linux", Map.of(), HOME).locate(List.of("--data-dir", "data/../du-lieu"));

        assertThat(located).isEqualTo(Path.of("du-lieu").toAbsolutePath());
    }

    @Test
    void optionWithoutValueIsRefusedWithAVietnameseMessageKey() {
        DataDirectory dirs = new DataDirectory("Linux", Map.of(), HOME);

        for (List<String> args : List.of(List.of("--data-dir"), List.of("--data-dir", "--cli"), List.of("--data-dir="))) {
            assertThatThrownBy(() -> dirs.locate(args)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("store.error.dataDirMissingValue"));
        }
    }

    @Test
    void environmentVariableWinsOverOsDefault() {
        DataDirectory dirs = new DataDirectory("Windows 11", Map.of(DataDirectory.ENV_VAR, " /srv/env ",
                "APPDATA", "/appdata"), HOME);

        assertThat(dirs.locate(List.of())).isEqualTo(Path.of("/srv/env"));
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        DataDirectory dirs = new DataDirectory("Linux", Map.of(DataDirectory.ENV_VAR, "  "), HOME);

        assertThat(dirs.locate(List.of())).isEqualTo(HOME.resolve(".local/share/delegation-desk"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertThat(new DataDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/lan"), HOME).locate(List.of()))
                .isEqualTo(Path.of("/data/lan/delegation-desk"));
        assertThat(new DataDirectory("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME).locate(List.of()))
                .isEqualTo(HOME.resolve(".local/share/delegation-desk"));
        assertThat(new DataDirectory("Linux", Map.of(), HOME).locate(List.of()))
                .isEqualTo(HOME.resolve(".local/share/delegation-desk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(new DataDirectory("Windows 10", Map.of("APPDATA", "/Users/lan/AppData/Roaming"), HOME)
                .locate(List.of())).isEqualTo(Path.of("/Users/lan/AppData/Roaming/DelegationDesk"));
        assertThat(new DataDirectory("Windows 10", Map.of(), HOME).locate(List.of()))
                .isEqualTo(HOME.resolve("AppData/Roaming/DelegationDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(new DataDirectory("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME).locate(List.of()))
                .isEqualTo(HOME.resolve("Library/Application Support/DelegationDesk"));
    }

    @Test
    void resolveCreatesTheFolder(@TempDir Path temp) {
        Path wanted = temp.resolve("a/b/Dữ liệu");

        Path resolved = new DataDirectory("Linux", Map.of(), HOME).resolve(List.of("--data-dir", wanted.toString()));

        assertThat(resolved).isEqualTo(wanted).isDirectory();
    }

    @Test
    void resolveRefusesAFolderItCannotCreate(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        DataDirectory dirs = new DataDirectory("Linux", Map.of(), HOME);

        assertThatThrownBy(() -> dirs.resolve(List.of("--data-dir", file.resolve("sub").toString())))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.error.folderUnavailable"));
    }

    @Test
    void aFolderChosenInTheWindowIsUsedAtTheNextStartUntilTheUsualOneIsChosenAgain(@TempDir Path home) throws Exception {
        DataDirectory dirs = new DataDirectory("Linux", Map.of(), home);
        Path usual = home.resolve(".local/share/delegation-desk");
        Path chosen = Files.createDirectories(home.resolve("USB/Dữ liệu đoàn"));

        dirs.remember(List.of(), chosen);
        assertThat(new DataDirectory("Linux", Map.of(), home).resolve(List.of())).isEqualTo(chosen);

        dirs.remember(List.of(), usual);
        assertThat(new DataDirectory("Linux", Map.of(), home).resolve(List.of())).isEqualTo(usual);
        assertThat(usual.resolve(DataDirectory.CHOSEN_FOLDER_FILE)).doesNotExist();
    }

    @Test
    void aChosenFolderThatIsGoneIsNotMadeAnewButReported(@TempDir Path home) throws Exception {
        DataDirectory dirs = new DataDirectory("Linux", Map.of(), home);
        Path chosen = Files.createDirectories(home.resolve("USB/data"));
        dirs.remember(List.of(), chosen);
        Files.delete(chosen);

        assertThatThrownBy(() -> dirs.resolve(List.of())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo("store.error.chosenFolderMissing"));
        assertThat(chosen).doesNotExist();
    }

    @Test
    void theOptionAndTheEnvironmentStillWinAndAreNotRemembered(@TempDir Path home) throws Exception {
        Path chosen = Files.createDirectories(home.resolve("chosen"));
        Path fromEnv = home.resolve("env");
        new DataDirectory("Linux", Map.of(), home).remember(List.of(), chosen);
        DataDirectory withEnv = new DataDirectory("Linux", Map.of(DataDirectory.ENV_VAR, fromEnv.toString()), home);

        assertThat(withEnv.resolve(List.of())).isEqualTo(fromEnv);
        withEnv.remember(List.of(), home.resolve("other"));
        assertThat(new DataDirectory("Linux", Map.of(), home).locate(List.of())).isEqualTo(chosen);
    }

    @Test
    void anUnreadableNoteLeavesTheUsualFolder(@TempDir Path home) throws Exception {
        Path usual = Files.createDirectories(home.resolve(".local/share/delegation-desk"));
        Files.writeString(usual.resolve(DataDirectory.CHOSEN_FOLDER_FILE), "relative/path");

        assertThat(new DataDirectory("Linux", Map.of(), home).locate(List.of())).isEqualTo(usual);
    }
}
