package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationDates;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The names the "Sửa" menu gives the draft's edits, read from what changed. */
class ChangeNamesTest {
    private final ChangeNames names = new ChangeNames(new Messages());
    private final Delegation sample = SampleDelegation.create();

    @Test
    void aMemberAddedRemovedOrChangedIsNamedWithTheFieldInWords() {
        List<Member> members = new ArrayList<>(sample.members());
        Member third = members.remove(2);
        assertThat(name(sample.toBuilder().members(members).build())).isEqualTo("xóa thành viên Lê Quang Minh");
        assertThat(names.describe(sample.toBuilder().members(members).build(), sample)).isEqualTo("thêm thành viên Lê Quang Minh");

        members.remove(0);
        assertThat(name(sample.toBuilder().members(members).build())).isEqualTo("xóa 2 thành viên");

        List<Member> edited = new ArrayList<>(sample.members());
        edited.set(2, third.toBuilder().idNumber("001074115839").build());
        assertThat(name(sample.toBuilder().members(edited).build())).isEqualTo("sửa số CCCD/CMND của thành viên Lê Quang Minh");
        edited.set(2, third.toBuilder().phone("0914 000 000").position("Trưởng phòng").build());
        assertThat(name(sample.toBuilder().members(edited).build())).isEqualTo("sửa thành viên Lê Quang Minh");

        List<Member> blank = new ArrayList<>(sample.members());
        blank.add(third.toBuilder().id("tv-99").fullName("").role(DelegationRole.MEMBER).build());
        assertThat(name(sample.toBuilder().members(blank).build())).isEqualTo("thêm thành viên");
    }

    @Test
    void aNewStartDateIsNamedByTheDateThoughItMovesTheWholeTrip() {
        Delegation moved = DelegationDates.startingOn(sample, LocalDate.of(2026, 3, 2));

        assertThat(name(moved)).isEqualTo("sửa ngày khởi hành");
    }

    @Test
    void listsOfThePlanSayWhatWasAddedRemovedOrReordered() {
        List<Leg> legs = new ArrayList<>(sample.legs());
        assertThat(name(sample.toBuilder().legs(legs.subList(1, legs.size())).build())).isEqualTo("xóa chặng tỉnh Đắk Lắk");
        List<Leg> swapped = List.of(legs.get(1), legs.get(0));
        assertThat(name(sample.toBuilder().legs(swapped).build())).isEqualTo("đổi thứ tự chặng");

        List<String> purposes = new ArrayList<>(sample.purposes());
        purposes.add("Học tập mô hình bảo tàng số");
        assertThat(name(sample.toBuilder().purposes(purposes).build())).isEqualTo("thêm mục đích, yêu cầu “Học tập mô hình bảo tàng số”");
    }

    @Test
    void singleFieldsAreNamedAsTheFormLabelsThem() {
        assertThat(name(sample.toBuilder().title("Đoàn khảo sát Tây Nguyên").build())).isEqualTo("sửa tên kế hoạch");
        IssuingBody body = sample.issuingBody();
        assertThat(name(sample.toBuilder().issuingBody(new IssuingBody(body.parentBody(), body.name(), "VHTT-HN")).build()))
                .isEqualTo("sửa viết tắt");
        assertThat(name(sample.toBuilder().plannedSize(40).build())).isEqualTo("sửa số lượng dự kiến");
    }

    @Test
    void theStayPlanSaysWhichNightOrThatItFollowsTheProgrammeAgain() {
        Delegation edited = StayPlans.edited(sample, StayPlans.of(sample).withNight(
                StayPlans.of(sample).nights().get(2).withAccommodation(new Accommodation("Khách sạn Sài Gòn", "", "", false))));

        assertThat(name(edited)).isEqualTo("sửa lưu trú");
        Delegation again = StayPlans.edited(edited, StayPlans.of(edited).withNight(
                StayPlans.of(edited).nights().get(3).withAccommodation(new Accommodation("Khách sạn Sài Gòn", "", "", false))));
        assertThat(names.describe(edited, again)).isEqualTo("sửa lưu trú đêm 17/10/2025");
        assertThat(names.describe(edited, StayPlans.followingProgramme(edited))).isEqualTo("lấy lại lưu trú theo chương trình");
    }

    @Test
    void longTextIsCutAndLabelsAreLowerCasedOnlyWhereAWordStarts() {
        List<String> purposes = new ArrayList<>(sample.purposes());
        purposes.add("Trao đổi kinh nghiệm về quản lý, khai thác và phát huy giá trị di sản văn hóa phi vật thể của đồng bào");
        assertThat(name(sample.toBuilder().purposes(purposes).build()))
                .isEqualTo("thêm mục đích, yêu cầu “Trao đổi kinh nghiệm về quản lý, khai thác và p…”");
        assertThat(ChangeNames.lowerFirst("Số CCCD/CMND")).isEqualTo("số CCCD/CMND");
        assertThat(ChangeNames.lowerFirst("CCCD")).isEqualTo("CCCD");
    }

    private String name(Delegation after) {
        return names.describe(sample, after);
    }
}
