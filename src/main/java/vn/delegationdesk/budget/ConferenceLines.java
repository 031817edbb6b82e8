package vn.delegationdesk.budget;

import java.util.List;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;

/**
 * One conference's section (TT 40 Art. 11–12): hall, equipment, decoration and documents from
 * quotations; refreshments per delegate per half-day; meal support for delegates not on a state payroll
 * at the rate of the conference's place (how many is the user's figure); presentation fees.
 */
final class ConferenceLines {
    private static final String QUOTATION = "TT 40/2017 Đ11; theo báo giá";

    private ConferenceLines() {
    }

    static List<LineDraft> of(Conference conference, List<Leg> legs, EstimateInputs inputs, RateBook rates) {
        long sessions = conference.halfDay() == HalfDay.ALL_DAY ? 2 : 1;
        long delegates = conference.expectedDelegates();
        String key = "conference." + conference.id() + ".";
        StopCategory category = TripFacts.legOn(legs, conference.date())
                .map(leg -> inputs.stop(leg.place()).category()).orElse(StopCategory.PROVINCE);
        RateKey meal = category == StopCategory.CITY ? RateKey.CONFERENCE_MEAL_CITY : RateKey.CONFERENCE_MEAL_PROVINCE;
        return List.of(
                LineDraft.quoted(key + "hall", "Thuê hội trường", "buổi", 1, sessions, QUOTATION),
                LineDraft.quoted(key + "equipment", "Thuê âm thanh, ánh sáng, máy chiếu", "buổi", 1, sessions, QUOTATION),
                LineDraft.quoted(key + "decoration", "Ma két, phông nền, trang trí hội trường", "bộ", 1, 1, QUOTATION).asOptional(),
                LineDraft.quoted(key + "documents", "Tài liệu, văn phòng phẩm", "bộ", delegates, 1, QUOTATION),
                LineDraft.priced(key + "refreshment", "Nước uống, giải khát giữa giờ", "người", delegates, sessions,
                        rates.resolve(RateKey.CONFERENCE_REFRESHMENT)),
                LineDraft.priced(key + "meals", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ ngân sách nhà nước",
                        "người", 0, 1, rates.resolve(meal)),
                LineDraft.priced(key + "presentations", "Bồi dưỡng báo cáo tham luận", "bài", 0, 1,
                        rates.resolve(RateKey.CONFERENCE_PRESENTATION)));
    }
}
