package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;

class RosterPreviewerTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-10-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Messages MESSAGES = new Messages();
    private static final MemberGroup MANAGEMENT = new MemberGroup("g-ql", "Đại diện các phòng khối quản lý nhà nước", "",
            List.of(new Quota("Phòng Quản lý văn hóa", 2), new Quota("Văn phòng Sở", 1)));
    private static final MemberGroup UNITS = new MemberGroup("g-dv", "Đại diện các đơn vị sự nghiệp", "",
            List.of(new Quota("Nhà hát Chèo Hà Nội", 2), new Quota("Văn phòng Sở", 1)));

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader();
    private final RosterPreviewer previewer = new RosterPreviewer(TODAY);

    @Test
    void threeRowsWithOneBadRowGiveTwoMembersAndTheReasonsOfTheThird() throws IOException {
        ImportPreview preview = preview(Workbooks.threeMembers(), ImportContext.EMPTY);

        assertThat(preview.acceptedCount()).isEqualTo(2);
        assertThat(preview.accepted()).extracting(AcceptedRow::rowNumber).containsExactly(2, 3);
        Member an = preview.members().get(0);
        assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.gender()).isEqualTo(Gender.MALE);
        assertThat(an.dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 9));
        assertThat(an.sendingUnit()).isEqualTo("Phòng Quản lý văn hóa");
        assertThat(an.idNumber()).isEqualTo("001080012345");
        assertThat(an.role()).isEqualTo(DelegationRole.MEMBER);
        assertThat(preview.members().get(1).gender()).isEqualTo(Gender.FEMALE);
        assertThat(preview.members().get(1).dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(preview.rejected()).hasSize(1);
        assertThat(preview.rejected().get(0).describe(MESSAGES)).isEqualTo(
                "Dòng 4: Ngày sinh “31/02/1980” không phải ngày có thật; Số CCCD “12345” phải gồm 9 hoặc 12 chữ số");
    }

    @Test
    void parsesTheUsualWaysOfWritingEachField() throws IOException {
        Workbooks book = Workbooks.sheet("DS")
                .row("Họ và tên", "Giới tính", "Ngày sinh", "Hệ số phụ cấp chức vụ", "Biên chế", "Vai trò", "Điện thoại")
                .row("A", "nu", "5/9/1980", "0,25", "x", "trưởng đoàn", "0912 345 678")
                .row("B", "NAM", "1981-12-01", 0.3, "Có", "Pho doan", "+84 912.345.678")
                .row("C", "F", "01.02.1982", "1.25", "1", "Thư ký", "024-3825-1234")
                .row("D", "", "", "", "không", "", "")
                .row("E", "M", LocalDate.of(1984, 4, 30), "1,00", "TRUE", "thành viên", "");

        List<Member> members = preview(book, ImportContext.EMPTY).members();

        assertThat(members).extracting(Member::gender)
                .containsExactly(Gender.FEMALE, Gender.MALE, Gender.FEMALE, Gender.UNSPECIFIED, Gender.MALE);
        assertThat(members).extracting(Member::dateOfBirth).containsExactly(LocalDate.of(1980, 9, 5),
                LocalDate.of(1981, 12, 1), LocalDate.of(1982, 2, 1), null, LocalDate.of(1984, 4, 30));
        assertThat(members).extracting(Member::allowanceCoefficient).containsExactly(new BigDecimal("0.25"),
                new BigDecimal("0.3"), new BigDecimal("1.25"), null, new BigDecimal("1"));
        assertThat(members).extracting(Member::onStatePayroll).containsExactly(true, true, true, false, true);
        assertThat(members).extracting(Member::role).containsExactly(DelegationRole.HEAD, DelegationRole.DEPUTY,
                DelegationRole.SECRETARY, DelegationRole.MEMBER, DelegationRole.MEMBER);
        assertThat(members).extracting(Member::phone).containsExactly("0912 345 678", "+84 912.345.678", "024-3825-1234", "", "");
    }

    @Test
    void everyBadValueIsReportedWithItsColumnTitle() throws IOException {
        Workbooks book = Workbooks.sheet("DS")
                .row("Họ tên", "Phái", "Sinh ngày", "HS PCCV", "Biên chế", "Vai trò trong đoàn", "SĐT", "CCCD")
                .row("", "khác", "1980", "0,255", "chưa", "Đoàn viên", "12ab", "0010800123")
                .row("F", "", "32/01/1980", "-1", "", "", "", "")
                .row("G", "", "ngày 5 tháng 9", "0,2,5", "", "", "", "")
                .row("H", "", "01/01/2030", "99999", "", "", "", "");

        List<String> reasons = preview(book, ImportContext.EMPTY).rejected().stream().map(r -> r.describe(MESSAGES)).toList();

        assertThat(reasons).containsExactly(
                "Dòng 2: thiếu Họ tên; Phái “khác” không hợp lệ, cần ghi Nam hoặc Nữ; Sinh ngày “1980” mới có năm sinh, "
                        + "cần ghi đủ ngày/tháng/năm, ví dụ 05/09/1980; HS PCCV “0,255” chỉ được có tối đa 2 chữ số thập phân, "
                        + "ví dụ 0,25; Biên chế “chưa” không hợp lệ, cần ghi “x”, “Có” hoặc để trống; SĐT “12ab” không phải số "
                        + "điện thoại hợp lệ; CCCD “0010800123” phải gồm 9 hoặc 12 chữ số; Vai trò trong đoàn “Đoàn viên” không "
                        + "hợp lệ, cần ghi Trưởng đoàn, Phó đoàn, Thành viên hoặc Thư ký",
                "Dòng 3: Sinh ngày “32/01/1980” không phải ngày có thật; HS PCCV “-1” không được là số âm",
                "Dòng 4: Sinh ngày “ngày 5 tháng 9” không đọc được là ngày, cần ghi dạng ngày/tháng/năm, ví dụ 05/09/1980; "
                        + "HS PCCV “0,2,5” không phải là số, ví dụ 0,25",
                "Dòng 5: Sinh ngày “01/01/2030” là ngày trong tương lai; HS PCCV “99999” quá lớn");
    }

    @Test
    void numericIdNumbersAndPhonesGetTheirLeadingZerosBackWithANotice() throws IOException {
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Số CCCD", "Số điện thoại")
                .row("An", 1085012345L, 912345678L)
                .row("Bình", 79085012345L, null)
                .row("Cường", 12345678L, null)
                .row("Dũng", 123456789L, null);

        ImportPreview preview = preview(book, ImportContext.EMPTY);

        assertThat(preview.members()).extracting(Member::idNumber)
                .containsExactly("001085012345", "079085012345", "012345678", "123456789");
        assertThat(preview.members().get(0).phone()).isEqualTo("0912345678");
        assertThat(preview.accepted().get(0).notices()).extracting(n -> n.describe(MESSAGES)).containsExactly(
                "Số điện thoại: ô Excel kiểu số đã làm mất số 0 ở đầu, đã đọc “912345678” thành 0912345678",
                "Số CCCD: ô Excel kiểu số đã làm mất số 0 ở đầu, đã đọc “1085012345” thành 001085012345");
        assertThat(preview.accepted().get(3).notices()).isEmpty();
    }

    @Test
    void aTextIdNumberIsNeverRepaired() throws IOException {
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Số CCCD").row("An", "1085012345");

        assertThat(preview(book, ImportContext.EMPTY).rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 2: Số CCCD “1085012345” phải gồm 9 hoặc 12 chữ số");
    }

    @Test
    void duplicateIdNumbersAndSecondHeadsAreRefused() throws IOException {
        Member head = member("tv-001", "Phạm Thị Hoa", "001180000001", DelegationRole.HEAD);
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Số CCCD", "Vai trò")
                .row("An", "001080012345", "")
                .row("Bình", "001080012345", "")
                .row("Cường", "001180000001", "")
                .row("Dũng", "", "Trưởng đoàn");

        List<String> withHead = preview(book, new ImportContext(List.of(head), List.of())).rejected().stream()
                .map(r -> r.describe(MESSAGES)).toList();

        assertThat(withHead).containsExactly("Dòng 3: Số CCCD 001080012345 trùng với dòng 2",
                "Dòng 4: Số CCCD 001180000001 trùng với thành viên Phạm Thị Hoa đã có trong đoàn",
                "Dòng 5: đoàn đã có Trưởng đoàn (Phạm Thị Hoa); mỗi đoàn chỉ có một Trưởng đoàn");

        Workbooks twoHeads = Workbooks.sheet("DS").row("Họ và tên", "Vai trò").row("An", "Trưởng đoàn").row("Bình", "Trưởng đoàn");
        ImportPreview preview = preview(twoHeads, ImportContext.EMPTY);
        assertThat(preview.members()).extracting(Member::fullName).containsExactly("An");
        assertThat(preview.rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 3: dòng 2 đã là Trưởng đoàn; mỗi đoàn chỉ có một Trưởng đoàn");
    }

    @Test
    void groupsMatchByIdOrNameAndAreOtherwiseInferredFromTheUnitsQuota() throws IOException {
        ImportContext context = new ImportContext(List.of(), List.of(MANAGEMENT, UNITS));
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Đơn vị cử", "Nhóm thành phần")
                .row("An", "Phòng Quản lý văn hóa", "g-dv")
                .row("Bình", "Nhà hát Chèo Hà Nội", "dai dien cac phong khoi quan ly nha nuoc")
                .row("Cường", "PHÒNG QUẢN LÝ VĂN HOÁ", "")
                .row("Dũng", "Văn phòng Sở", "")
                .row("Em", "Sở Du lịch", "")
                .row("Giang", "Sở Du lịch", "Nhóm khác");

        ImportPreview preview = preview(book, context);

        assertThat(preview.members()).extracting(Member::groupId).containsExactly("g-dv", "g-ql", "g-ql", "", "");
        assertThat(preview.accepted().get(3).notices()).extracting(n -> n.describe(MESSAGES))
                .containsExactly("đơn vị “Văn phòng Sở” có trong nhiều nhóm thành phần nên chưa xếp nhóm");
        assertThat(preview.rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 7: Nhóm thành phần “Nhóm khác” không khớp với nhóm thành phần nào của đoàn");
    }

    @Test
    void unitNamesOfFortyCharactersImportAndOverAThousandAreRefused() throws IOException {
        String forty = "Trung tâm Văn hóa Nghệ thuật Thăng Long!";
        assertThat(forty).hasSize(40);
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Đơn vị cử")
                .row("An", forty)
                .row("Bình", "Đ".repeat(1001));

        ImportPreview preview = preview(book, ImportContext.EMPTY);

        assertThat(preview.members()).extracting(Member::sendingUnit).containsExactly(forty);
        assertThat(preview.rejected().get(0).describe(MESSAGES))
                .isEqualTo("Dòng 3: Đơn vị cử dài 1001 ký tự, vượt quá 1000 ký tự cho phép");
    }

    @Test
    void newMembersGetIdsAfterTheHighestOfTheDelegation() throws IOException {
        List<Member> existing = List.of(member("tv-001", "X", "", DelegationRole.MEMBER),
                member("tv-037", "Y", "", DelegationRole.MEMBER), member("tv-039", "Z", "", DelegationRole.MEMBER));
        Workbooks book = Workbooks.sheet("DS").row("Họ và tên", "Ghi chú").row("An", "").row("Bình", "");

        List<Member> members = preview(book, new ImportContext(existing, List.of())).members();

        assertThat(members).extracting(Member::id).containsExactly("tv-040", "tv-041");
    }

    @Test
    void rowsWithOnlyIgnoredColumnsFilledAreSkipped() throws IOException {
        Workbooks book = Workbooks.sheet("DS").row("STT", "Họ và tên", "Đơn vị cử").row(1, "An", "P1").row(2).row(3);

        ImportPreview preview = preview(book, ImportContext.EMPTY);

        assertThat(preview.acceptedCount()).isEqualTo(1);
        assertThat(preview.rejectedCount()).isZero();
    }

    private ImportPreview preview(Workbooks book, ImportContext context) throws IOException {
        RosterSheet sheet = reader.read(book.save(dir.resolve("book-" + System.nanoTime() + ".xlsx")));
        return previewer.preview(sheet, ColumnMapping.guess(sheet.headers(), RememberedMapping.NONE), context);
    }

    static Member member(String id, String name, String idNumber, DelegationRole role) {
        return new Member(id, name, Gender.UNSPECIFIED, null, "", "", "", null, false, "", idNumber, role, "", false);
    }
}
