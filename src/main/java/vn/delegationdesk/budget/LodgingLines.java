package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;

/**
 * Section III (TT 40 Art. 7): for every stop, its nights times the rooms (invoice) or the people (flat
 * allowance), at the cap of the stop's category; nothing where the host provides the rooms.
 */
final class LodgingLines {
    private static final String FREE_BASIS = "TT 40/2017 Đ7 k1: đơn vị nơi đến bố trí phòng, không thanh toán";

    private LodgingLines() {
    }

    static List<LineDraft> of(Delegation delegation, TripFacts trip, EstimateInputs inputs, RateBook rates) {
        List<LineDraft> lines = new ArrayList<>();
        RoomCount rooms = RoomCount.of(delegation.members());
        int seniors = rooms.seniorSingles();
        for (Leg leg : delegation.legs()) {
            long nights = trip.nights(leg);
            if (nights == 0) {
                continue;
            }
            StopSetting stop = inputs.stop(leg.place());
            String at = " tại " + leg.place();
            String key = "lodging." + leg.place() + ".";
            if (stop.hostProvidesRooms()) {
                lines.add(LineDraft.free(key + "host", "Phòng nghỉ" + at + " (đơn vị nơi đến bố trí)", "phòng",
                        rooms.rooms(), nights, FREE_BASIS));
            } else if (inputs.lodgingMode() == LodgingMode.FLAT) {
                int others = delegation.members().size() - seniors;
                addIfAny(lines, LineDraft.priced(key + "flat", "Khoán tiền thuê phòng nghỉ" + at, "người", others,
                        nights, rates.resolve(flatKey(stop.category()))));
                addIfAny(lines, LineDraft.priced(key + "flatSenior",
                        "Khoán tiền thuê phòng nghỉ" + at + " (lãnh đạo hệ số phụ cấp chức vụ từ 1,25)", "người",
                        seniors, nights, rates.resolve(RateKey.LODGING_FLAT_SENIOR)));
            } else {
                ResolvedRate shared = rates.resolve(sharedKey(stop.category()));
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
                        seniors, nights, rates.resolve(seniorKey(stop.category()))));
            }
        }
        return lines;
    }

    private static void addIfAny(List<LineDraft> lines, LineDraft line) {
        if (line.quantity() > 0) {
            lines.add(line);
        }
    }

    private static RateKey flatKey(StopCategory category) {
        return switch (category) {
            case CITY -> RateKey.LODGING_FLAT_CITY;
            case PROVINCE -> RateKey.LODGING_FLAT_PROVINCE;
            case OTHER -> RateKey.LODGING_FLAT_OTHER;
        };
    }

    private static RateKey sharedKey(StopCategory category) {
        return category == StopCategory.CITY ? RateKey.LODGING_INVOICE_SHARED_CITY : RateKey.LODGING_INVOICE_SHARED_OTHER;
    }

    private static RateKey seniorKey(StopCategory category) {
        return category == StopCategory.CITY ? RateKey.LODGING_INVOICE_SENIOR_CITY : RateKey.LODGING_INVOICE_SENIOR_OTHER;
    }
}
