package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.Night;

/**
 * Section III (TT 40 Art. 7): for every stop, its nights times the rooms (invoice) or the people (flat
 * allowance), at the cap of the stop's category; nothing where the host provides the rooms. A stop's nights
 * are the stay plan's nights at it ({@link vn.delegationdesk.delegation.StayPlans}): where the group sleeps, not
 * the leg's dates. The host provides the rooms on a night when the worksheet says so for the whole stop or the
 * stay plan says so for that night.
 */
final class LodgingLines {
    private static final String FREE_BASIS = "TT 40/2017 Đ7 k1: đơn vị nơi đến bố trí phòng, không thanh toán";

    private LodgingLines() {
    }

    static List<LineDraft> of(Delegation delegation, TripFacts trip, EstimateInputs inputs, RateBook rates) {
        List<LineDraft> lines = new ArrayList<>();
        RoomCount rooms = RoomCount.of(delegation.members());
        Set<String> stops = new HashSet<>();
        for (Leg leg : delegation.legs()) {
            // A stop visited twice has one set of lines (they share the stop's key): its nights are counted once.
            if (!stops.add(leg.place())) {
                continue;
            }
            List<Night> nights = trip.stayPlan().nightsAt(leg.place());
            StopSetting stop = inputs.stop(leg.place());
            // The worksheet's choice covers every night at the stop; a stay the host provides adds its own nights.
            long hostNights = stop.hostProvidesRooms() ? nights.size()
                    : nights.stream().filter(n -> n.accommodation().hostProvides()).count();
            long paidNights = nights.size() - hostNights;
            String at = " tại " + leg.place();
            String key = "lodging." + leg.place() + ".";
            if (hostNights > 0) {
                lines.add(LineDraft.free(key + "host", "Phòng nghỉ" + at + " (đơn vị nơi đến bố trí)", "phòng",
                        rooms.rooms(), hostNights, FREE_BASIS));
            }
            if (paidNights > 0) {
                paid(lines, delegation.members().size(), rooms, inputs.lodgingMode(), stop.category(), rates, at, key,
                        paidNights);
            }
        }
        return lines;
    }

    private static void paid(List<LineDraft> lines, int people, RoomCount rooms, LodgingMode mode, StopCategory category,
            RateBook rates, String at, String key, long nights) {
        int seniors = rooms.seniorSingles();
        if (mode == LodgingMode.FLAT) {
            addIfAny(lines, LineDraft.priced(key + "flat", "Khoán tiền thuê phòng nghỉ" + at, "người", people - seniors,
                    nights, rates.resolve(category.flatLodgingKey())));
            addIfAny(lines, LineDraft.priced(key + "flatSenior",
                    "Khoán tiền thuê phòng nghỉ" + at + " (lãnh đạo hệ số phụ cấp chức vụ từ 1,25)", "người",
                    seniors, nights, rates.resolve(RateKey.LODGING_FLAT_SENIOR)));
            return;
        }
        ResolvedRate shared = rates.resolve(category.sharedRoomKey());
        addIfAny(lines, LineDraft.priced(key + "shared", "Phòng nghỉ tiêu chuẩn 2 người/phòng" + at, "phòng",
                rooms.sharedRooms(), nights, shared));
        addIfAny(lines, LineDraft.priced(key + "odd",
                "Phòng riêng cho người lẻ hoặc khác giới" + at + " (tối đa bằng giá phòng 2 người)", "phòng",
                rooms.oddSingles(), nights, shared));
        addIfAny(lines, LineDraft.priced(key + "unpaired",
                "Phòng riêng tạm tính cho thành viên chưa có giới tính" + at, "phòng",
                rooms.unpairedSingles(), nights, shared));
        addIfAny(lines, LineDraft.priced(key + "senior",
                "Phòng 1 người theo tiêu chuẩn (hệ số phụ cấp chức vụ từ 1,25)" + at, "phòng",
                seniors, nights, rates.resolve(category.seniorRoomKey())));
    }

    private static void addIfAny(List<LineDraft> lines, LineDraft line) {
        if (line.quantity() > 0) {
            lines.add(line);
        }
    }
}
