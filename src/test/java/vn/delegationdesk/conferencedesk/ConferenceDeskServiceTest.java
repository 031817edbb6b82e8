package vn.delegationdesk.conferencedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The conference desk's use cases on a store in memory: the list validated with Vietnamese messages naming the
 * delegate and the field, duplicates and precedence conflicts reported but stored, the delegation's members added once,
 * check-in and walk-ins stamped with the clock, the counts by group, and every write refused without the organiser's role.
 */
class ConferenceDeskServiceTest {
    private static final long ID = 7L;
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final Instant NOW = Instant.parse("2025-10-15T01:47:12.987Z");
    private final AtomicReference<User> user = new AtomicReference<>(User.everyRole("lan"));
    private final AtomicInteger next = new AtomicInteger();
    private final MemoryDelegateRepository repository = new MemoryDelegateRepository();
    private final ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(user::get),
            Clock.fixed(NOW, ZoneOffset.UTC), () -> "new-" + next.incrementAndGet());
    private final Messages messages = new Messages();

    @Test
    void aListIsValidatedWithTheDelegateAndTheFieldNamedInVietnamese() {
        List<Delegate> list = new ArrayList<>(DeskSamples.four(DAK_LAK, "dl-"));
        list.add(DeskSamples.delegate("", DAK_LAK, "  ", "UBND tỉnh Đắk Lắk", DelegateGroup.HOSTS, -2));
        list.set(1, DeskSamples.delegate("dl-2", DAK_LAK, "Trần Thị\tBình", "x".repeat(1001), DelegateGroup.HOSTS, 2));

        assertThat(service.validate(list)).extracting(messages::describe).containsExactly(
                "delegates[1].fullName: Đại biểu 2 – Họ và tên: có ký tự tab (U+0009) ở vị trí 9; trường này chỉ nhận một dòng,"
                        + " hãy thay bằng dấu cách",
                "delegates[1].body: Đại biểu 2 – Cơ quan, đơn vị: dài 1.001 ký tự, tối đa 1.000",
                "delegates[4].fullName: Đại biểu 5 – Họ và tên: chưa nhập",
                "delegates[4].precedence: Đại biểu 5 – Thứ tự lễ tân: phải từ 0 trở lên (0 là không xếp thứ tự), đang là -2");
        assertThatThrownBy(() -> service.save(ID, DAK_LAK, list)).isInstanceOf(ValidationException.class);
        assertThat(service.delegates(ID, DAK_LAK)).as("nothing stored").isEmpty();
    }

    @Test
    void duplicatesAndPrecedenceConflictsAreReportedButStored() {
        List<Delegate> list = new ArrayList<>(DeskSamples.four(DAK_LAK, "dl-"));
        list.add(DeskSamples.delegate("", DAK_LAK, "NGUYEN VAN  AN", "ubnd tinh dak lak", DelegateGroup.LEADERS, 1));
        list.add(DeskSamples.delegate("", DAK_LAK, "Nguyễn Văn An", "UBND tỉnh Lâm Đồng", DelegateGroup.LEADERS, 2));

        List<Delegate> stored = service.save(ID, DAK_LAK, list);

        assertThat(stored).extracting(Delegate::id).containsExactly("dl-1", "dl-2", "dl-3", "dl-4", "new-1", "new-2");
        assertThat(service.delegates(ID, DAK_LAK)).isEqualTo(stored);
        assertThat(service.duplicates(stored)).singleElement().satisfies(w -> {
            assertThat(messages.get(w.messageKey(), w.args().toArray()))
                    .isEqualTo("Đại biểu 1, 5 trùng họ tên và cơ quan: Nguyễn Văn An – UBND tỉnh Đắk Lắk");
            assertThat(w.delegateIds()).containsExactly("dl-1", "new-1");
        });
        assertThat(service.precedenceConflicts(stored)).extracting(w -> messages.get(w.messageKey(), w.args().toArray()))
                .containsExactly("Thứ tự lễ tân 1 trùng ở đại biểu 1, 5: Nguyễn Văn An; NGUYEN VAN  AN",
                        "Thứ tự lễ tân 2 trùng ở đại biểu 2, 6: Trần Thị Bình; Nguyễn Văn An");
        assertThat(service.warnings(stored)).extracting(DeskWarning::messageKey).containsExactly(
                "conferencedesk.warning.duplicate", "conferencedesk.warning.precedence", "conferencedesk.warning.precedence");
        assertThat(service.precedenceConflicts(DeskSamples.four(DAK_LAK, "x"))).as("0 is not a rank").isEmpty();
    }

    @Test
    void theDelegationsMembersAreAddedOnceAsDelegationDelegates() {
        Delegation delegation = SampleDelegation.create().toBuilder().id(ID).build();
        service.save(ID, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        List<Member> members = delegation.members();

        List<Delegate> after = service.addDelegationMembers(delegation, DAK_LAK);
        List<Delegate> again = service.addDelegationMembers(delegation, DAK_LAK);

        assertThat(after).hasSize(4 + members.size());
        assertThat(again).as("members already linked are skipped").isEqualTo(after);
        Delegate first = after.get(4);
        Member m = members.get(0);
        assertThat(first).extracting(Delegate::fullName, Delegate::title, Delegate::body, Delegate::group, Delegate::status,
                Delegate::memberId, Delegate::onPayroll, Delegate::contact).containsExactly(m.fullName(), m.position(),
                m.sendingUnit(), DelegateGroup.DELEGATION, DelegateStatus.CONFIRMED, m.id(), m.onStatePayroll(), m.phone());
        assertThat(after.subList(4, after.size())).extracting(Delegate::fullName)
                .containsExactlyElementsOf(members.stream().map(Member::fullName).toList());
        assertThatThrownBy(() -> service.addDelegationMembers(delegation, "no-such-conference"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkInAndWalkInAreStampedWithTheClockAndCounted() {
        service.save(ID, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));

        Delegate binh = service.checkIn("dl-2").orElseThrow();
        Delegate walkIn = service.walkIn(ID, DAK_LAK, "Đỗ Minh Khánh", "Phóng viên", "Đài PT-TH Đắk Lắk", DelegateGroup.PRESS,
                false, "0914 000 111");

        assertThat(binh.checkedInAt()).as("to the second").isEqualTo(Instant.parse("2025-10-15T01:47:12Z"));
        assertThat(service.checkIn("unknown")).isEmpty();
        assertThat(walkIn).extracting(Delegate::id, Delegate::status, Delegate::checkedInAt, Delegate::walkIn)
                .containsExactly("new-1", DelegateStatus.ATTENDED, Instant.parse("2025-10-15T01:47:12Z"), true);
        List<Delegate> now = service.delegates(ID, DAK_LAK);
        assertThat(now).extracting(Delegate::fullName, Delegate::status).containsExactly(
                tuple("Nguyễn Văn An", DelegateStatus.ATTENDED), tuple("Trần Thị Bình", DelegateStatus.ATTENDED),
                tuple("Lê Hoàng Cường", DelegateStatus.DECLINED), tuple("Phạm Thu Dung", DelegateStatus.INVITED),
                tuple("Đỗ Minh Khánh", DelegateStatus.ATTENDED));

        AttendanceCounts counts = service.counts(now);
        assertThat(counts.total()).isEqualTo(new GroupCount(null, 4, 2, 1, 3, 1, 1));
        assertThat(counts.of(DelegateGroup.PRESS)).isEqualTo(new GroupCount(DelegateGroup.PRESS, 1, 0, 0, 1, 1, 1));
        assertThat(counts.of(DelegateGroup.LEADERS)).isEqualTo(new GroupCount(DelegateGroup.LEADERS, 1, 1, 0, 1, 0, 0));
        assertThat(counts.of(DelegateGroup.BUSINESSES)).isEqualTo(new GroupCount(DelegateGroup.BUSINESSES, 1, 0, 1, 0, 0, 0));
        assertThat(counts.groups()).extracting(GroupCount::group).containsExactly(DelegateGroup.values());

        assertThatThrownBy(() -> service.walkIn(ID, DAK_LAK, " ", "", "", DelegateGroup.OTHER, true, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages.describeAll(e.errors()))
                        .containsExactly("walkIn.fullName: Khách đến trực tiếp – Họ và tên: chưa nhập"));
        assertThat(service.delegates(ID, DAK_LAK)).hasSize(5);
    }

    @Test
    void everyWriteNeedsTheOrganisersRole() {
        service.save(ID, DAK_LAK, DeskSamples.four(DAK_LAK, "dl-"));
        user.set(new User("hoa", EnumSet.of(Role.FINANCE)));

        assertThat(service.whyNotWrite()).hasValueSatisfying(why -> assertThat(messages.get(why.key(), why.args().toArray()))
                .isEqualTo("Cập nhật danh sách đại biểu hội nghị: cần vai trò «Soạn kế hoạch»; tài khoản hoa không có vai trò này"));
        assertThatThrownBy(() -> service.save(ID, DAK_LAK, List.of())).isInstanceOf(RoleRefused.class);
        assertThatThrownBy(() -> service.checkIn("dl-2")).isInstanceOf(RoleRefused.class);
        assertThatThrownBy(() -> service.walkIn(ID, DAK_LAK, "Ngô Thị Yến", "", "", DelegateGroup.OTHER, true, ""))
                .isInstanceOf(RoleRefused.class);
        assertThat(service.delegates(ID, DAK_LAK)).extracting(Delegate::status).containsExactly(DelegateStatus.ATTENDED,
                DelegateStatus.CONFIRMED, DelegateStatus.DECLINED, DelegateStatus.INVITED);
    }

    @Test
    void theMemoryStoreRefusesAListOfAnotherConferenceAndKeepsThePreviousOne() {
        List<Delegate> kept = DeskSamples.four(DAK_LAK, "dl-");
        repository.saveAll(ID, DAK_LAK, kept);

        assertThatThrownBy(() -> repository.saveAll(ID, DAK_LAK, DeskSamples.four("other", "o-")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository.saveAll(ID + 1, DAK_LAK, kept)).as("an id kept elsewhere")
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(repository.list(ID, DAK_LAK)).isEqualTo(kept);
    }
}
