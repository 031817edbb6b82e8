package vn.delegationdesk.delegation.conference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.delegation.programme.Slot;

/**
 * Keeps conferences and the programme in step: each conference has one {@link ActivityKind#CONFERENCE}
 * activity in the programme, linked by {@code conferenceId}, in the conference's own date and session.
 */
public final class ConferenceSchedule {
    /** New conference ids: "hoi-nghi-1", "hoi-nghi-2", … */
    public static final String ID_PREFIX = "hoi-nghi-";

    private ConferenceSchedule() {
    }

    public static Slot slotOf(Conference conference) {
        return new Slot(conference.date(), conference.halfDay());
    }

    /** "hoi-nghi-N" with the smallest N above the number of conferences that no conference uses yet. */
    public static String nextId(List<Conference> conferences) {
        Set<String> used = new HashSet<>();
        conferences.forEach(c -> used.add(c.id()));
        int n = conferences.size() + 1;
        while (used.contains(ID_PREFIX + n)) {
            n++;
        }
        return ID_PREFIX + n;
    }

    /**
     * The programme with {@code conference}'s activity in the conference's slot: a linked activity elsewhere is
     * moved there (appended to the session, nothing else about it changes); a conference without one gets a new
     * CONFERENCE activity, its text left empty so that the programme shows the conference title, at the venue.
     */
    public static List<ProgrammeDay> place(List<ProgrammeDay> days, Conference conference) {
        Slot slot = slotOf(conference);
        Optional<ActivityRef> linked = ProgrammeEdits.findConference(days, conference.id());
        if (linked.isEmpty()) {
            Activity activity = new Activity(slot.halfDay(), ActivityKind.CONFERENCE, "", conference.venue(),
                    conference.coOrganiser(), null, conference.id(), "");
            return ProgrammeEdits.add(days, slot.date(), activity);
        }
        if (linked.get().slot().equals(slot)) {
            return List.copyOf(days);
        }
        return ProgrammeEdits.moveTo(days, linked.get(), slot);
    }

    /**
     * The programme after a conference's venue or co-organiser changed: its linked activity's place and host
     * follow when they still were the conference's old ones (copied at creation); a place or host the user
     * wrote differently in the programme is kept.
     */
    public static List<ProgrammeDay> followDetails(List<ProgrammeDay> days, Conference before, Conference after) {
        Optional<ActivityRef> linked = ProgrammeEdits.findConference(days, after.id());
        if (linked.isEmpty()) {
            return List.copyOf(days);
        }
        Activity a = ProgrammeEdits.find(days, linked.get()).orElseThrow();
        String place = a.place().equals(before.venue()) ? after.venue() : a.place();
        String host = a.host().equals(before.coOrganiser()) ? after.coOrganiser() : a.host();
        if (place.equals(a.place()) && host.equals(a.host())) {
            return List.copyOf(days);
        }
        return ProgrammeEdits.replace(days, linked.get(), new Activity(a.halfDay(), a.kind(), a.description(), place, host,
                a.transport(), a.conferenceId(), a.notes(), a.startTime(), a.endTime()));
    }

    /** The programme without any activity linked to {@code conferenceId} (days left empty are dropped). */
    public static List<ProgrammeDay> unlink(List<ProgrammeDay> days, String conferenceId) {
        List<ProgrammeDay> result = new ArrayList<>(days);
        Optional<ActivityRef> linked = ProgrammeEdits.findConference(result, conferenceId);
        while (linked.isPresent()) {
            result = new ArrayList<>(ProgrammeEdits.remove(result, linked.get()));
            linked = ProgrammeEdits.findConference(result, conferenceId);
        }
        return List.copyOf(result);
    }

    /** The conference list with conference {@code id} (if any) held in {@code slot}; the others unchanged. */
    public static List<Conference> reschedule(List<Conference> conferences, String id, Slot slot) {
        return conferences.stream().map(c -> c.id().equals(id) ? at(c, slot) : c).toList();
    }

    /** The same conference in another slot. */
    public static Conference at(Conference c, Slot slot) {
        return new Conference(c.id(), c.title(), slot.date(), slot.halfDay(), c.venue(), c.venueStandard(),
                c.expectedDelegates(), c.coOrganiser(), c.agenda());
    }
}
