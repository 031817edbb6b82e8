package vn.delegationdesk.delegation.stay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the group sleeps, night by night, in date order. {@code derived} says whether the nights were worked
 * out from the programme (see {@link StayDerivation}) or are the ones the user set. Pure value: the edits
 * return a new plan, marked as not derived.
 */
public record StayPlan(List<Night> nights, boolean derived) {
    public StayPlan {
        nights = nights.stream().sorted(Comparator.comparing(Night::date)).toList();
    }

    public boolean isEmpty() {
        return nights.isEmpty();
    }

    public Optional<Night> nightOn(LocalDate date) {
        return nights.stream().filter(n -> n.date().equals(date)).findFirst();
    }

    /** The stop the group sleeps at on {@code date} ("tỉnh Lâm Đồng"); empty on the night home or outside the trip. */
    public Optional<String> placeOn(LocalDate date) {
        return nightOn(date).map(Night::place);
    }

    /** The nights spent at the stop named {@code place} (a leg's place), in date order. */
    public List<Night> nightsAt(String place) {
        return nights.stream().filter(n -> n.place().equals(place)).toList();
    }

    /**
     * The nights grouped into stays: consecutive dates at the same stop in the same accommodation make one
     * stay, with check-in on its first night and check-out the morning after its last. A change of hotel, of
     * stop or a missing night starts a new stay.
     */
    public List<Stay> stays() {
        List<Stay> stays = new ArrayList<>();
        Night first = null;
        Night last = null;
        for (Night night : nights) {
            boolean continues = last != null && night.date().equals(last.date().plusDays(1))
                    && night.place().equals(last.place()) && night.accommodation().equals(last.accommodation());
            if (!continues) {
                if (first != null) {
                    stays.add(stay(first, last));
                }
                first = night;
            }
            last = night;
        }
        if (first != null) {
            stays.add(stay(first, last));
        }
        return List.copyOf(stays);
    }

    /** The plan with {@code night} instead of whatever was set for its date (added if there was none). */
    public StayPlan withNight(Night night) {
        List<Night> changed = new ArrayList<>(nights);
        changed.removeIf(n -> n.date().equals(night.date()));
        changed.add(night);
        return new StayPlan(changed, false);
    }

    /** The plan with {@code accommodation} on every night from {@code from} to the night before {@code checkOut}. */
    public StayPlan withAccommodation(LocalDate from, LocalDate checkOut, Accommodation accommodation) {
        List<Night> changed = nights.stream().map(n -> !n.date().isBefore(from) && n.date().isBefore(checkOut)
                ? n.withAccommodation(accommodation) : n).toList();
        return new StayPlan(changed, false);
    }

    private static Stay stay(Night first, Night last) {
        return new Stay(first.place(), first.accommodation(), first.date(), last.date().plusDays(1));
    }
}
