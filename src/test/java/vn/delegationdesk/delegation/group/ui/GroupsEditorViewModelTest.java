package vn.delegationdesk.delegation.group.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.MembershipConflict;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The composition groups editor without a screen: groups and their quotas written to the shared draft. */
class GroupsEditorViewModelTest {
    private static final String OFFICES_NAME = "Đại diện các phòng khối quản lý nhà nước thuộc Sở";

    private final Messages messages = new Messages();
    private DelegationDraft draft;
    private GroupsEditorViewModel groups;

    @BeforeEach
    void setUp() {
        draft = new DelegationDraft(messages);
        draft.load(SampleDelegation.create().withId(1L));
        groups = new GroupsEditorViewModel(draft, messages);
    }

    private MemberGroup stored(int index) {
        return draft.get().groups().get(index);
    }

    @Test
    void theSelectedGroupShowsItsNameDescriptionAndQuotas() {
        assertThat(groups.groups()).extracting(MemberGroup::id)
                .containsExactly("lanh-dao", "phong-quan-ly", "don-vi-su-nghiep", "phuong-xa");
        assertThat(groups.groups()).extracting(groups::seatsText).containsExactly("1 người", "12 người", "14 người", "10 người");
        // A delegation opens on its first group, ready to edit.
        assertThat(groups.presentProperty().get()).isTrue();
        assertThat(groups.nameProperty().get()).isEqualTo("Lãnh đạo đoàn");

        groups.selectedProperty().set(1);

        assertThat(groups.presentProperty().get()).isTrue();
        assertThat(groups.nameProperty().get()).isEqualTo(OFFICES_NAME);
        assertThat(groups.descriptionProperty().get()).isEqualTo("12 người.");
        assertThat(groups.quotas()).extracting(Quota::seats).containsExactly(3, 2, 2, 1, 1, 1, 1, 1);
        assertThat(groups.quotas().get(0).sendingUnit()).isEqualTo("Phòng Tổ chức - Pháp chế");
    }

    @Test
    void anAddedGroupHasTheNextFreeIdAndTheDefaultName() {
        groups.addGroup();

        assertThat(draft.get().groups()).hasSize(5);
        MemberGroup added = stored(4);
        assertThat(added.id()).isEqualTo("nhom-5");
        assertThat(added.name()).isEqualTo("Nhóm thành phần mới");
        assertThat(added.quotas()).isEmpty();
        assertThat(groups.selectedProperty().get()).isEqualTo(4);
        assertThat(groups.nameProperty().get()).isEqualTo("Nhóm thành phần mới");
        assertThat(groups.seatsText(added)).isEqualTo("0 người");
        assertThat(draft.isDirty()).isTrue();

        groups.addGroup();
        groups.selectedProperty().set(4);
        groups.removeGroup();
        groups.addGroup();
        assertThat(draft.get().groups()).extracting(MemberGroup::id)
                .containsExactly("lanh-dao", "phong-quan-ly", "don-vi-su-nghiep", "phuong-xa", "nhom-6", "nhom-7");
    }

    @Test
    void typingNameAndDescriptionWritesTheSelectedGroup() {
        groups.selectedProperty().set(3);

        groups.nameProperty().set("Đại diện các phường ");
        groups.descriptionProperty().set("10 người, mỗi phường 01 người.");

        assertThat(stored(3).name()).isEqualTo("Đại diện các phường");
        assertThat(groups.nameProperty().get()).isEqualTo("Đại diện các phường ");
        assertThat(stored(3).description()).isEqualTo("10 người, mỗi phường 01 người.");
        assertThat(stored(3).quotas()).hasSize(10);
        assertThat(stored(2).name()).isEqualTo("Đại diện 14 đơn vị sự nghiệp thuộc Sở");

        groups.nameProperty().set("");
        assertThat(draft.messageAt("groups[3].name")).isEqualTo("chưa nhập, trường này là bắt buộc");
    }

    @Test
    void quotasAreAddedAndEditedAndTheGroupsSeatsFollow() {
        groups.addGroup();

        groups.addQuota();
        assertThat(groups.quotas()).containsExactly(new Quota("Đơn vị mới", 1));
        assertThat(stored(4).plannedSeats()).isEqualTo(1);

        String refused = groups.editQuota(0, "Nhà hát Tuổi trẻ", "abc");
        assertThat(refused).isEqualTo("Số người của Nhà hát Tuổi trẻ phải là số nguyên không âm, không phải “abc”.");
        assertThat(groups.noticeProperty().get()).isEqualTo(refused);
        assertThat(stored(4).quotas()).containsExactly(new Quota("Đơn vị mới", 1));

        assertThat(groups.editQuota(0, "Nhà hát Tuổi trẻ", " 4 ")).isNull();
        assertThat(stored(4).quotas()).containsExactly(new Quota("Nhà hát Tuổi trẻ", 4));
        assertThat(stored(4).plannedSeats()).isEqualTo(4);
        assertThat(groups.seatsText(stored(4))).isEqualTo("4 người");
        assertThat(groups.noticeProperty().get()).isEmpty();

        assertThat(groups.editQuota(0, "Nhà hát Tuổi trẻ", "-2")).isNotNull();
        assertThat(stored(4).plannedSeats()).isEqualTo(4);
    }

