package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * One case per rule of {@link DelegationValidator}: the valid sample, changed so that it breaks that rule alone,
 * yields exactly that error, with its field path and arguments.
 */
class DelegationValidatorTest {
    private static final Delegation VALID = SampleDelegation.create();

    private final DelegationValidator validator = new DelegationValidator();

    @Test
    void theSampleIsValid() {
        assertThat(validator.validate(VALID)).isEmpty();
    }

    // The delegation itself

    @Test
    void titleIsRequired() {
        assertOnlyError(VALID.toBuilder().title("").build(), error("title", "validation.required"));
    }

    @Test
    void plannedSizeIsNotNegative() {
        assertOnlyError(VALID.toBuilder().plannedSize(-1).build(), error("plannedSize", "validation.negative"));
    }

    @Test
    void legalBasisKindIsRequired() {
        Delegation broken = VALID.toBuilder().legalBases(replaced(VALID.legalBases(), 1, b -> with(b, "kind", ""))).build();

        assertOnlyError(broken, error("legalBases[1].kind", "validation.required"));
    }

    @Test
    void tripEndsNotBeforeItStarts() {
        Delegation broken = VALID.toBuilder().endDate(VALID.startDate().minusDays(1)).build();

        assertOnlyError(broken, error("endDate", "validation.endBeforeStart"));
    }

    // Legs

    @Test
    void legStartsNotBeforeTheTrip() {
        Delegation broken = VALID.toBuilder().startDate(LocalDate.of(2025, 10, 15)).build();

        assertOnlyError(broken, error("legs[0].startDate", "validation.legBeforeTrip", "tỉnh Đắk Lắk", "15/10/2025"));
    }

    @Test
    void legEndsNotAfterTheTrip() {
        Delegation broken = VALID.toBuilder().endDate(LocalDate.of(2025, 10, 18)).build();

        assertOnlyError(broken, error("legs[1].endDate", "validation.legAfterTrip", "tỉnh Lâm Đồng", "18/10/2025"));
    }

    @Test
    void legPlaceIsRequired() {
        Delegation broken = VALID.toBuilder().legs(replaced(VALID.legs(), 1, leg -> with(leg, "place", ""))).build();

        assertOnlyError(broken, error("legs[1].place", "validation.required"));
    }

    @Test
    void legEndsNotBeforeItStarts() {
        Delegation broken = VALID.toBuilder()
                .legs(replaced(VALID.legs(), 0, leg -> with(leg, "endDate", leg.startDate().minusDays(1)))).build();

        assertOnlyError(broken, error("legs[0].endDate", "validation.endBeforeStart"));
    }

    @Test
    void legsDoNotOverlap() {
        Delegation broken = VALID.toBuilder()
                .legs(replaced(VALID.legs(), 1, leg -> with(leg, "startDate", VALID.legs().get(0).endDate()))).build();

        assertOnlyError(broken, error("legs[1].startDate", "validation.legsOverlap", "tỉnh Đắk Lắk"));
    }

    // Groups and their quotas

    @Test
    void groupIdIsRequired() {
        Delegation broken = VALID.toBuilder().groups(plus(VALID.groups(), new MemberGroup("", "Khách mời", "", List.of())))
                .build();

        assertOnlyError(broken, error("groups[4].id", "validation.required"));
    }

    @Test
    void groupIdIsUnique() {
        String taken = VALID.groups().get(0).id();
        Delegation broken = VALID.toBuilder().groups(plus(VALID.groups(), new MemberGroup(taken, "Khách mời", "", List.of())))
                .build();

        assertOnlyError(broken, error("groups[4].id", "validation.duplicateId", taken));
    }

    @Test
    void groupNameIsRequired() {
        Delegation broken = VALID.toBuilder().groups(replaced(VALID.groups(), 2, g -> with(g, "name", ""))).build();

        assertOnlyError(broken, error("groups[2].name", "validation.required"));
    }

    @Test
    void quotaSendingUnitIsRequired() {
        Delegation broken = VALID.toBuilder().groups(replaced(VALID.groups(), 1,
                g -> with(g, "quotas", replaced(g.quotas(), 0, q -> new Quota("", q.seats()))))).build();

        assertOnlyError(broken, error("groups[1].quotas[0].sendingUnit", "validation.required"));
    }

    @Test
    void quotaSeatsAreNotNegative() {
        Delegation broken = VALID.toBuilder().groups(replaced(VALID.groups(), 1,
                g -> with(g, "quotas", replaced(g.quotas(), 2, q -> new Quota(q.sendingUnit(), -1))))).build();

        assertOnlyError(broken, error("groups[1].quotas[2].seats", "validation.negative"));
    }

    // Members

    @Test
    void memberIdIsRequired() {
        assertOnlyError(member(3, m -> with(m, "id", "")), error("members[3].id", "validation.required"));
    }

