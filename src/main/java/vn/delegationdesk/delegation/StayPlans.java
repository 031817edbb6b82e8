package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.StayDerivation;
import vn.delegationdesk.delegation.stay.StayPlan;

/**
 * Which stay plan a delegation has: the nights the user set ({@link Delegation#nights()}), or, while the user
 * has set none, the nights its programme gives ({@link StayDerivation}), which then follow every change of the
 * legs, the programme or the dates. The estimate, the documents and the stay editor all ask here.
 */
public final class StayPlans {
    private StayPlans() {
    }

    /** The plan in force: the user's nights when set, else the programme's. */
    public static StayPlan of(Delegation d) {
        return isEdited(d) ? new StayPlan(d.nights(), false) : derived(d);
    }

    /** What the programme gives, whatever the user set: the editor's "theo chương trình" values. */
    public static StayPlan derived(Delegation d) {
        return new StayPlan(StayDerivation.nights(d.firstDate().orElse(null), d.lastDate().orElse(null), d.legs(),
                d.programme()), true);
    }

    public static boolean isEdited(Delegation d) {
        return !d.nights().isEmpty();
    }

    /** The dates of the trip's nights: its first day to the day before its last. */
    public static List<LocalDate> nightDates(Delegation d) {
        return StayDerivation.nightDates(d.firstDate().orElse(null), d.lastDate().orElse(null));
    }

    /**
     * The delegation holding {@code plan} as the user's. A plan that says exactly what the programme says is
     * not stored, so the nights keep following the programme until they really differ from it.
     */
    public static Delegation edited(Delegation d, StayPlan plan) {
        boolean sameAsProgramme = plan.nights().equals(derived(d).nights());
        return d.toBuilder().nights(sameAsProgramme ? List.of() : plan.nights()).build();
    }

    /** The delegation with its nights following the programme again ("Lấy lại theo chương trình"). */
    public static Delegation followingProgramme(Delegation d) {
        return d.toBuilder().nights(List.of()).build();
    }

    /**
     * The delegation with the user's nights fitted to the trip after its dates or legs changed: one night for
     * each night of the trip, the user's own where it still names a leg, the programme's for the others; nights
     * outside the trip are dropped. A delegation whose nights follow the programme is returned as it is.
     */
    public static Delegation fitted(Delegation d) {
        if (!isEdited(d)) {
            return d;
        }
        StayPlan own = new StayPlan(d.nights(), false);
        StayPlan programme = derived(d);
        List<Night> nights = new ArrayList<>();
        for (LocalDate date : nightDates(d)) {
            Optional<Night> kept = own.nightOn(date).filter(n -> legAt(d, n.place()).isPresent());
            kept.or(() -> programme.nightOn(date)).ifPresent(nights::add);
        }
        return edited(d, new StayPlan(nights, false));
    }

    /** The leg a night's place names: the first leg with exactly that place. */
    public static Optional<Leg> legAt(Delegation d, String place) {
        return d.legs().stream().filter(l -> !l.place().isEmpty() && l.place().equals(place)).findFirst();
    }
}
