package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;

/** {@code render}: the stored delegation's documents into a folder, with the small stand-in pack. */
class RenderCommandTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
            messages, SampleDelegation::create,
            (data, key) -> StoreServices.open(data, key, messages, FakeDocuments::pack, FakeDocuments::memberOrders));

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAllNineFilesIntoANewFolderWithTheStoredSettingsAndEstimate() throws Exception {
        run("sample");
        try (AppServices services = StoreServices.open(dir.resolve("data"), messages, FakeDocuments::pack,
                FakeDocuments::memberOrders)) {
            services.documents().saveSettings(1, new DocumentSettings(new IssueNumber("125/QD-SVHTT", LocalDate.of(2025, 10, 6)),
                    "", List.of(), IssueNumber.DRAFT, null, "", "", 0, List.of()));
            services.budget().saveWorksheet(1, SampleEstimates.pricedWorksheet());
        }
        Path out = dir.resolve("van-ban/doan-1");

        Result result = run("render", "1", "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        List<String> names = List.of("plan.pdf", "decision.pdf", "travel-orders.pdf", "itinerary.pdf", "estimate.pdf",
                "member-list.pdf", "results-report.pdf", "plan.docx", "decision.docx");
        assertThat(result.out().lines()).containsExactlyElementsOf(names.stream().map(n -> out.resolve(n).toString()).toList());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(names);
        }
        String decision = PdfPages.allText(Files.readAllBytes(out.resolve("decision.pdf")));
        assertThat(decision).contains("Decision 125/QD-SVHTT")
                .contains("Total " + SampleEstimates.priced().total());
        assertThat(PdfPages.text(Files.readAllBytes(out.resolve("travel-orders.pdf")))).hasSize(37);
    }

    @Test
    void theSamplesEstimateRendersAsADraftUntilItsPricesAreTyped() throws Exception {
        CommandLineApp real = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), messages,
                SampleDelegation::create, (data, key) -> StoreServices.open(data, key, messages, StandardDocuments::pack,
                        StandardDocuments::travelOrdersOf));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        real.run(List.of("--data-dir", data, "sample"), quiet, quiet);
        Path out = dir.resolve("out");

        int status = real.run(List.of("--data-dir", data, "render", "1", "--doc", "estimate", "--out", out.toString()), quiet, quiet);

        assertThat(status).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(PdfPages.text(Files.readAllBytes(out.resolve("estimate.pdf"))).get(0).replaceAll("\\s+", " "))
                .contains("DỰ THẢO – còn 18 dòng chưa có đơn giá DỰ TOÁN KINH PHÍ");
    }

    @Test
    void docOptionsChooseTheFilesAndMemberTheTravelOrderOfOnePerson() throws Exception {
        run("sample");
        Delegation sample = SampleDelegation.create();
        String member = sample.members().get(4).id();
        Path out = dir.resolve("out");

        Result result = run("render", "1", "--doc", "travel-orders", "--out", out.toString(), "--doc", "decision.docx",
                "--member", member);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsExactly(out.resolve("travel-orders.pdf").toString(),
                out.resolve("decision.docx").toString());
        assertThat(PdfPages.text(Files.readAllBytes(out.resolve("travel-orders.pdf")))).singleElement().asString()
                .contains(FakeDocuments.ascii(sample.members().get(4).fullName()));
    }

    @Test
    void theTravelOrderOfAMemberGivenAnAdvanceInTheStoredSettlementPrintsItsSum() throws Exception {
        CommandLineApp real = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), messages,
                SampleDelegation::create, (data, key) -> StoreServices.open(data, key, messages, StandardDocuments::pack,
                        StandardDocuments::travelOrdersOf));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        real.run(List.of("--data-dir", data, "sample"), quiet, quiet);
        Member advanced = SampleDelegation.create().members().get(3);
        try (AppServices services = StoreServices.open(dir.resolve("data"), messages)) {
            services.settlement().save(1, new Settlement(LocalDate.of(2025, 10, 30),
                    List.of(new Advance(advanced.id(), LocalDate.of(2025, 10, 10), "PC-0104", 5_000_000L)), List.of(), List.of()));
        }
        Path out = dir.resolve("out");

        int status = real.run(List.of("--data-dir", data, "render", "1", "--doc", "travel-orders", "--out", out.toString()),
                quiet, quiet);

        assertThat(status).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        List<String> pages = PdfPages.text(Files.readAllBytes(out.resolve("travel-orders.pdf")));
        assertThat(pages.get(3)).contains(advanced.fullName(), "Công tác phí: 5.000.000 đ", "Cộng: 5.000.000 đ");
        assertThat(pages.get(4)).contains("Công tác phí: ……………… đ").doesNotContain("5.000.000");
    }

    @Test
    void wrongCommandLinesAreUsageErrorsInVietnamese() {
        Result noOut = run("render", "1");
        Result unknownKind = run("render", "1", "--out", dir.toString(), "--doc", "invitation");
        Result dangling = run("render", "1", "--out");

        assertThat(noOut.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(noOut.err()).contains("Lệnh render cần thư mục ghi văn bản: --out DIR");
        assertThat(unknownKind.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(unknownKind.err()).contains("Không có văn bản \"invitation\"")
                .contains("plan, decision, travel-orders, itinerary, estimate, member-list, results-report, plan-docx,"
                        + " decision-docx");
        assertThat(dangling.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(dangling.err()).contains("render ID --out DIR");
    }

    @Test
    void anUnknownDelegationOrMemberFailsLikeTheOtherCommandsAndWritesNothing() {
        run("sample");
        Path out = dir.resolve("nothing");

        Result unknown = run("render", "9", "--out", out.toString());
        Result noMember = run("render", "1", "--out", out.toString(), "--member", "khong-co");

        assertThat(unknown.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unknown.err()).contains("Không có đoàn công tác nào mang mã 9");
        assertThat(noMember.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(noMember.err()).contains("Đoàn 1 không có thành viên mang mã khong-co");
        assertThat(out).doesNotExist();
    }

    @Test
    void theRealPackOfTheSamplePrintsNoSampleDataOrVerificationNote() throws Exception {
        CommandLineApp real = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), messages,
                SampleDelegation::create, (data, key) -> StoreServices.open(data, key, messages));
        Path out = dir.resolve("real");
        List<String> args = List.of("--data-dir", dir.resolve("data").toString());
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        real.run(concat(args, "sample"), sink, sink);

        int status = real.run(concat(args, "render", "1", "--out", out.toString(), "--doc", "plan", "--doc", "decision",
                "--doc", "estimate"), sink, sink);

        assertThat(status).as(ignored.toString(StandardCharsets.UTF_8)).isZero();
        for (String name : List.of("plan.pdf", "decision.pdf", "estimate.pdf")) {
            String text = TextFolding.fold(PdfPages.allText(Files.readAllBytes(out.resolve(name))));
            assertThat(text).as(name).doesNotContain("du lieu mau", "chua xac minh");
        }
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void helpListsRender() {
        assertThat(run("--help").out()).contains("render ID --out DIR [--doc KIND]... [--member MEMBER_ID]", "decision-docx");
    }
}
