package vn.delegationdesk.delegation.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.MembershipConflict;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.group.QuotaCount.GroupCount;
import vn.delegationdesk.delegation.group.QuotaCount.UnitCount;
import vn.delegationdesk.delegation.group.QuotaCount;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The members table and quota panel without a screen: counts, head of delegation, refused cells, filter, add and remove. */
class MembersEditorViewModelTest {
    private static final String TO_CHUC = "Phòng Tổ chức - Pháp chế";
    private static final String VAN_PHONG = "Văn phòng Sở";

    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private MembersEditorViewModel members;

    @BeforeEach
    void setUp() {
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        members = new MembersEditorViewModel(draft, FXCollections.<MembershipConflict>observableArrayList(), messages, c -> "");
    }

    private Member member(int index) {
        return draft.get().members().get(index);
    }

    private GroupCount group(String id) {
        return members.quotaGroups().stream().filter(g -> g.groupId().equals(id)).findFirst().orElseThrow();
    }

    private static UnitCount unit(GroupCount group, String name) {
        return group.units().stream().filter(u -> u.unit().equals(name)).findFirst().orElseThrow();
    }

    private String stateText(UnitCount unit) {
        return members.stateText(unit.state(), unit.filled(), unit.seats());
    }

    @Test
    void aNoticeIsForgottenWhenTheChangesAreDroppedOrAnotherDelegationOpens() {
        members.announce("Đã thêm 2 thành viên từ tệp Excel.");
        draft.load(SampleDelegation.create().withId(2L).toBuilder().title("Đoàn khác").build());
        assertThat(members.noticeProperty().get()).isEmpty();

        String refused = members.edit(member(0), MembersEditorViewModel.TextColumn.DATE_OF_BIRTH, "31/02/1980");
        assertThat(members.noticeProperty().get()).isEqualTo(refused).isNotBlank();
        draft.revert();
        assertThat(members.noticeProperty().get()).isEmpty();

        members.announce("Đã xuất danh sách.");
        draft.load(null);
        assertThat(members.noticeProperty().get()).isEmpty();
    }

    @Test
    void theQuotaPanelOfTheSampleIsComplete() {
        assertThat(members.quotaGroups()).extracting(GroupCount::groupId)
                .containsExactly("lanh-dao", "phong-quan-ly", "don-vi-su-nghiep", "phuong-xa");
        assertThat(members.quotaGroups()).extracting(GroupCount::state).containsOnly(QuotaCount.State.COMPLETE);
        assertThat(members.quotaGroups()).extracting(g -> members.seats(g.filled(), g.planned()))
                .containsExactly("1/1", "12/12", "14/14", "10/10");
        GroupCount offices = group("phong-quan-ly");
        assertThat(offices.units()).hasSize(8);
        UnitCount toChuc = unit(offices, TO_CHUC);
        assertThat(members.seats(toChuc.filled(), toChuc.seats())).isEqualTo("3/3");
        assertThat(stateText(toChuc)).isEqualTo("đủ");
        assertThat(offices.outsideQuotas()).isZero();
        assertThat(members.quotaSummaryProperty().get()).isEqualTo("Đã có 37/37 thành viên theo kế hoạch");
        assertThat(members.countTextProperty().get()).isEqualTo("37 thành viên");
    }

    @Test
    void movingAMemberToAnotherUnitLeavesOneShortAndOneOver() {
        Member moved = member(1);
        assertThat(moved.sendingUnit()).isEqualTo(TO_CHUC);

        assertThat(members.edit(moved, MembersEditorViewModel.TextColumn.SENDING_UNIT, VAN_PHONG)).isNull();

        GroupCount offices = group("phong-quan-ly");
        assertThat(unit(offices, TO_CHUC).state()).isEqualTo(QuotaCount.State.UNDER);
        assertThat(stateText(unit(offices, TO_CHUC))).isEqualTo("thiếu 1");
        assertThat(members.seats(unit(offices, TO_CHUC).filled(), 3)).isEqualTo("2/3");
        assertThat(unit(offices, VAN_PHONG).state()).isEqualTo(QuotaCount.State.OVER);
        assertThat(stateText(unit(offices, VAN_PHONG))).isEqualTo("thừa 1");
        assertThat(offices.state()).isEqualTo(QuotaCount.State.COMPLETE);
        assertThat(draft.isDirty()).isTrue();
    }

    @Test
    void aUnitTypedWithoutMarksStillCountsForItsQuota() {
        members.edit(member(4), MembersEditorViewModel.TextColumn.SENDING_UNIT, "phong to chuc - phap che");

        GroupCount offices = group("phong-quan-ly");
        assertThat(stateText(unit(offices, TO_CHUC))).isEqualTo("thừa 1");
        assertThat(stateText(unit(offices, VAN_PHONG))).isEqualTo("thiếu 1");
    }

