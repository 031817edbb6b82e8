package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemorySettingsRepository;

class RosterServiceTest {
    private static final MemberGroup GROUP = new MemberGroup("g-ql", "Đại diện các phòng khối quản lý nhà nước thuộc Sở", "",
            List.of(new Quota("Phòng Quản lý văn hóa", 3)));

    @TempDir
    Path dir;

    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RosterService service = new RosterService(new SettingsMappingMemory(settings), RosterPreviewerTest.TODAY);

    @Test
    void confirmedMappingIsRememberedAsJsonAndAppliedToTheNextFileInAnotherOrder() throws IOException {
        RosterSheet first = service.read(Workbooks.sheet("DS").row("Tên cán bộ", "Mã số", "Dân tộc")
                .row("Nguyễn Văn An", "001080012345", "Kinh").save(dir.resolve("a.xlsx")));
        ColumnMapping guessed = service.guessMapping(first);
        assertThat(guessed.asMap()).isEmpty();

        service.rememberMapping(first, guessed.with(0, MemberField.FULL_NAME).with(1, MemberField.ID_NUMBER));

        assertThat(settings.snapshot().get(SettingsMappingMemory.SETTING))
                .isEqualTo("{\"version\":1,\"columns\":{\"ten can bo\":\"FULL_NAME\",\"ma so\":\"ID_NUMBER\",\"dan toc\":null}}");
        RosterSheet second = service.read(Workbooks.sheet("DS").row("Dân tộc", "MÃ SỐ", "Tên cán bộ", "Ghi chú")
                .row("Tày", "001185012346", "Trần Thị Bình", "").save(dir.resolve("b.xlsx")));
        ColumnMapping mapping = service.guessMapping(second);
        assertThat(mapping.asMap()).containsExactly(java.util.Map.entry(1, MemberField.ID_NUMBER),
                java.util.Map.entry(2, MemberField.FULL_NAME), java.util.Map.entry(3, MemberField.NOTES));
        Member bình = service.preview(second, mapping, ImportContext.EMPTY).members().get(0);
        assertThat(bình.fullName()).isEqualTo("Trần Thị Bình");
        assertThat(bình.idNumber()).isEqualTo("001185012346");
    }

    @Test
    void damagedRememberedMappingIsIgnored() throws IOException {
        settings.put(SettingsMappingMemory.SETTING, "{not json");
        RosterSheet sheet = service.read(Workbooks.threeMembers().save(dir.resolve("a.xlsx")));

        assertThat(service.guessMapping(sheet).field(1)).isEqualTo(MemberField.FULL_NAME);
    }

    @Test
    void exportThenImportGivesTheSameMembersFieldByField() throws IOException {
        List<Member> members = List.of(
                new Member("tv-001", "Nguyễn Thị Ánh Tuyết", Gender.FEMALE, LocalDate.of(1979, 2, 28), "Phó Giám đốc Sở",
                        "Phòng Quản lý văn hóa", "g-ql", new BigDecimal("0.7"), true, "0912 345 678", "001179012345",
                        DelegationRole.HEAD, "Ăn chay", false),
                new Member("tv-002", "Lê Văn Bảo", Gender.MALE, null, "", "Trung tâm Văn hóa Nghệ thuật Thăng Long Hà Nội",
                        "", null, false, "", "012345678", DelegationRole.SECRETARY, "", false),
                new Member("tv-003", "Đinh Công Đức", Gender.UNSPECIFIED, LocalDate.of(2000, 1, 1), "Chuyên viên",
                        "Phòng Quản lý văn hóa", "g-ql", new BigDecimal("0.25"), false, "+84 24 3825 1234", "",
                        DelegationRole.DEPUTY, "Ghi chú dài, có dấu phẩy; và chấm phẩy", false));
        Path file = dir.resolve("xuat.xlsx");

        service.export(members, List.of(GROUP), file);
        RosterSheet sheet = service.read(file);
        ImportPreview preview = service.preview(sheet, service.guessMapping(sheet), new ImportContext(List.of(), List.of(GROUP)));

        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.members()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(members);
        assertThat(sheet.headers()).containsExactly("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị cử",
                "Nhóm thành phần", "Hệ số phụ cấp chức vụ", "Trong biên chế", "Số điện thoại", "Số CCCD/CMND", "Vai trò",
                "Ghi chú");
    }

    @Test
    void exportWritesRealDatesTextIdNumbersAndAFrozenBoldHeader() throws IOException {
        Path file = dir.resolve("mau.xlsx");
        List<Member> sample = SampleDelegation.create().members();

        service.export(sample, SampleDelegation.create().groups(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách thành viên");
            assertThat(sheet.getLastRowNum()).isEqualTo(sample.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).as("prints landscape").isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).as("header row on every page").isEqualTo("1:1");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            Member withDate = sample.stream().filter(m -> m.dateOfBirth() != null).findFirst().orElseThrow();
            int row = sample.indexOf(withDate) + 1;
            assertThat(sheet.getRow(row).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(row).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getRow(row).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(withDate.dateOfBirth());
            assertThat(sheet.getRow(row).getCell(0).getNumericCellValue()).isEqualTo(row);
            Member withId = sample.stream().filter(m -> !m.idNumber().isEmpty()).findFirst().orElseThrow();
            assertThat(sheet.getRow(sample.indexOf(withId) + 1).getCell(10).getStringCellValue()).isEqualTo(withId.idNumber());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mau.xlsx");
        }
    }

    @Test
    void failedExportLeavesNoFileBehindAndSaysWhy() throws IOException {
        Path target = Files.createDirectory(dir.resolve("la-thu-muc.xlsx"));
        Files.writeString(target.resolve("ben-trong.txt"), "x");

        Throwable failure = catchThrowable(() -> service.export(List.of(), List.of(), target));

        assertThat(new Messages().describeFailure(failure, "; ")).startsWith("Không ghi được tệp la-thu-muc.xlsx (");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("la-thu-muc.xlsx");
        }
    }

    @Test
    void twoThousandRowsAreAllImported() throws IOException {
        Path file = Workbooks.members(2000).save(dir.resolve("2000.xlsx"));
        long cold = System.nanoTime();
        RosterSheet warmUp = service.read(file);
        service.preview(warmUp, service.guessMapping(warmUp), ImportContext.EMPTY);
        System.out.printf("2,000-row member list: first read + preview %d ms%n", (System.nanoTime() - cold) / 1_000_000);

        long start = System.nanoTime();
        RosterSheet sheet = service.read(file);
        long read = System.nanoTime();
        ImportPreview preview = service.preview(sheet, service.guessMapping(sheet), ImportContext.EMPTY);
        long done = System.nanoTime();

        System.out.printf("2,000-row member list: read %d ms + preview %d ms (warm; file %d KB)%n", (read - start) / 1_000_000,
                (done - read) / 1_000_000, Files.size(file) / 1024);
        assertThat(preview.acceptedCount()).isEqualTo(2000);
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.members().get(1999).fullName()).isEqualTo("Thành viên số 2000");
        assertThat(preview.members().get(1999).idNumber()).isEqualTo("001000002000");
        assertThat(preview.accepted().get(1999).rowNumber()).isEqualTo(2001);
    }
}
