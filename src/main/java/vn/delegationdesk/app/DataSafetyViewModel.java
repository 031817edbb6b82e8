package vn.delegationdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.list.DelegationListViewModel.LeaveGuard;
import vn.delegationdesk.platform.db.VerifiedBackup;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The "Dữ liệu" menu: "Sao lưu…" to a file the user chooses, "Khôi phục…" from one (checked before anything
 * is replaced, then swapped in with the store closed through {@link StoreRestart}), and "Mã hóa dữ liệu…"
 * to encrypt the store or change or remove its password. Unsaved changes in the editor are asked about first.
 */
public final class DataSafetyViewModel extends ViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH-mm");

    private final DataMaintenance store;
    private final StoreRestart restart;
    private final DialogService dialogs;
    private final PasswordPrompt passwords;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyStringWrapper encryptionText = new ReadOnlyStringWrapper(this, "encryptionText");
    private LeaveGuard leaveGuard = (proceed, stay) -> proceed.run();

    public DataSafetyViewModel(DataMaintenance store, StoreRestart restart, TaskRunner tasks, DialogService dialogs,
            PasswordPrompt passwords, Messages messages, Clock clock) {
        super(tasks);
        this.store = store;
        this.restart = restart;
        this.dialogs = dialogs;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
        refreshEncryptionText();
    }

    /** "Mã hóa dữ liệu…" or, for an encrypted store, "Đổi hoặc bỏ mật khẩu…". */
    public ReadOnlyStringProperty encryptionTextProperty() {
        return encryptionText.getReadOnlyProperty();
    }

    /** Asked before a restore or an encryption change, which reopen the workspace. */
    public void setLeaveGuard(LeaveGuard guard) {
        this.leaveGuard = guard;
    }

    public void backup() {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = FileNames.of("zip", messages.get("ui.fileName.backup"), DAY.format(now), TIME.format(now));
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("ui.data.backup.title"), name,
                messages.get("ui.data.filter"), "*.zip").flatMap(chosen -> FileTargets.withExtension(chosen, "zip", dialogs, messages));
        if (target.isEmpty()) {
            return;
        }
        Path zip = target.get();
        runInBackground(() -> {
            store.backupTo(zip);
            return zip;
        }, done -> dialogs.showInfo(messages.get("ui.data.backup.title"), messages.get("ui.data.backup.done", done)),
                error -> showError("ui.data.backup.failed", error));
    }

    public void restore() {
        Optional<Path> source = dialogs.chooseOpenFile(messages.get("ui.data.restore.title"), messages.get("ui.data.filter"),
                "*.zip");
        if (source.isEmpty()) {
            return;
        }
        runInBackground(() -> store.verify(source.get()), this::confirmRestore, error -> showError("ui.data.restore.failed", error));
    }

    /** The file passed every check: say what it holds and ask before the current data is replaced. */
    private void confirmRestore(VerifiedBackup backup) {
        if (!dialogs.confirm(messages.get("ui.data.restore.title"),
                messages.get("ui.data.restore.confirm", backup.source().getFileName(), backup.delegations()),
                messages.get("ui.data.restore.action"))) {
            backup.close();
            return;
        }
        leaveGuard.leave(() -> restart.restart(() -> {
            Path kept = store.restore(backup);
            return kept == null ? messages.get("ui.data.restore.doneFresh", backup.source().getFileName())
                    : messages.get("ui.data.restore.done", backup.source().getFileName(), kept);
        }), backup::close);
    }

    public void changeEncryption() {
        if (!store.encrypted()) {
            Optional<char[]> password = passwords.askNew(messages.get("ui.data.encrypt.title"),
                    messages.get("ui.data.encrypt.message"));
            if (password.isPresent() && dialogs.confirm(messages.get("ui.data.encrypt.title"),
                    messages.get("ui.data.encrypt.confirm"), messages.get("ui.data.encrypt.action"))) {
                rekey(password.get(), "ui.data.encrypt.done");
            }
            return;
        }
        PasswordPrompt.Change change = passwords.askChange(messages.get("ui.data.encrypted.title"),
                messages.get("ui.data.encrypted.message"));
        if (change == PasswordPrompt.Change.NEW_PASSWORD) {
            passwords.askNew(messages.get("ui.data.encrypted.title"), messages.get("ui.data.encrypt.message"))
                    .ifPresent(password -> rekey(password, "ui.data.encrypted.changed"));
        } else if (change == PasswordPrompt.Change.REMOVE && dialogs.confirm(messages.get("ui.data.encrypted.title"),
                messages.get("ui.data.decrypt.confirm"), messages.get("ui.data.encrypted.remove"))) {
            rekey(null, "ui.data.decrypt.done");
        }
    }

    private void rekey(char[] password, String doneKey) {
        leaveGuard.leave(() -> restart.restart(() -> {
            store.changePassword(password);
            return messages.get(doneKey);
        }), () -> { });
    }

    /** Called again once the workspace has reopened. */
    public void refreshEncryptionText() {
        encryptionText.set(messages.get(store.encrypted() ? "ui.data.encrypted.menu" : "ui.data.encrypt.menu"));
    }

    private void showError(String titleKey, Throwable error) {
        dialogs.showError(messages.get(titleKey), messages.describeFailure(unwrap(error), "\n"));
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof java.util.concurrent.CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
