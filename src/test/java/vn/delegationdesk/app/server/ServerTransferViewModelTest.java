package vn.delegationdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.transfer.Clash;
import vn.delegationdesk.app.transfer.ClashChoice;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.InMemorySettingsRepository;
import vn.delegationdesk.testing.RecordingDialogService;

/** "Chuyển dữ liệu lên máy chủ…" without a screen: the dialogs answered by the test, the copy on the embedded server. */
class ServerTransferViewModelTest {
    private static final String PASSWORD = "mật khẩu máy chủ";

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final Deque<Optional<ClashChoice>> answers = new ArrayDeque<>();
    private final List<Clash> asked = new ArrayList<>();
    private String database;
    private String user;
    private int port;
    private Database laptop;
    private String password = PASSWORD;

    @BeforeEach
    void stores() {
        database = EmbeddedServer.createDatabase();
        user = EmbeddedServer.createUser(database, PASSWORD);
        port = Integer.parseInt(EmbeddedServer.url(database).replaceAll(".*:(\\d+)/.*", "$1"));
        laptop = Database.openStore(dataDir);
        new JdbcDelegationRepository(laptop).insert(SampleDelegation.create());
    }

    @AfterEach
    void close() {
        laptop.close();
        EmbeddedServer.drop(database);
    }

    private ServerTransferViewModel viewModel() {
        ServerTransferViewModel.Prompts prompts = new ServerTransferViewModel.Prompts() {
            @Override
            public Optional<char[]> askConnection(ServerConnectionForm form) {
                form.hostProperty().set("localhost");
                form.portProperty().set(String.valueOf(port));
                form.databaseProperty().set(database);
                form.userProperty().set(user);
                return Optional.of(password.toCharArray());
            }

            @Override
            public Optional<ClashChoice> askClash(Clash clash) {
                asked.add(clash);
                return answers.pop();
            }
        };
        return new ServerTransferViewModel(() -> laptop, settings, prompts, new DirectTaskRunner(), dialogs, messages);
    }

    private List<String> serverTitles() {
        try (ServerStore server = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null)) {
            return new JdbcDelegationRepository(server).findSummaries().stream().map(DelegationSummary::title).toList();
        }
    }

    @Test
    void copiesAndShowsWhatWasCopiedAndVerified() {
        viewModel().start();

        assertThat(dialogs.shown("error")).isEmpty();
        RecordingDialogService.Shown info = dialogs.shown("info").get(0);
        assertThat(info.title()).isEqualTo("Chuyển dữ liệu lên máy chủ");
        assertThat(info.message()).startsWith("Đã chuyển lên máy chủ postgresql://localhost:" + port + "/" + database
                + ": 1 đoàn (37 thành viên, 0 đoàn đổi tên, bỏ qua 0 đoàn)")
                .contains("Đã kiểm tra: máy chủ có 1 đoàn đúng như dự kiến và mã kiểm tra SHA-256 của từng đoàn khớp")
                .contains("Máy chủ ghi lại lần chuyển này cùng danh sách 0 bản sao lưu của máy này");
        assertThat(serverTitles()).containsExactly(SampleDelegation.create().title());
        assertThat(settings.snapshot().get(ServerConnectionForm.SETTING)).isEqualTo(String.join("\n", "localhost",
                String.valueOf(port), database, user)).doesNotContain(PASSWORD);
    }

    @Test
    void aClashIsAskedAndCancellingItWritesNothing() {
        viewModel().start();
        answers.add(Optional.empty());
        viewModel().start();
        assertThat(asked).extracting(Clash::title).containsExactly(SampleDelegation.create().title());
        assertThat(serverTitles()).hasSize(1);

        answers.add(Optional.of(ClashChoice.RENAME));
        viewModel().start();
        assertThat(serverTitles()).containsExactly(SampleDelegation.create().title(),
                SampleDelegation.create().title() + " (bản chuyển lên máy chủ)");
        assertThat(dialogs.shown("info").get(1).message()).contains("1 đoàn (37 thành viên, 1 đoàn đổi tên, bỏ qua 0 đoàn)");
    }

    @Test
    void aWrongPasswordIsShownAndNothingIsWritten() {
        password = "sai";
        viewModel().start();

        assertThat(dialogs.shown("error")).singleElement().satisfies(error -> assertThat(error.message()).isEqualTo(
                "Chưa chuyển được dữ liệu lên máy chủ; trên máy chủ không có gì được ghi. Máy chủ PostgreSQL từ chối đăng"
                        + " nhập vào cơ sở dữ liệu " + new ServerAddress("localhost", port, database, user).describe()
                        + ": tên người dùng hoặc mật khẩu không đúng."));
        assertThat(serverTitles()).isEmpty();
    }
}
