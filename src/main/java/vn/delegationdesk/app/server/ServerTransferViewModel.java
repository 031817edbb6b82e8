package vn.delegationdesk.app.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.delegationdesk.app.transfer.Clash;
import vn.delegationdesk.app.transfer.ClashChoice;
import vn.delegationdesk.app.transfer.StoreTransfer;
import vn.delegationdesk.app.transfer.TransferResult;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * "Chuyển dữ liệu lên máy chủ…": asks the server's connection (and its password, never kept), connects in the background,
 * asks per delegation the server already holds whether to skip it or copy it renamed, copies everything in one
 * transaction on the server (see {@link StoreTransfer}) and shows what was copied and verified. Cancelling at any
 * question writes nothing. The laptop's store stays the one the window works on.
 */
public final class ServerTransferViewModel extends ViewModel {
    /** The questions the copy asks; the window answers them with dialogs, tests directly. */
    public interface Prompts {
        /** The connection (filled in {@code form}) and its password; empty when cancelled. */
        Optional<char[]> askConnection(ServerConnectionForm form);

        /** What to do with a delegation the server already holds; empty cancels the whole copy. */
        Optional<ClashChoice> askClash(Clash clash);
    }

    /** Opens a server store: the real one connects over the network; tests give the embedded server. */
    @FunctionalInterface
    public interface ServerOpener {
        Store open(ServerAddress address, char[] password);
    }

    private final Supplier<Store> laptop;
    private final SettingsRepository settings;
    private final Prompts prompts;
    private final ServerOpener opener;
    private final DialogService dialogs;
    private final Messages messages;

    public ServerTransferViewModel(Supplier<Store> laptop, SettingsRepository settings, Prompts prompts, TaskRunner tasks,
            DialogService dialogs, Messages messages) {
        this(laptop, settings, prompts, (address, password) -> ServerStore.open(address.jdbcUrl(), address.user(), password),
                tasks, dialogs, messages);
    }

    ServerTransferViewModel(Supplier<Store> laptop, SettingsRepository settings, Prompts prompts, ServerOpener opener,
            TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.laptop = laptop;
        this.settings = settings;
        this.prompts = prompts;
        this.opener = opener;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A connection and its clashes, found in the background. */
    private record Connected(ServerAddress address, Store server, StoreTransfer transfer, List<Clash> clashes) {
    }

    /** Starts: the connection dialog, filled with the connection used last. */
    public void start() {
        ServerConnectionForm form = new ServerConnectionForm();
        form.recall(settings);
        Optional<char[]> password = prompts.askConnection(form);
        Optional<ServerAddress> address = form.address();
        if (password.isEmpty() || address.isEmpty()) {
            return;
        }
        ServerConnectionForm.remember(settings, address.get());
        runInBackground(() -> {
            Store server = opener.open(address.get(), password.get());
            try {
                StoreTransfer transfer = new StoreTransfer(laptop.get(), server, messages);
                return new Connected(address.get(), server, transfer, transfer.clashes());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }, this::connected, this::failed);
    }

    private void connected(Connected connected) {
        Map<Long, ClashChoice> choices = new LinkedHashMap<>();
        for (Clash clash : connected.clashes()) {
            Optional<ClashChoice> choice = prompts.askClash(clash);
            if (choice.isEmpty()) {
                connected.server().close();
                return;
            }
            choices.put(clash.laptopId(), choice.get());
        }
        runInBackground(() -> {
            try {
                return connected.transfer().copy(choices);
            } finally {
                connected.server().close();
            }
        }, result -> done(connected.address(), result), this::failed);
    }

    private void done(ServerAddress address, TransferResult result) {
        dialogs.showInfo(messages.get("ui.transfer.title"), messages.get("ui.transfer.done", address.describe(),
                result.delegations(), result.members(), result.renamed(), result.skipped(), result.rateSets(), result.bodies(),
                result.serverDelegations(), result.rateSetsOnServer(), result.bodiesOnServer(), result.backups()));
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("ui.transfer.title"), messages.get("ui.transfer.failed",
                messages.describeFailure(error, " ")));
    }
}
