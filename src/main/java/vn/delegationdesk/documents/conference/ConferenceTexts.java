package vn.delegationdesk.documents.conference;

import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/** The conference's time as the printed documents say it: "buổi chiều, Thứ Ba, ngày 14/10/2025". */
final class ConferenceTexts {
    private ConferenceTexts() {
    }

    static String when(Conference conference) {
        return session(conference.halfDay()) + ", " + VietnameseDates.weekday(conference.date().getDayOfWeek()) + ", ngày "
                + VietnameseDates.format(conference.date());
    }

    private static String session(HalfDay halfDay) {
        return switch (halfDay) {
            case MORNING -> "Buổi sáng";
            case AFTERNOON -> "Buổi chiều";
            case EVENING -> "Buổi tối";
            case ALL_DAY -> "Cả ngày";
        };
    }
}
