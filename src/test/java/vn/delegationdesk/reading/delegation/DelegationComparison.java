package vn.delegationdesk.reading.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;

/**
 * Compares a delegation read from a plan with the one expected (the built-in sample) part by part — legs, planned size,
 * groups, programme, conferences, responsibilities — and says where they first differ, by path ("programme[2]
 * .activities[1].description"), with both values. A known difference (the sample's own wording departing from the plan,
 * listed with its reason by the test) is accepted only at its path and only with exactly those two values.
 */
final class DelegationComparison {
    /** A place where the sample knowingly says something else than the plan: its path and both texts. */
    record Known(String path, Object sample, Object read) {
    }

    private final List<Known> known;
    private final Set<String> groupsComparedBySeats;
    private final List<String> differences = new ArrayList<>();

    /**
     * @param groupsComparedBySeats the ids' positions ("groups[2]") whose units the plan does not name: compared by the
     *     seats of their quotas only
     */
    DelegationComparison(List<Known> known, Set<String> groupsComparedBySeats) {
        this.known = List.copyOf(known);
        this.groupsComparedBySeats = Set.copyOf(groupsComparedBySeats);
    }

    /** Every difference, in order; empty when equal. */
    List<String> differences(Delegation expected, Delegation read) {
        differences.clear();
        same("legs.size", expected.legs().size(), read.legs().size());
        for (int i = 0; i < Math.min(expected.legs().size(), read.legs().size()); i++) {
            Leg e = expected.legs().get(i);
            Leg r = read.legs().get(i);
            String path = "legs[" + i + "]";
            same(path + ".place", e.place(), r.place());
            same(path + ".city", e.city(), r.city());
            same(path + ".startDate", e.startDate(), r.startDate());
            same(path + ".endDate", e.endDate(), r.endDate());
            same(path + ".summary", e.summary(), r.summary());
        }
        same("startDate", expected.startDate(), read.startDate());
        same("endDate", expected.endDate(), read.endDate());
        same("plannedSize", expected.plannedSize(), read.plannedSize());
        groups(expected.groups(), read.groups());
        programme(expected.programme(), read.programme());
        conferences(expected.conferences(), read.conferences());
        same("responsibilities.size", expected.responsibilities().size(), read.responsibilities().size());
        for (int i = 0; i < Math.min(expected.responsibilities().size(), read.responsibilities().size()); i++) {
            Responsibility e = expected.responsibilities().get(i);
            Responsibility r = read.responsibilities().get(i);
            String path = "responsibilities[" + i + "]";
            same(path + ".unit", e.unit(), r.unit());
            same(path + ".role", e.role(), r.role());
            list(path + ".duties", e.duties(), r.duties());
        }
        return List.copyOf(differences);
    }

    /** The first difference in words, or "" when none. */
    String first(Delegation expected, Delegation read) {
        List<String> all = differences(expected, read);
        return all.isEmpty() ? "" : all.get(0) + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "");
    }

    private void groups(List<MemberGroup> expected, List<MemberGroup> read) {
        same("groups.size", expected.size(), read.size());
        for (int i = 0; i < Math.min(expected.size(), read.size()); i++) {
            MemberGroup e = expected.get(i);
            MemberGroup r = read.get(i);
            String path = "groups[" + i + "]";
            same(path + ".name", e.name(), r.name());
            same(path + ".plannedSeats", e.plannedSeats(), r.plannedSeats());
            if (groupsComparedBySeats.contains(path)) {
                same(path + ".quotas.seats", e.quotas().stream().mapToInt(Quota::seats).sum(),
                        r.quotas().stream().mapToInt(Quota::seats).sum());
            } else {
                list(path + ".quotas", e.quotas(), r.quotas());
            }
        }
    }

    private void programme(List<ProgrammeDay> expected, List<ProgrammeDay> read) {
        same("programme.size", expected.size(), read.size());
        for (int d = 0; d < Math.min(expected.size(), read.size()); d++) {
            ProgrammeDay e = expected.get(d);
            ProgrammeDay r = read.get(d);
            String path = "programme[" + d + "]";
            same(path + ".date", e.date(), r.date());
            same(path + ".activities.size", e.activities().size(), r.activities().size());
            for (int a = 0; a < Math.min(e.activities().size(), r.activities().size()); a++) {
                Activity ea = e.activities().get(a);
                Activity ra = r.activities().get(a);
                String at = path + ".activities[" + a + "]";
                same(at + ".halfDay", ea.halfDay(), ra.halfDay());
                same(at + ".kind", ea.kind(), ra.kind());
                same(at + ".conferenceId", ea.conferenceId(), ra.conferenceId());
                same(at + ".description", ea.description(), ra.description());
                same(at + ".place", ea.place(), ra.place());
                same(at + ".host", ea.host(), ra.host());
                same(at + ".transport", ea.transport(), ra.transport());
            }
        }
    }

    private void conferences(List<Conference> expected, List<Conference> read) {
        same("conferences.size", expected.size(), read.size());
        for (int i = 0; i < Math.min(expected.size(), read.size()); i++) {
            Conference e = expected.get(i);
            Conference r = read.get(i);
            String path = "conferences[" + i + "]";
            same(path + ".id", e.id(), r.id());
            same(path + ".title", e.title(), r.title());
            same(path + ".date", e.date(), r.date());
            same(path + ".halfDay", e.halfDay(), r.halfDay());
            same(path + ".venue", e.venue(), r.venue());
            same(path + ".venueStandard", e.venueStandard(), r.venueStandard());
            same(path + ".expectedDelegates", e.expectedDelegates(), r.expectedDelegates());
            same(path + ".coOrganiser", e.coOrganiser(), r.coOrganiser());
            same(path + ".agenda.size", e.agenda().size(), r.agenda().size());
            for (int a = 0; a < Math.min(e.agenda().size(), r.agenda().size()); a++) {
                AgendaItem ea = e.agenda().get(a);
                AgendaItem ra = r.agenda().get(a);
                same(path + ".agenda[" + a + "].content", ea.content(), ra.content());
                same(path + ".agenda[" + a + "].presenter", ea.presenter(), ra.presenter());
            }
        }
    }

    private void list(String path, List<?> expected, List<?> read) {
        same(path + ".size", expected.size(), read.size());
        for (int i = 0; i < Math.min(expected.size(), read.size()); i++) {
            same(path + "[" + i + "]", expected.get(i), read.get(i));
        }
    }

    private void same(String path, Object expected, Object read) {
        if (Objects.equals(expected, read) || known.contains(new Known(path, expected, read))) {
            return;
        }
        differences.add(path + ": the sample has «" + expected + "» but the plan was read as «" + read + "»"
                + firstCharacterApart(expected, read));
    }

    /** Where two texts part, for long texts that differ by a word. */
    private static String firstCharacterApart(Object expected, Object read) {
        if (!(expected instanceof String e) || !(read instanceof String r)) {
            return "";
        }
        int i = 0;
        while (i < e.length() && i < r.length() && e.charAt(i) == r.charAt(i)) {
            i++;
        }
        return " — first apart at character " + i + ": sample «…" + e.substring(i, Math.min(e.length(), i + 30))
                + "» / read «…" + r.substring(i, Math.min(r.length(), i + 30)) + "»";
    }
}
