package vn.delegationdesk.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateBook;
import vn.delegationdesk.budget.ResolvedRate;
import vn.delegationdesk.budget.StopSetting;

/**
 * The actual lines against the rules. A ticket is paid in full up to the class its traveller is entitled to
 * ({@link FlightClass#suggestedFor}); above it, at most the entitled class's fare. A member's vehicle receipt is paid
 * as it is. A room invoice (invoice mode only) is paid up to its cap times its nights: a room for two and the odd
 * member's single room at the shared-room rate, a leader's room of one's own at the leaders' rate, as the estimate
 * counts them; nothing where the host gives the rooms. Whatever is above a cap is a {@link Disallowance} naming the
 * rule; what is allowed is shared among the room's occupants (the first takes the odd đồng). Nothing is paid for a
 * member who did not travel or is no longer in the plan. A cost answering a conference's refreshment or meal-support
 * line is paid up to what the desk's attendance allows ({@link AttendanceCaps}), the lines answering the same estimate
 * line together; without check-ins it is paid as it is.
 */
final class LineRules {
    private final EstimateInputs inputs;
    private final RateBook rates;
    private final Map<String, MemberTally> tallies;
    private final Set<SettlementWarning> warnings;
    private final AttendanceCaps caps;
    private final Map<String, Long> capUsed = new HashMap<>();
    private final List<Disallowance> disallowances = new ArrayList<>();
    private long directCosts;

    LineRules(EstimateInputs inputs, RateBook rates, Map<String, MemberTally> tallies, Set<SettlementWarning> warnings,
            AttendanceCaps caps) {
        this.caps = caps;
        this.inputs = inputs;
        this.rates = rates;
        this.tallies = tallies;
        this.warnings = warnings;
    }

    List<Disallowance> disallowances() {
        return disallowances;
    }

    long directCosts() {
        return directCosts;
    }

    void apply(int index, ActualLine line) {
        switch (line.kind()) {
            case TICKET -> ticket(index, line);
            case VEHICLE -> vehicle(index, line);
            case ROOM -> room(index, line);
            default -> directCosts = Math.addExact(directCosts, direct(index, line));
        }
    }

    /** A cost the unit pays: as it is, or up to the attendance's cap for a conference's refreshments or meals. */
    private long direct(int index, ActualLine line) {
        Optional<AttendanceCap> cap = line.free() ? Optional.empty() : caps.of(line.estimateKey());
        Optional<Long> limit = cap.flatMap(AttendanceCap::limit);
        if (limit.isEmpty()) {
            return line.cost();
        }
        long used = capUsed.getOrDefault(line.estimateKey(), 0L);
        long allowed = Math.max(0, Math.min(line.cost(), limit.get() - used));
        capUsed.put(line.estimateKey(), Math.addExact(used, allowed));
        if (allowed < line.cost()) {
            AttendanceCap c = cap.get();
            disallow(index, line, allowed, c.meals() ? "settlement.disallowed.mealsAboveAttendance"
                    : "settlement.disallowed.refreshmentAboveAttendance", c.people(), c.unitPrice(), c.times(), limit.get(),
                    line.cost() - allowed);
        }
        return allowed;
    }

    private void ticket(int index, ActualLine line) {
        if (notPayable(index, line, members(line))) {
            return;
        }
        MemberTally tally = tallies.get(line.memberIds().get(0));
        FlightClass entitled = FlightClass.suggestedFor(tally.member.allowanceCoefficient());
        long allowed = line.cost();
        if (line.flightClass().ordinal() > entitled.ordinal()) {
            if (line.entitledFare() == null) {
                allowed = 0;
                disallow(index, line, allowed, "settlement.disallowed.ticketClassNoFare", line.flightClass().label(),
                        entitled.label(), line.cost());
            } else {
                allowed = Math.min(line.cost(), line.entitledFare());
                if (allowed < line.cost()) {
                    disallow(index, line, allowed, "settlement.disallowed.ticketClass", line.flightClass().label(),
                            entitled.label(), line.entitledFare(), line.cost() - allowed);
                }
            }
        }
        tally.tickets = Math.addExact(tally.tickets, allowed);
    }

    private void vehicle(int index, ActualLine line) {
        if (!notPayable(index, line, members(line))) {
            MemberTally tally = tallies.get(line.memberIds().get(0));
            tally.vehicles = Math.addExact(tally.vehicles, line.cost());
        }
    }

    private void room(int index, ActualLine line) {
        List<MemberTally> occupants = members(line);
        if (inputs.lodgingMode() == LodgingMode.FLAT) {
            disallow(index, line, 0, "settlement.disallowed.roomUnderFlat", line.cost());
            return;
        }
        if (notPayable(index, line, occupants)) {
            return;
        }
        List<MemberTally> travelled = occupants.stream().filter(MemberTally::travelled).toList();
        StopSetting stop = inputs.stop(line.stop());
        if (stop.hostProvidesRooms()) {
            disallow(index, line, 0, "settlement.disallowed.hostRoom", line.stop(), line.cost());
            return;
        }
        boolean ownRoom = travelled.size() == 1 && travelled.get(0).senior();
        ResolvedRate cap = rates.resolve(ownRoom ? stop.category().seniorRoomKey() : stop.category().sharedRoomKey());
        long allowed = line.cost();
        if (!cap.known()) {
            warnings.add(SettlementWarning.of("settlement.warning.noRoomCap", line.stop(), rates.describe()));
        } else {
            long limit = Math.multiplyExact(cap.amount(), (long) line.nights());
            if (line.cost() > limit) {
                allowed = limit;
                String rule = ownRoom ? "settlement.disallowed.seniorRoomAboveCap" : "settlement.disallowed.roomAboveCap";
                disallow(index, line, allowed, rule, line.cost(), line.nights(), cap.amount(), cap.basis(),
                        line.cost() - allowed);
            }
        }
        long share = allowed / travelled.size();
        long odd = allowed - share * travelled.size();
        for (int i = 0; i < travelled.size(); i++) {
            MemberTally tally = travelled.get(i);
            tally.lodging = Math.addExact(tally.lodging, i == 0 ? share + odd : share);
        }
    }

    private List<MemberTally> members(ActualLine line) {
        return line.memberIds().stream().map(tallies::get).toList();
    }

    /**
     * Refuses the whole line when none of its members may be paid (withdrew, replaced, no longer in the plan) and says
     * so; a room some of whose occupants travelled is paid to those who did.
     */
    private boolean notPayable(int index, ActualLine line, List<MemberTally> members) {
        if (members.stream().anyMatch(MemberTally::travelled)) {
            return false;
        }
        if (members.isEmpty()) {
            disallow(index, line, 0, "settlement.disallowed.noMember", line.cost());
            return true;
        }
        MemberTally first = members.get(0);
        if (first.member == null) {
            disallow(index, line, 0, "settlement.disallowed.notInDelegation", first.memberId, line.cost());
        } else {
            disallow(index, line, 0, "settlement.disallowed.notTravelled", first.member.fullName(), line.cost());
        }
        return true;
    }

    private void disallow(int index, ActualLine line, long allowed, String ruleKey, Object... args) {
        Disallowance d = new Disallowance(index, line.content(), line.memberIds(), line.cost(), allowed, ruleKey,
                List.of(args));
        disallowances.add(d);
        long amount = d.amount();
        List<String> ids = line.memberIds();
        for (int i = 0; i < ids.size(); i++) {
            MemberTally tally = tallies.get(ids.get(i));
            long share = amount / ids.size() + (i == 0 ? amount % ids.size() : 0);
            tally.disallowed = Math.addExact(tally.disallowed, share);
        }
    }
}