    @Test
    void aMemberOutOfEveryGroupIsCountedAsUnassigned() {
        members.setGroup(member(5), null);

        assertThat(member(5).groupId()).isEmpty();
        assertThat(members.quotaSummaryProperty().get())
                .isEqualTo("Đã có 37/37 thành viên theo kế hoạch · Chưa xếp vào nhóm thành phần: 1 người");
        assertThat(members.seats(group("phong-quan-ly").filled(), group("phong-quan-ly").planned())).isEqualTo("11/12");
        assertThat(members.groupName(member(5))).isEmpty();
        assertThat(members.groupName(member(6))).isEqualTo("Đại diện các phòng khối quản lý nhà nước thuộc Sở");
    }

    @Test
    void aNewHeadMakesThePreviousOneAMember() {
        Member head = member(0);
        Member next = member(14);
        assertThat(head.role()).isEqualTo(DelegationRole.HEAD);
        assertThat(members.headStatusProperty().get()).isEqualTo("Trưởng đoàn: " + head.fullName());

        members.setRole(next, DelegationRole.HEAD);

        assertThat(member(14).role()).isEqualTo(DelegationRole.HEAD);
        assertThat(member(0).role()).isEqualTo(DelegationRole.MEMBER);
        assertThat(draft.get().members()).filteredOn(m -> m.role() == DelegationRole.HEAD).hasSize(1);
        assertThat(members.noticeProperty().get()).isEqualTo(next.fullName() + " là Trưởng đoàn; " + head.fullName()
                + " chuyển thành Thành viên (mỗi đoàn chỉ có một Trưởng đoàn).");
        assertThat(members.headStatusProperty().get()).isEqualTo("Trưởng đoàn: " + next.fullName());
        assertThat(draft.errors()).isEmpty();
    }

    @Test
    void withoutAHeadTheStatusAsksForOne() {
        members.setRole(member(0), DelegationRole.MEMBER);

        assertThat(members.headStatusProperty().get())
                .isEqualTo("Chưa có Trưởng đoàn: hãy chọn vai trò Trưởng đoàn cho một thành viên.");
        assertThat(members.noticeProperty().get()).isEmpty();
    }

    @Test
    void anImpossibleBirthDateIsRefusedAndARealOneTaken() {
        Member m = member(3);
        LocalDate before = m.dateOfBirth();

        String refused = members.edit(m, MembersEditorViewModel.TextColumn.DATE_OF_BIRTH, "31/02/1980");

        assertThat(refused).isEqualTo("Ngày sinh “31/02/1980” của " + m.fullName()
                + " không phải ngày có thật; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1978.");
        assertThat(members.noticeProperty().get()).isEqualTo(refused);
        assertThat(member(3)).isEqualTo(m);
        assertThat(member(3).dateOfBirth()).isEqualTo(before);
        assertThat(draft.isDirty()).isFalse();

        assertThat(members.edit(m, MembersEditorViewModel.TextColumn.DATE_OF_BIRTH, "5/3/1978")).isNull();

        assertThat(member(3).dateOfBirth()).isEqualTo(LocalDate.of(1978, 3, 5));
        assertThat(members.text(member(3), MembersEditorViewModel.TextColumn.DATE_OF_BIRTH)).isEqualTo("05/03/1978");
        assertThat(members.noticeProperty().get()).isEmpty();
    }

