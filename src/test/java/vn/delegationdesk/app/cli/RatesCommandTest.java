package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** {@code rates export} and {@code rates import} over real stores: one office's completed set reaches another's estimate. */
class RatesCommandTest {
    @TempDir
    Path dir;

    private final CommandLineApp app = new CommandLineApp(
            new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), new Messages(), SampleDelegation::create);

    private record Result(int status, String out, String err) {
    }

    private Result run(String store, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve(store).toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCompletedSetTravelsToAnotherStoreAndPricesItsLodging() throws IOException {
        Path exported = dir.resolve("tt12.json");
        assertThat(run("office", "rates", "export", "Thông tư 12/2025/TT-BTC", exported.toString()).status()).isZero();
        Path file = Files.writeString(dir.resolve("Dinh-muc_TT-12-2025.json"), Files.readString(exported).replaceFirst(
                "(?<head>\"key\": \"LODGING_INVOICE_SHARED_OTHER\",\\s*\"amount\": )null", "${head}1500000"));

        Result imported = run("colleague", "rates", "import", file.toString());

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).isEqualTo("Đã thay thế bộ định mức «Thông tư 12/2025/TT-BTC»: 1 mức thay đổi.\n"
                + "LODGING_INVOICE_SHARED_OTHER\t\t1500000\n");
        assertThat(run("colleague", "rates", "import", file.toString()).out())
                .isEqualTo("Tệp giống hệt bộ định mức «Thông tư 12/2025/TT-BTC» đang lưu: không có gì thay đổi.\n");
        assertThat(run("colleague", "sample").status()).isZero();
        assertThat(run("colleague", "estimate", "1").out()).contains("tại tỉnh Đắk Lắk\tphòng\t18\t2\t1500000\t54000000\t");
    }

    @Test
    void aRefusedFileNamesItsFieldAndChangesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("goi.json"), "{\"format\": \"delegation-desk/rate-set\", \"formatVersion\": 3}");

        Result refused = run("office", "rates", "import", file.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("$.formatVersion: tệp bộ định mức phiên bản 3 không được hỗ trợ");
    }

    @Test
    void anUnknownSetOrWrongOperandsAreRefused() {
        Result unknown = run("office", "rates", "export", "TT 99", dir.resolve("x.json").toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Không có bộ định mức nào tên \"TT 99\"; các bộ định mức có: Thông tư 12/2025/TT-BTC");
        assertThat(run("office", "rates", "delete", "x").status()).isEqualTo(2);
    }
}
