package vn.delegationdesk.plan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.plan.workbook.export.ReturnFileReader;
import vn.delegationdesk.plan.workbook.export.TaskTableWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.RawXlsx;
import vn.delegationdesk.testing.TestPlans;

/**
 * The task table's round trip with the units, as the office sees it: the exported file opened in Excel (POI), a unit's
 * return file edited there, the preview's lines and what confirming stores.
 */
class TaskTableRoundTripTest {
    private static final ReportPeriod H1 = ReportPeriod.firstHalf(2025);
    private static final String LEAD = "Phòng Quản lý Di sản văn hóa";
    private static final String STORED = "Đã tham dự 9 phiên họp trực tuyến của Mạng lưới.";

    @TempDir
    Path dir;
    private final Messages messages = new Messages();
    private final MemoryPlanRepository repository = new MemoryPlanRepository();
    private final PlanService plans = new PlanService(repository, RoleGate.everyRole(() -> "lan"));
    private final PlanResultImport imports = new PlanResultImport(plans);
    private final TaskTableWriter writer = new TaskTableWriter(messages);
    private final ReturnFileReader reader = new ReturnFileReader(messages);
    private long planId;

    @BeforeEach
    void storePlan() {
        Plan plan = TestPlans.network();
        plan = plan.withTasks(List.of(plan.tasks().get(0).withResult("2025-H1", STORED), plan.tasks().get(1)));
        planId = plans.create(plan);
    }

