package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateBook;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSelection;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.ResolvedRate;
import vn.delegationdesk.budget.StopSetting;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.stay.Night;

/**
 * Settles a delegation by the rules of TT 40/2017 as amended by TT 12/2025, member by member, with the rates the
 * estimate uses ({@link RateSelection#choose}: the set in force on the trip's start date unless the worksheet chose
 * one). Per diem: the days certified on the travel order, both ends included, times the rate. Lodging by flat
 * allowance: each certified night (a certified day followed by another) at the flat rate of the stop where the stay
 * plan puts it, or the leaders' rate; nothing where the host gives the rooms. Lodging by invoice, tickets and vehicles:
 * the actual lines, by {@link LineRules}. Then the advance: what is left to return or still to receive.
 *
 * <p>Pure and fast; every sum is exact ({@link Math#addExact}). Run {@link SettlementValidator} first: the calculator
 * throws {@link ArithmeticException} on amounts no validated settlement reaches.
 */
public final class SettlementCalculator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SettlementCalculator() {
    }

    public static SettlementSheet compute(Delegation delegation, Settlement settlement, EstimateInputs inputs,
            List<RateSet> rateSets) {
        return compute(delegation, settlement, inputs, rateSets, AttendanceCaps.NONE);
    }

    /** As {@link #compute(Delegation, Settlement, EstimateInputs, List)}, with conference lines capped by attendance. */
    public static SettlementSheet compute(Delegation delegation, Settlement settlement, EstimateInputs inputs,
            List<RateSet> rateSets, AttendanceCaps caps) {
        LocalDate start = delegation.firstDate().orElse(null);
        LocalDate end = delegation.lastDate().orElse(null);
        RateBook rates = RateSelection.choose(rateSets, start, inputs);
        Set<SettlementWarning> warnings = new LinkedHashSet<>();
        if (start == null || end == null) {
            warnings.add(SettlementWarning.of("settlement.warning.noDates"));
        } else if (rates.national() == null) {
            warnings.add(SettlementWarning.of("settlement.warning.noRateSet", DAY.format(start)));
        }
        Map<String, MemberTally> tallies = tallies(delegation, settlement);
        Days days = new Days(delegation, inputs, rates, start, end, warnings);
        for (MemberTally tally : tallies.values()) {
            if (tally.travelled()) {
                days.settle(tally);
            }
        }
        long delegationAdvances = 0;
        for (Advance advance : settlement.advances()) {
            if (advance.toMember()) {
                MemberTally tally = tallies.get(advance.memberId());
                tally.advanced = Math.addExact(tally.advanced, advance.amount());
            } else {
                delegationAdvances = Math.addExact(delegationAdvances, advance.amount());
            }
        }
        LineRules lines = new LineRules(inputs, rates, tallies, warnings, caps);
        for (int i = 0; i < settlement.lines().size(); i++) {
            lines.apply(i, settlement.lines().get(i));
        }
        List<MemberSettlement> rows = new ArrayList<>(tallies.size());
        for (MemberTally tally : tallies.values()) {
            rows.add(tally.row());
            if (tally.member == null) {
                warnings.add(SettlementWarning.of("settlement.warning.memberGone", tally.memberId, tally.advanced));
            }
        }
        return new SettlementSheet(rates, rows, lines.disallowances(), lines.directCosts(), delegationAdvances,
                days.flatLodging, new ArrayList<>(warnings));
    }

    /**
     * A tally per member of the plan, in its order, then one for every other id the settlement names (an advance, an
     * outcome, a line), so that nobody paid an advance disappears from the sheet.
     */
    private static Map<String, MemberTally> tallies(Delegation delegation, Settlement settlement) {
        Map<String, MemberTally> tallies = new LinkedHashMap<>();
        for (Member member : delegation.members()) {
            tallies.putIfAbsent(member.id(), new MemberTally(member.id(), member));
        }
        for (MemberOutcome outcome : settlement.outcomes()) {
            MemberTally tally = tallies.computeIfAbsent(outcome.memberId(), id -> new MemberTally(id, null));
            if (tally.outcome == null) {
                tally.outcome = outcome;
            }
        }
        for (Advance advance : settlement.advances()) {
            if (advance.toMember()) {
                tallies.computeIfAbsent(advance.memberId(), id -> new MemberTally(id, null));
            }
        }
        for (ActualLine line : settlement.lines()) {
            for (String id : line.memberIds()) {
                tallies.computeIfAbsent(id, key -> new MemberTally(key, null));
            }
        }
        return tallies;
    }

    /** Per diem and flat lodging from the certified days. */
    private static final class Days {
        private final Map<LocalDate, Night> nights = new HashMap<>();
        private final Map<String, Long> flatLodging = new HashMap<>();
        private final EstimateInputs inputs;
        private final RateBook rates;
        private final Map<RateKey, ResolvedRate> resolved = new EnumMap<>(RateKey.class);
        private final LocalDate start;
        private final LocalDate end;
        private final Set<SettlementWarning> warnings;

        Days(Delegation delegation, EstimateInputs inputs, RateBook rates, LocalDate start, LocalDate end,
                Set<SettlementWarning> warnings) {
            StayPlans.of(delegation).nights().forEach(n -> nights.put(n.date(), n));
            this.inputs = inputs;
            this.rates = rates;
            this.start = start;
            this.end = end;
            this.warnings = warnings;
        }

        void settle(MemberTally tally) {
            List<CertifiedStay> stays = tally.outcome == null ? List.of() : tally.outcome.stays();
            if (stays.isEmpty()) {
                warnings.add(SettlementWarning.of("settlement.warning.noStays", tally.member.fullName()));
                return;
            }
            TreeSet<LocalDate> certified = certifiedDates(stays);
            tally.days = certified.size();
            ResolvedRate perDiem = rate(RateKey.PER_DIEM);
            if (perDiem.known()) {
                tally.perDiem = Math.multiplyExact(tally.days, perDiem.amount());
            } else if (tally.days > 0) {
                warnings.add(SettlementWarning.of("settlement.warning.noPerDiemRate", rates.describe()));
            }
            for (LocalDate day : certified) {
                if (certified.contains(day.plusDays(1))) {
                    tally.nights++;
                    if (inputs.lodgingMode() == LodgingMode.FLAT) {
                        tally.lodging = Math.addExact(tally.lodging, flatNight(tally, day, stays));
                    }
                }
            }
        }

        /** Every day of the stays, inside the trip's dates when it has them (the validator refuses the others). */
        private TreeSet<LocalDate> certifiedDates(List<CertifiedStay> stays) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (CertifiedStay stay : stays) {
                LocalDate from = start != null && stay.from().isBefore(start) ? start : stay.from();
                LocalDate to = end != null && stay.to().isAfter(end) ? end : stay.to();
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    dates.add(day);
                }
            }
            return dates;
        }

        private long flatNight(MemberTally tally, LocalDate day, List<CertifiedStay> stays) {
            Night night = nights.get(day);
            String place = night != null ? night.place() : placeOf(day, stays);
            StopSetting stop = inputs.stop(place);
            if (stop.hostProvidesRooms() || night != null && night.accommodation().hostProvides()) {
                return 0;
            }
            ResolvedRate rate = rate(tally.senior() ? RateKey.LODGING_FLAT_SENIOR : stop.category().flatLodgingKey());
            if (!rate.known()) {
                warnings.add(SettlementWarning.of("settlement.warning.noFlatRate", place, rates.describe()));
                return 0;
            }
            // The estimate's key for the line this night answers (budget.LodgingLines).
            flatLodging.merge("lodging." + place + (tally.senior() ? ".flatSenior" : ".flat"), rate.amount(), Math::addExact);
            return rate.amount();
        }

        private static String placeOf(LocalDate day, List<CertifiedStay> stays) {
            return stays.stream().filter(s -> !day.isBefore(s.from()) && !day.isAfter(s.to())).map(CertifiedStay::place)
                    .findFirst().orElse("");
        }

        private ResolvedRate rate(RateKey key) {
            return resolved.computeIfAbsent(key, rates::resolve);
        }
    }
}