    @Test
    void aCoefficientHasAtMostTwoDecimals() {
        Member m = member(20);

        assertThat(members.edit(m, MembersEditorViewModel.TextColumn.COEFFICIENT, "0,25")).isNull();
        assertThat(member(20).allowanceCoefficient()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(members.text(member(20), MembersEditorViewModel.TextColumn.COEFFICIENT)).isEqualTo("0,25");

        String expected = "Hệ số phụ cấp chức vụ “abc” của " + m.fullName()
                + " không hợp lệ: phải là số không âm, tối đa 2 chữ số thập phân, ví dụ 0,25.";
        assertThat(members.edit(member(20), MembersEditorViewModel.TextColumn.COEFFICIENT, "abc")).isEqualTo(expected);
        assertThat(members.edit(member(20), MembersEditorViewModel.TextColumn.COEFFICIENT, "0,255"))
                .isEqualTo(expected.replace("abc", "0,255"));
        assertThat(member(20).allowanceCoefficient()).isEqualByComparingTo(new BigDecimal("0.25"));

        assertThat(members.edit(member(20), MembersEditorViewModel.TextColumn.COEFFICIENT, "")).isNull();
        assertThat(member(20).allowanceCoefficient()).isNull();
    }

    @Test
    void aShortIdNumberIsKeptButMarkedAsTheDraftsProblem() {
        Member m = member(7);

        assertThat(members.edit(m, MembersEditorViewModel.TextColumn.ID_NUMBER, "12 345")).isNull();

        assertThat(member(7).idNumber()).isEqualTo("12345");
        assertThat(members.problem(member(7), "idNumber")).isEqualTo("số định danh (CCCD/CMND) phải gồm 9 hoặc 12 chữ số");
        assertThat(members.problem(member(8), "idNumber")).isNull();
        assertThat(draft.messageAt("members[7].idNumber")).isEqualTo("số định danh (CCCD/CMND) phải gồm 9 hoặc 12 chữ số");

        members.edit(member(7), MembersEditorViewModel.TextColumn.ID_NUMBER, "001234567890");
        assertThat(members.problem(member(7), "idNumber")).isNull();
    }

    @Test
    void theFilterIgnoresMarksAndMatchesWordBeginnings() {
        members.filterTextProperty().set("to chuc");

        assertThat(members.visibleMembers()).extracting(Member::sendingUnit).containsOnly(TO_CHUC).hasSize(3);
        assertThat(members.countTextProperty().get()).isEqualTo("Hiển thị 3/37 thành viên");

        members.filterTextProperty().set("dak lak");
        assertThat(members.visibleMembers()).isEmpty();
        assertThat(members.countTextProperty().get()).isEqualTo("Hiển thị 0/37 thành viên");

        members.edit(member(30), MembersEditorViewModel.TextColumn.POSITION, "Cán bộ biệt phái tại Đắk Lắk");
        assertThat(members.visibleMembers()).containsExactly(member(30));
        assertThat(members.countTextProperty().get()).isEqualTo("Hiển thị 1/37 thành viên");

        members.filterTextProperty().set("  ");
        assertThat(members.visibleMembers()).hasSize(37);
        assertThat(members.countTextProperty().get()).isEqualTo("37 thành viên");
    }

    @Test
    void anAddedMemberIsEmptyWithAFreshIdAtTheEnd() {
        members.filterTextProperty().set("to chuc");

        Member added = members.add("phuong-xa");

        assertThat(added.id()).isEqualTo("tv-038");
        assertThat(added.fullName()).isEmpty();
        assertThat(added.groupId()).isEqualTo("phuong-xa");
        assertThat(added.role()).isEqualTo(DelegationRole.MEMBER);
        assertThat(draft.get().members()).hasSize(38).last().isEqualTo(added);
        assertThat(members.numberOf(added)).isEqualTo(38);
        assertThat(members.filterTextProperty().get()).isEmpty();
        assertThat(members.countTextProperty().get()).isEqualTo("38 thành viên");
        assertThat(draft.messageAt("members[37].fullName")).isEqualTo("chưa nhập, trường này là bắt buộc");
        assertThat(members.problem(added, "fullName")).isEqualTo("chưa nhập, trường này là bắt buộc");
        assertThat(stateText(unit(group("phuong-xa"), "UBND phường Hoàn Kiếm"))).isEqualTo("đủ");
        assertThat(group("phuong-xa").outsideQuotas()).isEqualTo(1);
    }

    @Test
    void importedMembersWithAClashingIdGetAFreshOne() {
        Member clashing = new Member("tv-05", "Trần Văn Mới", Gender.MALE, null, "Chuyên viên", VAN_PHONG, "phong-quan-ly",
                null, true, "", "", DelegationRole.MEMBER, "", false);
        Member fresh = new Member("nhap-01", "Lê Thị Nhập", Gender.FEMALE, null, "Chuyên viên", VAN_PHONG, "phong-quan-ly",
                null, true, "", "", DelegationRole.MEMBER, "", false);

        members.append(List.of(clashing, fresh));

        List<Member> all = draft.get().members();
        assertThat(all).hasSize(39);
        assertThat(all.get(4).fullName()).isNotEqualTo("Trần Văn Mới");
        assertThat(all.get(37).fullName()).isEqualTo("Trần Văn Mới");
        assertThat(all.get(37).id()).isEqualTo("tv-038");
        assertThat(all.get(38).id()).isEqualTo("nhap-01");
        assertThat(all).extracting(Member::id).doesNotHaveDuplicates();
        assertThat(draft.errors()).isEmpty();
        assertThat(stateText(unit(group("phong-quan-ly"), VAN_PHONG))).isEqualTo("thừa 2");
    }

    @Test
    void removedMembersLeaveTheTableAndTheNumbersCloseUp() {
        Member second = member(1);
        Member third = member(2);
        Member fourth = member(3);

        members.remove(List.of(second, third));

        assertThat(draft.get().members()).hasSize(35).doesNotContain(second, third);
        assertThat(members.allMembers()).hasSize(35);
        assertThat(members.numberOf(fourth)).isEqualTo(2);
        assertThat(members.numberOf(second)).isZero();
        assertThat(members.countTextProperty().get()).isEqualTo("35 thành viên");
        assertThat(stateText(unit(group("phong-quan-ly"), TO_CHUC))).isEqualTo("thiếu 2");
        assertThat(members.quotaSummaryProperty().get()).isEqualTo("Đã có 35/37 thành viên theo kế hoạch");
    }

    @Test
    void anEditOfARemovedMemberChangesNothing() {
        Member gone = member(1);
        members.remove(List.of(gone));

        assertThat(members.edit(gone, MembersEditorViewModel.TextColumn.FULL_NAME, "Người đã xóa")).isNull();

        assertThat(draft.get().members()).hasSize(36).extracting(Member::fullName).doesNotContain("Người đã xóa");
    }
}
