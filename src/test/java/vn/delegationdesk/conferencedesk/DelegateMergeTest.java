package vn.delegationdesk.conferencedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.sample.SampleDelegation;

/** The list/desk merge: what the user typed, what the desk stamped, who came meanwhile, who was removed. */
class DelegateMergeTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final Instant AT = Instant.parse("2025-10-15T01:45:00Z");
    private final List<Delegate> base = DeskSamples.four(DAK_LAK, "dl-");

    private static Delegate with(Delegate d, String title, DelegateStatus status, Instant at) {
        return new Delegate(d.id(), d.conferenceId(), d.fullName(), title, d.body(), d.group(), d.precedence(), d.contact(),
                d.onPayroll(), status, at, d.memberId(), d.walkIn());
    }

    private List<Delegate> deskCheckedInBinh() {
        List<Delegate> stored = new ArrayList<>(base);
        stored.set(1, base.get(1).checkedIn(AT));
        return stored;
    }

    @Test
    void aCheckInAtTheDeskSurvivesAnEditOfTheSameDelegatesTitle() {
        List<Delegate> edited = new ArrayList<>(base);
        edited.set(1, with(base.get(1), "Giám đốc Sở Văn hóa", DelegateStatus.CONFIRMED, null));

        List<Delegate> merged = DelegateMerge.merge(base, edited, deskCheckedInBinh());

        assertThat(merged.get(1)).extracting(Delegate::title, Delegate::status, Delegate::checkedInAt)
                .containsExactly("Giám đốc Sở Văn hóa", DelegateStatus.ATTENDED, AT);
    }

    @Test
    void anAttendanceTheUserChangedInTheListIsTheUsers() {
        List<Delegate> edited = new ArrayList<>(base);
        edited.set(3, with(base.get(3), base.get(3).title(), DelegateStatus.DECLINED, null));
        edited.set(0, with(base.get(0), base.get(0).title(), DelegateStatus.CONFIRMED, null));

        List<Delegate> merged = DelegateMerge.merge(base, edited, base);

        assertThat(merged).extracting(Delegate::status).containsExactly(DelegateStatus.CONFIRMED, DelegateStatus.CONFIRMED,
                DelegateStatus.DECLINED, DelegateStatus.DECLINED);
    }

    @Test
    void whenBothChangedTheAttendanceTheDesksCheckInWins() {
        List<Delegate> edited = new ArrayList<>(base);
        edited.set(1, with(base.get(1), base.get(1).title(), DelegateStatus.DECLINED, null));

        assertThat(DelegateMerge.merge(base, edited, deskCheckedInBinh()).get(1).status()).isEqualTo(DelegateStatus.ATTENDED);
    }

    @Test
    void walkInsAddedSinceAreKeptAtTheEndAndRemovalsStandUnlessTheDeskCheckedThePersonIn() {
        Delegate walkIn = new Delegate("w-1", DAK_LAK, "Đỗ Minh Khánh", "Phóng viên", "Báo Đắk Lắk", DelegateGroup.PRESS, 0, "",
                false, DelegateStatus.ATTENDED, AT, "", true);
        List<Delegate> stored = new ArrayList<>(deskCheckedInBinh());
        stored.add(walkIn);
        List<Delegate> edited = List.of(base.get(0), base.get(3));

        List<Delegate> merged = DelegateMerge.merge(base, edited, stored);

        assertThat(merged).extracting(Delegate::id, Delegate::status).containsExactly(
                tuple("dl-1", DelegateStatus.ATTENDED), tuple("dl-4", DelegateStatus.INVITED),
                tuple("dl-2", DelegateStatus.ATTENDED), tuple("w-1", DelegateStatus.ATTENDED));
    }
}
