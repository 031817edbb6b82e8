package vn.delegationdesk.abroad.rates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.MemoryForeignRateSetRepository;
import vn.delegationdesk.abroad.MemoryOutboundRepository;
import vn.delegationdesk.budget.rates.ui.ImportPreview;
import vn.delegationdesk.exchange.rates.ForeignRateSetExchange;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The Dữ liệu menu's foreign rate-set commands over the memory stores: the documentation's example file imported after
 * its preview (figures TEST DATA), then exported and read back equal; a broken file and a clerk without the finance
 * role refused with the reason, nothing stored.
 */
class ForeignRateSetCommandsTest {
    private static final Path EXAMPLE = Path.of("docs/examples/foreign-rate-set-example.json");
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final MemoryForeignRateSetRepository rateSets = new MemoryForeignRateSetRepository();
    private final AbroadService abroad = new AbroadService(new MemoryOutboundRepository(), rateSets, id -> Optional.empty(),
            new RoleGate(user::get));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages();
    private final ForeignRateSetCommands commands = new ForeignRateSetCommands(abroad, new ForeignRateSetExchange(), dialogs,
            messages);

    @TempDir
    Path dir;

    @Test
    void theExampleIsPreviewedStoredExportedAndReadBackEqual() throws IOException {
        int before = abroad.rateSets().size();
        List<ImportPreview> previews = new ArrayList<>();
        dialogs.chooseFile(EXAMPLE);

        ForeignRateSet stored = commands.importFile(preview -> previews.add(preview)).orElseThrow();

        assertThat(previews).singleElement().satisfies(p -> assertThat(p.rows()).isNotEmpty());
        assertThat(abroad.rateSets()).hasSize(before + 1);
        CountryRate korea = stored.rates().stream().filter(r -> r.code().equals("KR")).findFirst().orElseThrow();
        assertThat(korea.perDiem()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(korea.lodgingCap()).isEqualTo(new BigDecimal("45.50"));
        assertThat(dialogs.shown("info")).last().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Đã lưu bộ định mức «Ví dụ định dạng (dữ liệu thử)» từ tệp foreign-rate-set-example.json.");

        Path target = dir.resolve("ra.json");
        dialogs.chooseFile(target);
        assertThat(commands.exportFile(sets -> sets.stream().filter(s -> s.id().equals(stored.id())).findFirst()))
                .contains(target);
        assertThat(dialogs.shown("save")).last().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Dinh-muc-cong-tac-nuoc-ngoai_Vi-du-dinh-dang-du-lieu-thu.json");
        ForeignRateSet back = new ForeignRateSetExchange().read(target);
        assertThat(back.rates()).isEqualTo(stored.rates());
        assertThat(back.name()).isEqualTo(stored.name());
    }

    @Test
    void aBrokenFileIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
        int before = abroad.rateSets().size();
        Path broken = Files.writeString(dir.resolve("hong.json"), "{ \"format\": \"delegation-desk/rate-set\", ");
        dialogs.chooseFile(broken);

        assertThat(commands.importFile(preview -> true)).isEmpty();

        assertThat(dialogs.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Không nhập được bộ định mức");
            assertThat(e.message()).startsWith("Không nhập tệp hong.json; chưa có gì thay đổi.");
        });
        assertThat(abroad.rateSets()).hasSize(before);
    }

    @Test
    void withoutTheFinanceRoleNoFileIsAskedFor() {
        user.set(new User("hoa", EnumSet.of(Role.ORGANISER)));

        assertThat(commands.importFile(preview -> true)).isEmpty();

        assertThat(dialogs.shown("open")).isEmpty();
        assertThat(dialogs.shown("info")).singleElement().extracting(RecordingDialogService.Shown::title)
                .isEqualTo("Nhập bộ định mức công tác nước ngoài");
    }
}
