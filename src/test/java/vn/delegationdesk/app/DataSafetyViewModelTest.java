package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.db.StoreEncryption;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SmallDisk;

/**
 * The "Dữ liệu" menu over a real store in a temporary folder, without a screen: the restart closes the
 * services, runs the work with the store closed and opens them again, as the desktop app does.
 */
class DataSafetyViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:30:00Z"), ZoneOffset.UTC);
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ScriptedPrompt prompt = new ScriptedPrompt();

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private StoreSession session;
    private AppServices services;
    private DataSafetyViewModel model;
    private String restartNote;

    @BeforeEach
    void open() {
        session = new StoreSession(() -> dataDir, messages, CLOCK);
        services = session.load();
        // What the window does once the list shows: the support log and the start-up copy.
        session.afterListShown();
        model = new DataSafetyViewModel(session, this::restart, new DirectTaskRunner(), dialogs, prompt, messages, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    private void restart(Callable<String> whileClosed) {
        try {
            services.close();
            services = null;
            try {
                restartNote = whileClosed.call();
            } catch (Exception e) {
                restartNote = "FAILED " + messages.describeFailure(e, " ");
            }
            services = session.load();
            session.afterListShown();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBackupThenARestoreBringsTheOldDelegationBack() throws Exception {
        long id = services.delegations().create(SampleDelegation.create());
        Path zip = elsewhere.resolve("sao-luu-thang-12");
        dialogs.chooseFile(zip);

        model.backup();

        assertThat(dialogs.shown("save").get(0).message()).isEqualTo("Sao-luu-du-lieu_2026-12-02_08-30.zip");
        Path written = elsewhere.resolve("sao-luu-thang-12.zip");
        assertThat(dialogs.shown("info").get(0).message()).isEqualTo("Đã sao lưu toàn bộ dữ liệu vào tệp " + written + ".");
        Delegation saved = services.delegations().find(id).orElseThrow();
        services.delegations().save(saved.toBuilder().title("Tên đã đổi sau khi sao lưu").build());

        dialogs.chooseFile(written);
        model.restore();

        assertThat(dialogs.shown("confirm").get(0).message()).isEqualTo("Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng bản"
                + " sao lưu sao-luu-thang-12.zip (1 đoàn công tác). Dữ liệu hiện tại được giữ trong thư mục backups.");
        assertThat(dialogs.confirmedActions()).containsExactly("Khôi phục dữ liệu");
        assertThat(services.delegations().find(id).orElseThrow().title()).isEqualTo(SampleDelegation.create().title());
        assertThat(restartNote).startsWith("Đã khôi phục dữ liệu từ bản sao lưu sao-luu-thang-12.zip. Dữ liệu trước khi"
                + " khôi phục được giữ trong tệp ").contains("delegation-desk-before-restore-20261202-083000.zip");
    }

    @Test
    void aDamagedFileIsRefusedWithItsReasonAndTheDataStays() throws Exception {
        long id = services.delegations().create(SampleDelegation.create());
        Path zip = elsewhere.resolve("hong.zip");
        Files.write(zip, new byte[] {80, 75, 3, 4, 1, 2, 3});
        dialogs.chooseFile(zip);

        model.restore();

        assertThat(dialogs.shown("confirm")).isEmpty();
        assertThat(dialogs.shown("error").get(0).title()).isEqualTo("Không khôi phục được");
        assertThat(dialogs.shown("error").get(0).message()).startsWith("Tệp hong.zip không phải bản sao lưu của Delegation Desk");
        assertThat(restartNote).isNull();
        assertThat(services.delegations().find(id)).isPresent();
    }

    @Test
    void aBackupToAFullDiskShowsWhyInTheDialogAndLeavesNoHalfBackup() throws Exception {
        services.delegations().create(SampleDelegation.create());
        try (SmallDisk disk = SmallDisk.full()) {
            Path zip = disk.folder("usb").resolve("Sao-luu-du-lieu_2026-12-02_08-30.zip");
            disk.fillLeaving(16 * 1024);
            dialogs.chooseFile(zip);

            model.backup();

            assertThat(dialogs.shown("error")).containsExactly(new RecordingDialogService.Shown("error", "Không sao lưu được",
                    "Ổ đĩa đã đầy: không ghi được bản sao lưu " + zip + ". Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác rồi thử "
                            + "lại. Không có bản sao lưu dở dang nào được để lại; dữ liệu hiện tại vẫn nguyên vẹn."));
            try (var files = Files.list(zip.getParent())) {
                assertThat(files).isEmpty();
            }
        }
        assertThat(services.delegations().list()).hasSize(1);
    }

    @Test
    void declinedRestoreChangesNothing() throws Exception {
        services.delegations().create(SampleDelegation.create());
        Path zip = elsewhere.resolve("a.zip");
        dialogs.chooseFile(zip);
        model.backup();
        dialogs.answer(false);
        dialogs.chooseFile(zip);

        model.restore();

        assertThat(restartNote).isNull();
        assertThat(Files.exists(dataDir.resolve("backups"))).as("only start-up copies").isTrue();
        try (var files = Files.list(dataDir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(".dd-")).toList()).isEmpty();
        }
    }

    @Test
    void encryptingAskesForAPasswordThenTheStoreNeedsIt() throws Exception {
        services.delegations().create(SampleDelegation.create());
        assertThat(model.encryptionTextProperty().get()).isEqualTo("Mã hóa dữ liệu…");
        prompt.newPasswords.add("mật khẩu của Sở".toCharArray());

        model.changeEncryption();

        assertThat(dialogs.shown("confirm").get(0).message()).startsWith("Nếu quên mật khẩu, không ai mở được dữ liệu");
        assertThat(dialogs.confirmedActions()).containsExactly("Mã hóa dữ liệu");
        assertThat(restartNote).isEqualTo("Đã mã hóa dữ liệu và các bản sao lưu trong thư mục backups. Lần mở sau, ứng dụng"
                + " sẽ hỏi mật khẩu.");
        assertThat(StoreEncryption.isEncrypted(dataDir)).isTrue();
        assertThat(services.delegations().list()).hasSize(1);
        model.refreshEncryptionText();
        assertThat(model.encryptionTextProperty().get()).isEqualTo("Đổi hoặc bỏ mật khẩu…");

        prompt.change = PasswordPrompt.Change.REMOVE;
        model.changeEncryption();

        assertThat(restartNote).isEqualTo("Đã bỏ mã hóa dữ liệu.");
        assertThat(StoreEncryption.isEncrypted(dataDir)).isFalse();
        assertThat(services.delegations().list()).hasSize(1);
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeTheWorkspaceReopens() throws Exception {
        model.setLeaveGuard((proceed, stay) -> stay.run());
        prompt.newPasswords.add("mật khẩu của Sở".toCharArray());

        model.changeEncryption();

        assertThat(restartNote).isNull();
        assertThat(StoreEncryption.isEncrypted(dataDir)).isFalse();
    }

    /** Answers the password dialogs from a script. */
    private static final class ScriptedPrompt implements PasswordPrompt {
        private final Deque<char[]> newPasswords = new ArrayDeque<>();
        private Change change = Change.CANCEL;

        @Override
        public Optional<char[]> askNew(String title, String message) {
            return Optional.ofNullable(newPasswords.poll());
        }

        @Override
        public Change askChange(String title, String message) {
            return change;
        }

        @Override
        public boolean offerEncryption(String title, String message) {
            return false;
        }

        @Override
        public Optional<char[]> askToOpen(String title, String message, String error) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}