    @Test
    void theExportedTableShowsTaskOneWithItsLeadUnitAndTheStoredResult() throws IOException {
        Path file = export(planId, false, "Bang-nhiem-vu.xlsx");

        try (XSSFWorkbook book = open(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");
            assertThat(text(sheet, 0, 0)).isEqualTo("BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
            assertThat(text(sheet, 1, 0)).isEqualTo("Kế hoạch: Kế hoạch tham gia Mạng lưới năm 2025");
            assertThat(text(sheet, 2, 0)).isEqualTo("Kỳ báo cáo: 6 tháng đầu năm 2025");
            assertThat(rowTexts(sheet, 4)).containsExactly("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                    "Thời gian", "Trạng thái", "Kết quả thực hiện 6 tháng đầu năm 2025");
            assertThat(rowTexts(sheet, 5)).containsExactly("1", "Tham dự các Hội nghị, diễn đàn Mạng lưới", LEAD,
                    "Bảo tàng Hà Nội; Văn phòng Sở", "Đến 31/12/2025", "Chưa thực hiện", STORED);
            assertThat(rowTexts(sheet, 6)).startsWith("2.1", "Biên soạn chuyên đề Tạp chí Kiến trúc", LEAD, "");
            assertThat(text(sheet, 6, 6)).isEmpty();
            // Only the results can be typed into; the plan's columns are locked, the sheet protected without a password.
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(5).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(5).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(50);
            // The plan and period the file is for, in a sheet the units do not see.
            assertThat(book.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(rowTexts(book.getSheetAt(1), 1)).containsExactly("planId", String.valueOf(planId));
            assertThat(rowTexts(book.getSheetAt(1), 4)).containsExactly("period", "2025-H1");
        }
    }

    @Test
    void onePerUnitGivesEachUnitASheetOfTheTasksItLeadsOrCoordinates() throws IOException {
        Path file = export(planId, true, "Theo-don-vi.xlsx");

        try (XSSFWorkbook book = open(file)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Phòng Quản lý Di sản văn hóa", "Bảo tàng Hà Nội", "Văn phòng Sở");
            Sheet museum = book.getSheetAt(1);
            assertThat(text(museum, 2, 0)).isEqualTo("Kỳ báo cáo: 6 tháng đầu năm 2025 – Đơn vị: Bảo tàng Hà Nội");
            assertThat(text(museum, 5, 0)).isEqualTo("1");
            assertThat(museum.getRow(6)).isNull();
            assertThat(text(book.getSheetAt(0), 6, 0)).isEqualTo("2.1");
        }
    }

    @Test
    void aReturnWithOneChangeOneBadRowAndAnotherPlansFilePreviewsExactlyThoseAndStoresOnlyTheChange() throws IOException {
        Path exported = export(planId, false, "Bang-nhiem-vu.xlsx");
        Path returned = edit(exported, "Tra-loi.xlsx", sheet -> {
            sheet.getRow(5).getCell(6).setCellValue("Đã tham dự 22 phiên họp trực tuyến, 2 tọa đàm.");
            Row bad = sheet.createRow(7);
            bad.createCell(0).setCellValue("9.9");
            bad.createCell(1).setCellValue("Nhiệm vụ thêm");
            bad.createCell(2).setCellValue(LEAD);
            bad.createCell(6).setCellValue("Đã làm");
        });
        Plan other = TestPlans.network();
        long otherId = plans.create(new Plan(null, other.issuingBody(), other.kind(), "45", "KH-SVHTT", null, "Hà Nội",
                "Kế hoạch phát triển công nghiệp văn hóa năm 2025", List.of(), other.periodFrom(), other.periodTo(), List.of(),
                List.of(), "", List.of(), List.of(), other.signer(), other.targets(), other.tasks(), other.activities()));
        Path otherFile = export(otherId, false, "Ke-hoach-khac.xlsx");
        Plan before = plans.find(planId).orElseThrow();

        ResultPreview foreign = imports.preview(planId, H1, reader.read(otherFile));
        assertThat(foreign.isRefusedWhole()).isTrue();
        assertThat(foreign.rows()).isEmpty();
        assertThat(say(foreign.refusal().orElseThrow())).isEqualTo("Tệp Ke-hoach-khac.xlsx là bảng nhiệm vụ của Kế hoạch số "
                + "45/KH-SVHTT “Kế hoạch phát triển công nghiệp văn hóa năm 2025”, không phải của kế hoạch đang mở “Kế hoạch "
                + "tham gia Mạng lưới năm 2025”; không dòng nào được nhập.");

        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));
        assertThat(preview.changes()).extracting(RowOutcome::number, RowOutcome::oldResult, RowOutcome::newResult)
                .containsExactly(tuple("1", STORED,
                        "Đã tham dự 22 phiên họp trực tuyến, 2 tọa đàm."));
        assertThat(preview.refused()).extracting(r -> say(r.reason()))
                .containsExactly("Trang “Nhiệm vụ”, dòng 8 – STT: nhiệm vụ 9.9 không có trong kế hoạch");
        assertThat(preview.unchanged()).extracting(RowOutcome::number).containsExactly("2.1");
        assertThat(plans.find(planId).orElseThrow()).as("nothing written by a preview").isEqualTo(before);

        assertThat(imports.confirm(preview)).isEqualTo(1);
        Plan after = plans.find(planId).orElseThrow();
        assertThat(after.tasks().get(0).resultFor("2025-H1")).isEqualTo("Đã tham dự 22 phiên họp trực tuyến, 2 tọa đàm.");
        assertThat(after.withTasks(before.tasks())).as("nothing but the task's result changed").isEqualTo(before);
        assertThat(after.tasks().get(1)).isEqualTo(before.tasks().get(1));
    }

    @Test
    void aResultLongerThanTheColumnIsRefusedNamingTheRowAndTheField() throws IOException {
        Path returned = edit(export(planId, false, "Bang.xlsx"), "Dai.xlsx",
                sheet -> sheet.getRow(6).getCell(6).setCellValue("x".repeat(5_000)));

        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));

        assertThat(preview.refused()).extracting(r -> say(r.reason())).containsExactly("Trang “Nhiệm vụ”, dòng 7 – Kết quả "
                + "thực hiện 6 tháng đầu năm 2025: dài 5.000 ký tự, tối đa 4.000");
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void aCellOfFortyThousandCharactersRefusesTheFileNamingTheCell() throws IOException {
        String rows = "<row r=\"1\">" + RawXlsx.inline("A1", "STT") + RawXlsx.inline("B1", "Nội dung nhiệm vụ")
                + RawXlsx.inline("C1", "Đơn vị chủ trì") + RawXlsx.inline("D1", "Kết quả thực hiện 6 tháng đầu năm 2025")
                + "</row><row r=\"2\">" + RawXlsx.inline("A2", "1") + RawXlsx.inline("D2", "x".repeat(40_000)) + "</row>";
        Path file = RawXlsx.write(dir.resolve("Bon-muoi-nghin.xlsx"), RawXlsx.parts(RawXlsx.sheet(rows, ""), null, null));

        assertThatThrownBy(() -> reader.read(file)).satisfies(e -> assertThat(messages.describeFailure(e, "\n"))
                .startsWith("Tệp Bon-muoi-nghin.xlsx (trang “Danh sách”): ô D2 dài hơn 32.767 ký tự"));
    }

    @Test
    void aTaskNumberOnTwoRowsRefusesBothAndChangesNothing() throws IOException {
        Path returned = edit(export(planId, false, "Bang.xlsx"), "Trung.xlsx", sheet -> {
            sheet.getRow(5).getCell(6).setCellValue("Kết quả A");
            Row copy = sheet.createRow(7);
            for (int c = 0; c < 6; c++) {
                copy.createCell(c).setCellValue(sheet.getRow(5).getCell(c).getStringCellValue());
            }
            copy.createCell(6).setCellValue("Kết quả B");
        });

        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));

