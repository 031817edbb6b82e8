package vn.delegationdesk.delegation.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The problem list names the item by number, by its name in brackets only when it has one, and always the field, by the
 * label the form shows: "Phân công 1 – Đơn vị thực hiện: chưa nhập…", never "Phân công 1 (): chưa nhập…".
 */
class ProblemDescriberTest {
    private static final String REQUIRED = "chưa nhập, trường này là bắt buộc";

    private final ProblemDescriber describer = new ProblemDescriber(new Messages());
    private final Delegation sample = SampleDelegation.create();

    private List<String> problems(Delegation d) {
        return describer.describe(new DelegationValidator().validate(d), d);
    }

    @Test
    void aResponsibilityWithoutUnitIsNamedByNumberAndField() {
        Delegation d = sample.toBuilder().responsibilities(List.of(
                new Responsibility("", ResponsibilityRole.LEAD, List.of("Chuẩn bị hồ sơ"), null, TaskStatus.NOT_STARTED))).build();

        assertThat(problems(d)).containsExactly("Phân công 1 – Đơn vị thực hiện: " + REQUIRED);
    }

    @Test
    void aMemberWithoutNameIsNamedByNumberAndEachField() {
        List<Member> members = new ArrayList<>(sample.members());
        Member m = members.get(12);
        members.set(12, m.toBuilder().fullName("").idNumber("12345").build());
        Delegation d = sample.toBuilder().members(members).build();

        assertThat(problems(d)).containsExactly(
                "Thành viên 13 – Họ và tên: " + REQUIRED,
                "Thành viên 13 – Số CCCD/CMND: số định danh (CCCD/CMND) phải gồm 9 hoặc 12 chữ số");
    }

    @Test
    void aNamedMemberKeepsItsNameInBrackets() {
        List<Member> members = new ArrayList<>(sample.members());
        Member m = members.get(3);
        members.set(3, m.toBuilder().phone("12ab").build());
        Delegation d = sample.toBuilder().members(members).build();

        assertThat(problems(d)).containsExactly("Thành viên 4 (" + m.fullName() + ") – Điện thoại: số điện thoại không hợp lệ");
    }

    @Test
    void groupsConferencesAndLegalBasesNameTheirFieldAndRow() {
        MemberGroup group = sample.groups().get(1);
        List<Quota> quotas = new ArrayList<>(group.quotas());
        quotas.set(1, new Quota("", quotas.get(1).seats()));
        List<MemberGroup> groups = new ArrayList<>(sample.groups());
        groups.set(1, new MemberGroup(group.id(), group.name(), group.description(), quotas));
        groups.add(new MemberGroup("nhom-moi", "", "", List.of()));
        Conference c = sample.conferences().get(0);
        List<Conference> conferences = new ArrayList<>(sample.conferences());
        conferences.set(0, new Conference(c.id(), "", c.date(), c.halfDay(), c.venue(), c.venueStandard(), -5,
                c.coOrganiser(), c.agenda()));
        List<LegalBasis> bases = new ArrayList<>(sample.legalBases());
        bases.add(new LegalBasis("", "", null, "", "Một văn bản chưa rõ loại"));
        Delegation d = sample.toBuilder().groups(groups).conferences(conferences).legalBases(bases).build();

        assertThat(problems(d)).containsExactly(
                "Căn cứ " + bases.size() + " – Loại văn bản: " + REQUIRED,
                "Nhóm thành phần 2 (" + group.name() + ") – Đơn vị cử (dòng 2): " + REQUIRED,
                "Nhóm thành phần 5 – Tên nhóm: " + REQUIRED,
                "Hội nghị 1 – Tên hội nghị: " + REQUIRED,
                "Hội nghị 1 – Số đại biểu dự kiến: không được là số âm");
    }

    @Test
    void anActivityIsNamedWithinItsDay() {
        List<ProgrammeDay> days = new ArrayList<>(sample.programme());
        ProgrammeDay day = days.get(1);
        List<Activity> activities = new ArrayList<>(day.activities());
        activities.set(0, activities.get(0).withTimes(LocalTime.of(10, 0), LocalTime.of(9, 0)));
        days.set(1, new ProgrammeDay(day.date(), activities));
        Delegation d = sample.toBuilder().programme(days).build();

        assertThat(problems(d)).containsExactly(
                "Ngày thứ 2 của chương trình (15/10/2025) – Hoạt động 1 – Đến giờ: giờ kết thúc trước giờ bắt đầu");
    }
}
