package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.MemberFormats;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;

/**
 * The rules every stored delegation obeys, whatever the entry point (editor, package import,
 * command line). Returns every problem with its field path; an empty list means valid.
 */
public final class DelegationValidator {
    private static final Pattern ID_NUMBER = MemberFormats.ID_NUMBER;
    private static final Pattern PHONE = MemberFormats.PHONE;
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public List<ValidationError> validate(Delegation d) {
        List<ValidationError> errors = new ArrayList<>();
        if (d.title().isEmpty()) {
            errors.add(ValidationError.of("title", "validation.required"));
        }
        checkRange("plannedSize", d.plannedSize(), DelegationLimits.MAX_PLANNED_SIZE, errors);
        checkLegalBases(d, errors);
        checkTripDates(d, errors);
        checkLegs(d.legs(), errors);
        Set<String> groupIds = checkGroups(d.groups(), errors);
        checkMembers(d.members(), groupIds, errors);
        Set<String> conferenceIds = checkConferences(d.conferences(), errors);
        checkProgramme(d.programme(), conferenceIds, errors);
        checkResponsibilities(d.responsibilities(), errors);
        checkNights(d, errors);
        DelegationTextChecks.check(d, errors);
        return errors;
    }

    /**
     * A stay plan the user set must cover the trip night by night: every night of the trip once, none outside
     * it, each at one of the legs. A plan that follows the programme (none set) is right by construction.
     */
    private static void checkNights(Delegation d, List<ValidationError> errors) {
        if (d.nights().isEmpty()) {
            return;
        }
        List<LocalDate> tripNights = StayPlans.nightDates(d);
        Set<String> legPlaces = new HashSet<>();
        d.legs().forEach(leg -> legPlaces.add(leg.place()));
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < d.nights().size(); i++) {
            Night night = d.nights().get(i);
            String path = "nights[" + i + "]";
            String date = DATE.format(night.date());
            if (!seen.add(night.date())) {
                errors.add(ValidationError.of(path + ".date", "validation.nightTwice", date));
            } else if (tripNights.isEmpty()) {
                errors.add(ValidationError.of(path + ".date", "validation.nightNoNights", date));
            } else if (!tripNights.contains(night.date())) {
                errors.add(ValidationError.of(path + ".date", "validation.nightOutsideTrip", date,
                        DATE.format(tripNights.get(0)), DATE.format(tripNights.get(tripNights.size() - 1))));
            }
            if (night.place().isEmpty()) {
                errors.add(ValidationError.of(path + ".place", "validation.nightNoPlace", date));
            } else if (!legPlaces.contains(night.place())) {
                errors.add(ValidationError.of(path + ".place", "validation.nightNoLeg", date, night.place()));
            }
        }
        for (LocalDate date : tripNights) {
            if (!seen.contains(date)) {
                errors.add(ValidationError.of("nights", "validation.nightMissing", DATE.format(date)));
            }
        }
    }

    private static void checkLegalBases(Delegation d, List<ValidationError> errors) {
        for (int i = 0; i < d.legalBases().size(); i++) {
            LegalBasis basis = d.legalBases().get(i);
            if (basis.kind().isEmpty()) {
                errors.add(ValidationError.of("legalBases[" + i + "].kind", "validation.required"));
            }
        }
    }

    private static void checkTripDates(Delegation d, List<ValidationError> errors) {
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(ValidationError.of("endDate", "validation.endBeforeStart"));
            return;
        }
        for (int i = 0; i < d.legs().size(); i++) {
            Leg leg = d.legs().get(i);
            if (d.startDate() != null && leg.startDate().isBefore(d.startDate())) {
                errors.add(ValidationError.of("legs[" + i + "].startDate", "validation.legBeforeTrip", leg.place(),
                        DATE.format(d.startDate())));
            }
            if (d.endDate() != null && leg.endDate().isAfter(d.endDate())) {
                errors.add(ValidationError.of("legs[" + i + "].endDate", "validation.legAfterTrip", leg.place(),
                        DATE.format(d.endDate())));
            }
        }
    }

    private static void checkLegs(List<Leg> legs, List<ValidationError> errors) {
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            String path = "legs[" + i + "]";
            if (leg.place().isEmpty()) {
                errors.add(ValidationError.of(path + ".place", "validation.required"));
            }
            if (leg.endDate().isBefore(leg.startDate())) {
                errors.add(ValidationError.of(path + ".endDate", "validation.endBeforeStart"));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> legs.get(i).startDate()));
        for (int k = 1; k < order.size(); k++) {
            Leg previous = legs.get(order.get(k - 1));
            Leg current = legs.get(order.get(k));
            if (!current.startDate().isAfter(previous.endDate())) {
                errors.add(ValidationError.of("legs[" + order.get(k) + "].startDate", "validation.legsOverlap",
                        previous.place()));
            }
        }
    }

    private static Set<String> checkGroups(List<MemberGroup> groups, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            MemberGroup group = groups.get(i);
            String path = "groups[" + i + "]";
            checkId(group.id(), path, ids, errors);
            if (group.name().isEmpty()) {
                errors.add(ValidationError.of(path + ".name", "validation.required"));
            }
            for (int q = 0; q < group.quotas().size(); q++) {
                Quota quota = group.quotas().get(q);
                String quotaPath = path + ".quotas[" + q + "]";
                if (quota.sendingUnit().isEmpty()) {
                    errors.add(ValidationError.of(quotaPath + ".sendingUnit", "validation.required"));
                }
                checkRange(quotaPath + ".seats", quota.seats(), DelegationLimits.MAX_SEATS, errors);
            }
        }
        return ids;
    }

    private static void checkMembers(List<Member> members, Set<String> groupIds, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        int heads = 0;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String path = "members[" + i + "]";
            checkId(member.id(), path, ids, errors);
            if (member.fullName().isEmpty()) {
                errors.add(ValidationError.of(path + ".fullName", "validation.required"));
            }
            if (!member.groupId().isEmpty() && !groupIds.contains(member.groupId())) {
                errors.add(ValidationError.of(path + ".groupId", "validation.unknownGroup", member.groupId()));
            }
            if (!member.idNumber().isEmpty() && !ID_NUMBER.matcher(member.idNumber()).matches()) {
                errors.add(ValidationError.of(path + ".idNumber", "validation.idNumber"));
            }
            if (!member.phone().isEmpty() && !PHONE.matcher(member.phone()).matches()) {
                errors.add(ValidationError.of(path + ".phone", "validation.phone"));
            }
            if (member.allowanceCoefficient() != null && member.allowanceCoefficient().signum() < 0) {
                errors.add(ValidationError.of(path + ".allowanceCoefficient", "validation.negative"));
            } else if (member.allowanceCoefficient() != null
                    && member.allowanceCoefficient().compareTo(DelegationLimits.MAX_COEFFICIENT) > 0) {
                errors.add(ValidationError.of(path + ".allowanceCoefficient", "validation.tooLarge",
                        DelegationLimits.MAX_COEFFICIENT));
            }
            if (member.allowanceCoefficient() != null && member.allowanceCoefficient().scale() > MemberFormats.COEFFICIENT_SCALE) {
                errors.add(ValidationError.of(path + ".allowanceCoefficient", "validation.coefficientScale"));
            }
            if (member.role() == DelegationRole.HEAD && ++heads > 1) {
                errors.add(ValidationError.of(path + ".role", "validation.secondHead"));
            }
        }
    }

    private static Set<String> checkConferences(List<Conference> conferences, List<ValidationError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < conferences.size(); i++) {
            Conference conference = conferences.get(i);
            String path = "conferences[" + i + "]";
            checkId(conference.id(), path, ids, errors);
            if (conference.title().isEmpty()) {
                errors.add(ValidationError.of(path + ".title", "validation.required"));
            }
            checkRange(path + ".expectedDelegates", conference.expectedDelegates(), DelegationLimits.MAX_EXPECTED_DELEGATES,
                    errors);
            for (int a = 0; a < conference.agenda().size(); a++) {
                Integer minutes = conference.agenda().get(a).durationMinutes();
                if (minutes != null) {
                    checkRange(path + ".agenda[" + a + "].durationMinutes", minutes, DelegationLimits.MAX_DURATION_MINUTES,
                            errors);
                }
            }
        }
        return ids;
    }

    private static void checkProgramme(List<ProgrammeDay> days, Set<String> conferenceIds,
            List<ValidationError> errors) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ProgrammeDay day = days.get(i);
            String path = "programme[" + i + "]";
            if (!dates.add(day.date())) {
                errors.add(ValidationError.of(path + ".date", "validation.duplicateDay",
                        day.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            }
            for (int a = 0; a < day.activities().size(); a++) {
                Activity activity = day.activities().get(a);
                String activityPath = path + ".activities[" + a + "]";
                if (activity.conferenceId() != null && !conferenceIds.contains(activity.conferenceId())) {
                    errors.add(ValidationError.of(activityPath + ".conferenceId", "validation.unknownConference",
                            activity.conferenceId()));
                }
                if (activity.startTime() != null && activity.endTime() != null
                        && activity.endTime().isBefore(activity.startTime())) {
                    errors.add(ValidationError.of(activityPath + ".endTime", "validation.endTimeBeforeStart"));
                }
            }
        }
    }

    private static void checkResponsibilities(List<Responsibility> items, List<ValidationError> errors) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).unit().isEmpty()) {
                errors.add(ValidationError.of("responsibilities[" + i + "].unit", "validation.required"));
            }
        }
    }

    /** A whole number stored as INT: not negative, not above the field's stated maximum. */
    private static void checkRange(String path, long value, int max, List<ValidationError> errors) {
        if (value < 0) {
            errors.add(ValidationError.of(path, "validation.negative"));
        } else if (value > max) {
            errors.add(ValidationError.of(path, "validation.tooLarge", max));
        }
    }

    private static void checkId(String id, String path, Set<String> seen, List<ValidationError> errors) {
        if (id.isEmpty()) {
            errors.add(ValidationError.of(path + ".id", "validation.required"));
        } else if (!seen.add(id)) {
            errors.add(ValidationError.of(path + ".id", "validation.duplicateId", id));
        }
    }
}
