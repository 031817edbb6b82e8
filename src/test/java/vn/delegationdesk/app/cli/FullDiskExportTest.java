package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.roster.RosterExporter;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDisk;

/**
 * Every file the app writes, to a real full disk and to a read-only one ({@link SmallDisk}): the delegation package and a
 * render from the command line, the estimate and roster workbooks, a document as PDF and as Word. Each says which file
 * and that the disk is full (or read-only), the file of that name from before is still there unchanged, and no
 * temporary file is left beside it.
 */
class FullDiskExportTest {
    private static final String OLD = "tệp cũ, phải còn nguyên";
    private static final String FULL = "ổ đĩa đã đầy – hãy giải phóng dung lượng rồi thử lại";
    /** Less than any of the files: the write starts and runs out of room. */
    private static final long ROOM = 4096;

    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final Delegation sample = SampleDelegation.create();

    @Test
    void aPackageExportToAFullDiskKeepsThePreviousPackage() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            run("sample");
            Path file = previous(disk.folder("xuat"), "Goi-doan_Dak-Lak-Lam-Dong_10-2025.json");
            disk.fillLeaving(ROOM);

            Result result = run("export", "1", file.toString());

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err().strip()).isEqualTo("Không ghi được tệp " + file + " (" + FULL + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertKept(file);
        }
    }

    @Test
    void aRenderToAFullDiskKeepsThePreviousDocument() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            run("sample");
            Path folder = disk.folder("van-ban");
            Path file = previous(folder, "plan.pdf");
            disk.fillLeaving(ROOM);

            Result result = run("render", "1", "--doc", "plan", "--out", folder.toString());

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err().strip()).isEqualTo("Không ghi được tệp plan.pdf (" + FULL + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertKept(file);
        }
    }

    @Test
    void anEstimateWorkbookToAFullDiskKeepsThePreviousWorkbook() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            Path file = previous(disk.folder("du-toan"), "Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx");
            disk.fillLeaving(ROOM);

            Throwable failure = catchThrowable(() -> new EstimateWorkbookWriter().write(SampleEstimates.priced(), sample, file));

            assertThat(messages.describeFailure(failure, "; ")).isEqualTo("Không ghi được tệp dự toán "
                    + "Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx (" + FULL + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertKept(file);
        }
    }

    @Test
    void aRosterWorkbookToAFullDiskKeepsThePreviousWorkbook() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            Path file = previous(disk.folder("thanh-vien"), "Danh-sach-thanh-vien_Dak-Lak-Lam-Dong_10-2025.xlsx");
            disk.fillLeaving(ROOM);

            Throwable failure = catchThrowable(() -> new RosterExporter().export(sample.members(), sample.groups(), file));

            assertThat(messages.describeFailure(failure, "; ")).isEqualTo("Không ghi được tệp "
                    + "Danh-sach-thanh-vien_Dak-Lak-Lam-Dong_10-2025.xlsx (" + FULL + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertKept(file);
        }
    }

    @Test
    void aDocumentSavedAsPdfOrWordToAFullDiskKeepsThePreviousFile() throws Exception {
        DocumentService documents = new DocumentService(new InMemoryDocumentSettingsRepository(), StandardDocuments::pack,
                StandardDocuments::travelOrdersOf);
        try (SmallDisk disk = SmallDisk.full()) {
            Path folder = disk.folder("van-ban");
            Path pdf = previous(folder, "Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf");
            Path docx = previous(folder, "Ke-hoach_Dak-Lak-Lam-Dong_10-2025.docx");
            disk.fillLeaving(ROOM);

            for (Path file : List.of(pdf, docx)) {
                DocumentFile kind = file == pdf ? DocumentFile.PLAN_PDF : DocumentFile.PLAN_DOCX;
                Throwable failure = catchThrowable(() -> documents.write(kind, SampleDocuments.source(), file));

                assertThat(messages.describeFailure(failure, "; ")).isEqualTo("Không ghi được tệp " + file.getFileName()
                        + " (" + FULL + "); tệp cũ (nếu có) vẫn giữ nguyên.");
                assertKept(file);
            }
            assertThat(names(folder)).containsExactly(docx.getFileName().toString(), pdf.getFileName().toString());
        }
    }

    @Test
    void filesToAReadOnlyDiskAreRefusedWithTheReasonAndThePreviousOnesKept() throws Exception {
        try (SmallDisk disk = SmallDisk.readOnly()) {
            run("sample");
            Files.writeString(Files.createDirectories(disk.source().resolve("xuat")).resolve("goi.json"), OLD);
            Files.writeString(disk.source().resolve("xuat").resolve("du-toan.xlsx"), OLD);
            Path folder = disk.root().resolve("xuat");
            String readOnly = "ổ đĩa chỉ đọc – hãy chọn nơi lưu khác";

            Result result = run("export", "1", folder.resolve("goi.json").toString());
            Throwable failure = catchThrowable(() -> new EstimateWorkbookWriter().write(SampleEstimates.priced(), sample,
                    folder.resolve("du-toan.xlsx")));

            assertThat(result.err().strip()).isEqualTo("Không ghi được tệp " + folder.resolve("goi.json") + " (" + readOnly
                    + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertThat(messages.describeFailure(failure, "; ")).isEqualTo("Không ghi được tệp dự toán du-toan.xlsx (" + readOnly
                    + "); tệp cũ (nếu có) vẫn giữ nguyên.");
            assertKept(folder.resolve("goi.json"));
            assertKept(folder.resolve("du-toan.xlsx"));
        }
    }

    private static Path previous(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), OLD);
    }

    /** The file from before is there as it was, and nothing else of the failed write is beside it. */
    private static void assertKept(Path file) throws IOException {
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(names(file.getParent())).allSatisfy(name -> assertThat(name).doesNotEndWith(".tmp"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), messages,
                SampleDelegation::create, (data, key) -> StoreServices.open(data, key, messages, StandardDocuments::pack,
                        StandardDocuments::travelOrdersOf));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