    @Test
    void quotasAreMovedAndRemovedInTheSelectedGroup() {
        groups.selectedProperty().set(1);

        groups.moveQuota(0, 1);
        assertThat(stored(1).quotas()).extracting(Quota::sendingUnit).startsWith("Văn phòng Sở", "Phòng Tổ chức - Pháp chế");
        groups.moveQuota(0, -1);
        assertThat(stored(1).quotas().get(0).sendingUnit()).isEqualTo("Văn phòng Sở");

        groups.removeQuota(1);
        assertThat(stored(1).quotas()).hasSize(7);
        assertThat(stored(1).plannedSeats()).isEqualTo(9);
        assertThat(groups.seatsText(stored(1))).isEqualTo("9 người");
        assertThat(groups.quotas()).isEqualTo(stored(1).quotas());
    }

    @Test
    void aRemovedGroupsMembersStayInTheDelegationOutsideEveryGroup() {
        MembersEditorViewModel members = new MembersEditorViewModel(draft,
                FXCollections.<MembershipConflict>observableArrayList(), messages, c -> "");
        groups.selectedProperty().set(1);

        groups.removeGroup();

        assertThat(draft.get().groups()).extracting(MemberGroup::id).containsExactly("lanh-dao", "don-vi-su-nghiep", "phuong-xa");
        assertThat(draft.get().members()).hasSize(37);
        List<Member> outside = draft.get().members().stream().filter(m -> m.groupId().isEmpty()).toList();
        assertThat(outside).hasSize(12).extracting(Member::position).containsOnly("Phó Trưởng phòng", "Chuyên viên");
        assertThat(groups.noticeProperty().get()).isEqualTo("Đã xóa nhóm “" + OFFICES_NAME
                + "”; 12 thành viên của nhóm vẫn còn trong đoàn, chưa xếp nhóm.");
        assertThat(groups.selectedProperty().get()).isEqualTo(1);
        assertThat(groups.nameProperty().get()).isEqualTo("Đại diện 14 đơn vị sự nghiệp thuộc Sở");
        assertThat(draft.errors()).isEmpty();
        assertThat(members.quotaSummaryProperty().get())
                .isEqualTo("Đã có 37/37 thành viên theo kế hoạch · Chưa xếp vào nhóm thành phần: 12 người");
    }

    @Test
    void theNoticeOfARemovedGroupGoesWithTheDroppedChanges() {
        groups.selectedProperty().set(1);
        groups.removeGroup();
        assertThat(groups.noticeProperty().get()).startsWith("Đã xóa nhóm");

        draft.revert();

        assertThat(draft.get().groups()).hasSize(4);
        assertThat(groups.noticeProperty().get()).isEmpty();
    }

    @Test
    void removingAnEmptyGroupSaysNothing() {
        groups.addGroup();

        groups.removeGroup();

        assertThat(draft.get().groups()).hasSize(4);
        assertThat(groups.noticeProperty().get()).isEmpty();
        assertThat(groups.selectedProperty().get()).isEqualTo(3);
        assertThat(draft.isDirty()).isFalse();
    }

    @Test
    void aMovedGroupKeepsTheSelection() {
        groups.selectedProperty().set(3);

        groups.moveGroup(-1);

        assertThat(draft.get().groups()).extracting(MemberGroup::id)
                .containsExactly("lanh-dao", "phong-quan-ly", "phuong-xa", "don-vi-su-nghiep");
        assertThat(groups.selectedProperty().get()).isEqualTo(2);
        assertThat(groups.nameProperty().get()).startsWith("Đại diện 10 phường, xã");

        groups.selectedProperty().set(0);
        groups.moveGroup(-1);
        assertThat(draft.get().groups().get(0).id()).isEqualTo("lanh-dao");
        assertThat(groups.selectedProperty().get()).isZero();
    }

    @Test
    void revertShowsTheStoredGroupAgain() {
        groups.selectedProperty().set(1);
        groups.nameProperty().set("Các phòng");
        groups.addQuota();

        draft.revert();

        assertThat(groups.nameProperty().get()).isEqualTo(OFFICES_NAME);
        assertThat(groups.quotas()).hasSize(8);
        assertThat(draft.isDirty()).isFalse();
    }
}