    @Test
    void memberIdIsUnique() {
        String taken = VALID.members().get(2).id();

        assertOnlyError(member(3, m -> with(m, "id", taken)), error("members[3].id", "validation.duplicateId", taken));
    }

    @Test
    void memberFullNameIsRequired() {
        assertOnlyError(member(5, m -> with(m, "fullName", "")), error("members[5].fullName", "validation.required"));
    }

    @Test
    void memberGroupExists() {
        assertOnlyError(member(6, m -> with(m, "groupId", "khong-co")),
                error("members[6].groupId", "validation.unknownGroup", "khong-co"));
    }

    @Test
    void memberIdNumberHasNineOrTwelveDigits() {
        assertOnlyError(member(7, m -> with(m, "idNumber", "12-34")), error("members[7].idNumber", "validation.idNumber"));
    }

    @Test
    void memberPhoneLooksLikeOne() {
        assertOnlyError(member(8, m -> with(m, "phone", "gọi sau")), error("members[8].phone", "validation.phone"));
    }

    @Test
    void allowanceCoefficientIsNotNegative() {
        assertOnlyError(member(0, m -> with(m, "allowanceCoefficient", new BigDecimal("-0.5"))),
                error("members[0].allowanceCoefficient", "validation.negative"));
    }

    @Test
    void allowanceCoefficientHasAtMostTwoDecimals() {
        assertOnlyError(member(0, m -> with(m, "allowanceCoefficient", new BigDecimal("0.125"))),
                error("members[0].allowanceCoefficient", "validation.coefficientScale"));
    }

    @Test
    void onlyOneHead() {
        assertThat(VALID.members().get(0).role()).isEqualTo(DelegationRole.HEAD);

        assertOnlyError(member(9, m -> with(m, "role", DelegationRole.HEAD)), error("members[9].role", "validation.secondHead"));
    }

    // Conferences

    @Test
    void conferenceIdIsRequired() {
        Delegation broken = VALID.toBuilder().conferences(plus(VALID.conferences(), with(VALID.conferences().get(0), "id", "")))
                .build();

        assertOnlyError(broken, error("conferences[2].id", "validation.required"));
    }

    @Test
    void conferenceIdIsUnique() {
        Conference copy = VALID.conferences().get(0);
        Delegation broken = VALID.toBuilder().conferences(plus(VALID.conferences(), copy)).build();

        assertOnlyError(broken, error("conferences[2].id", "validation.duplicateId", copy.id()));
    }

    @Test
    void conferenceTitleIsRequired() {
        Delegation broken = VALID.toBuilder().conferences(replaced(VALID.conferences(), 0, c -> with(c, "title", ""))).build();

        assertOnlyError(broken, error("conferences[0].title", "validation.required"));
    }

    @Test
    void conferenceExpectedDelegatesAreNotNegative() {
        Delegation broken = VALID.toBuilder()
                .conferences(replaced(VALID.conferences(), 1, c -> with(c, "expectedDelegates", -1))).build();

        assertOnlyError(broken, error("conferences[1].expectedDelegates", "validation.negative"));
    }

    // Programme

    @Test
    void programmeDaysAreDistinct() {
        LocalDate taken = VALID.programme().get(2).date();
        Delegation broken = VALID.toBuilder().programme(replaced(VALID.programme(), 3, d -> with(d, "date", taken))).build();

        assertOnlyError(broken, error("programme[3].date", "validation.duplicateDay", "16/10/2025"));
    }

    @Test
    void activityConferenceExists() {
        Delegation broken = VALID.toBuilder().programme(replaced(VALID.programme(), 1,
                d -> with(d, "activities", replaced(d.activities(), 0, a -> with(a, "conferenceId", "khong-co"))))).build();

        assertOnlyError(broken, error("programme[1].activities[0].conferenceId", "validation.unknownConference", "khong-co"));
    }

    // Responsibilities

    @Test
    void responsibilityUnitIsRequired() {
        Delegation broken = VALID.toBuilder()
                .responsibilities(replaced(VALID.responsibilities(), 1, r -> with(r, "unit", ""))).build();

        assertOnlyError(broken, error("responsibilities[1].unit", "validation.required"));
    }

    private void assertOnlyError(Delegation broken, ValidationError expected) {
        assertThat(validator.validate(broken)).containsExactly(expected);
    }

    private static ValidationError error(String path, String messageKey, Object... args) {
        return ValidationError.of(path, messageKey, args);
    }

    private static Delegation member(int index, UnaryOperator<Member> change) {
        return VALID.toBuilder().members(replaced(VALID.members(), index, change)).build();
    }

    private static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(list.get(index)));
        return copy;
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    /** A copy of {@code record} with one component changed, through its canonical constructor (so its rules apply). */
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
        }
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            @SuppressWarnings("unchecked")
            R copy = (R) canonical.newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record, e);
        }
    }
}
