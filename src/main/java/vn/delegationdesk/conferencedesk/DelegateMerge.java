package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge that keeps the registration desk's work when a delegate list opened earlier is saved: {@code base}
 * is the list as the user loaded it, {@code edited} as they save it, {@code stored} as the store holds it now (the desk
 * may have checked people in and added walk-ins meanwhile).
 *
 * <ul>
 *   <li>A delegate of the edited list keeps what the user typed; its attendance (status and check-in time) is the stored
 *       one unless the user changed it in the list. When both changed it, a check-in at the desk wins: the person came.</li>
 *   <li>A delegate added at the desk (or by another list) since the list was loaded is kept, at the end, in the stored
 *       order.</li>
 *   <li>A delegate the user removed is removed, unless the desk checked them in since the list was loaded.</li>
 * </ul>
 */
public final class DelegateMerge {
    private DelegateMerge() {
    }

    /** The list to store. Every delegate of {@code edited} must have an id. */
    public static List<Delegate> merge(List<Delegate> base, List<Delegate> edited, List<Delegate> stored) {
        Map<String, Delegate> before = byId(base);
        Map<String, Delegate> now = byId(stored);
        Set<String> kept = new HashSet<>();
        List<Delegate> merged = new ArrayList<>(Math.max(edited.size(), stored.size()));
        for (Delegate mine : edited) {
            kept.add(mine.id());
            Delegate theirs = now.get(mine.id());
            merged.add(theirs == null ? mine : attendanceOf(mine, before.get(mine.id()), theirs));
        }
        for (Delegate theirs : stored) {
            if (kept.contains(theirs.id())) {
                continue;
            }
            Delegate loaded = before.get(theirs.id());
            if (loaded == null || theirs.attended() && !loaded.attended()) {
                merged.add(theirs);
            }
        }
        return merged;
    }

    private static Delegate attendanceOf(Delegate mine, Delegate loaded, Delegate theirs) {
        boolean userChanged = loaded != null && !sameAttendance(loaded, mine);
        boolean deskChanged = loaded == null || !sameAttendance(loaded, theirs);
        boolean takeMine = userChanged && !(deskChanged && theirs.attended());
        if (takeMine || sameAttendance(mine, theirs)) {
            return mine;
        }
        return new Delegate(mine.id(), mine.conferenceId(), mine.fullName(), mine.title(), mine.body(), mine.group(),
                mine.precedence(), mine.contact(), mine.onPayroll(), theirs.status(), theirs.checkedInAt(), mine.memberId(),
                mine.walkIn());
    }

    private static boolean sameAttendance(Delegate a, Delegate b) {
        return a.status() == b.status() && Objects.equals(a.checkedInAt(), b.checkedInAt());
    }

    private static Map<String, Delegate> byId(List<Delegate> list) {
        Map<String, Delegate> map = new HashMap<>();
        for (Delegate d : list) {
            if (!d.id().isEmpty()) {
                map.put(d.id(), d);
            }
        }
        return map;
    }
}