        assertThat(preview.refused()).extracting(r -> say(r.reason())).containsExactly(
                "Trang “Nhiệm vụ”, dòng 6 – STT: số thứ tự 1 trùng với dòng 8 của cùng trang; cả hai dòng không được nhập",
                "Trang “Nhiệm vụ”, dòng 8 – STT: số thứ tự 1 trùng với dòng 6 của cùng trang; cả hai dòng không được nhập");
        assertThat(preview.changes()).isEmpty();
    }

    @Test
    void aRowWhoseTaskWasEditedIsRefusedAsAChangedStructure() throws IOException {
        Path returned = edit(export(planId, false, "Bang.xlsx"), "Sua.xlsx", sheet -> {
            sheet.getRow(6).getCell(2).setCellValue("Văn phòng Sở");
            sheet.getRow(6).getCell(6).setCellValue("Đã xuất bản 42 trang");
        });

        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));

        assertThat(preview.refused()).extracting(r -> say(r.reason())).containsExactly("Trang “Nhiệm vụ”, dòng 7 – Đơn vị chủ "
                + "trì: cấu trúc nhiệm vụ đã bị sửa (trong tệp: “Văn phòng Sở”, trong kế hoạch: “Phòng Quản lý Di sản văn hóa”); "
                + "dòng không được nhập");
    }

    @Test
    void aFileOfAnotherPeriodIsRefusedWhole() throws IOException {
        Path file = export(planId, false, "Bang.xlsx");

        ResultPreview preview = imports.preview(planId, ReportPeriod.year(2025), reader.read(file));

        assertThat(say(preview.refusal().orElseThrow())).isEqualTo("Tệp Bang.xlsx ghi kết quả 6 tháng đầu năm 2025, không phải "
                + "năm 2025 đang nhập; không dòng nào được nhập.");
    }

    @Test
    void aPerUnitReturnChangesATaskOnceWhenItsSheetsAgree() throws IOException {
        Path returned = editBook(export(planId, true, "Don-vi.xlsx"), "Don-vi-tra.xlsx", book -> {
            book.getSheetAt(0).getRow(5).getCell(6).setCellValue("Kết quả chung");
            book.getSheetAt(1).getRow(5).getCell(6).setCellValue("Kết quả chung");
        });

        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));

        assertThat(preview.changes()).extracting(RowOutcome::sheet, RowOutcome::newResult)
                .containsExactly(tuple("Phòng Quản lý Di sản văn hóa", "Kết quả chung"));
        assertThat(preview.refused()).isEmpty();
    }

    @Test
    void confirmingIsRefusedWhenThePlanChangedSinceThePreview() throws IOException {
        Path returned = edit(export(planId, false, "Bang.xlsx"), "Tra.xlsx",
                sheet -> sheet.getRow(5).getCell(6).setCellValue("Mới"));
        ResultPreview preview = imports.preview(planId, H1, reader.read(returned));
        Plan meanwhile = plans.find(planId).orElseThrow();
        List<PlanTask> tasks = new ArrayList<>(meanwhile.tasks());
        tasks.set(1, tasks.get(1).withStatus(TaskStatus.DONE));
        plans.save(meanwhile.withTasks(tasks));

        assertThatThrownBy(() -> imports.confirm(preview)).isInstanceOf(LocalizedException.class)
                .satisfies(e -> assertThat(messages.describeFailure(e, "\n")).startsWith("Kế hoạch “Kế hoạch tham gia Mạng lưới "
                        + "năm 2025” đã được sửa sau khi xem trước nên chưa ghi kết quả nào."));
        assertThat(plans.find(planId).orElseThrow().tasks().get(0).resultFor("2025-H1")).isEqualTo(STORED);
    }

    @Test
    void aWorkbookNotExportedByTheAppIsRefusedWhole() throws IOException {
        Path exported = export(planId, false, "Bang.xlsx");
        Path stripped = editBook(exported, "Khong-dau.xlsx", book -> book.removeSheetAt(1));

        ResultPreview preview = imports.preview(planId, H1, reader.read(stripped));

        assertThat(say(preview.refusal().orElseThrow())).startsWith("Tệp Khong-dau.xlsx không phải bảng nhiệm vụ do phần mềm xuất ra");
    }

    private Path export(long id, boolean perUnit, String name) {
        Path file = dir.resolve(name);
        writer.write(plans.find(id).orElseThrow(), H1, perUnit, file);
        return file;
    }

    private String say(Phrase phrase) {
        return messages.get(phrase.key(), phrase.args().toArray());
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    private interface BookEdit {
        void apply(XSSFWorkbook book);
    }

    private Path edit(Path from, String name, SheetEdit edit) throws IOException {
        return editBook(from, name, book -> edit.apply(book.getSheetAt(0)));
    }

    private Path editBook(Path from, String name, BookEdit edit) throws IOException {
        Path to = dir.resolve(name);
        try (XSSFWorkbook book = open(from); OutputStream out = Files.newOutputStream(to)) {
            edit.apply(book);
            book.write(out);
        }
        return to;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(Sheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(row).getLastCellNum(); c++) {
            texts.add(text(sheet, row, c));
        }
        return texts;
    }

}
