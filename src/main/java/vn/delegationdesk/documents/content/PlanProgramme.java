package vn.delegationdesk.documents.content;

import static vn.delegationdesk.documents.content.DelegationWording.lowerFirst;
import static vn.delegationdesk.documents.content.DelegationWording.sentence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * "2. Chương trình" of the plan: per leg "a) Tại tỉnh Đắk Lắk: …", then each day ("* Ngày 14/10/2025
 * (Thứ Ba):") with its sessions ("- Buổi sáng: …"); a conference session lists its size, venue and agenda
 * as "+ …" lines. A day wholly taken by one activity is written on the day's line, as the seed does.
 */
final class PlanProgramme {
    private static final String LETTERS = "abcdefghiklmnopqrstuvxy";

    private final Delegation delegation;
    private final List<Block> blocks = new ArrayList<>();

    private PlanProgramme(Delegation delegation) {
        this.delegation = delegation;
    }

    static List<Block> of(Delegation delegation) {
        PlanProgramme programme = new PlanProgramme(delegation);
        programme.write();
        return programme.blocks;
    }

    private void write() {
        if (delegation.legs().isEmpty()) {
            delegation.programme().forEach(this::day);
            return;
        }
        List<List<ProgrammeDay>> byLeg = daysByLeg();
        for (int index = 0; index < byLeg.size(); index++) {
            Leg leg = delegation.legs().get(index);
            String letter = index < LETTERS.length() ? LETTERS.charAt(index) + ") " : "";
            String place = leg.place().isEmpty() ? leg.city() : leg.place();
            List<Run> runs = new ArrayList<>();
            runs.add(Run.bold(letter + "Tại " + place + ":"));
            if (!leg.summary().isEmpty()) {
                runs.add(Run.plain(" " + leg.summary()));
            }
            blocks.add(Paragraph.body(runs).keptWithNext());
            byLeg.get(index).forEach(this::day);
        }
    }

    /**
     * Each day under the leg it lies in; a day outside every leg goes with the last leg begun by then
     * (or the first), so that no day of the programme is left out.
     */
    private List<List<ProgrammeDay>> daysByLeg() {
        List<Leg> legs = delegation.legs();
        List<List<ProgrammeDay>> byLeg = new ArrayList<>();
        legs.forEach(leg -> byLeg.add(new ArrayList<>()));
        for (ProgrammeDay day : delegation.programme()) {
            int home = -1;
            for (int i = 0; i < legs.size() && home < 0; i++) {
                home = legs.get(i).contains(day.date()) ? i : -1;
            }
            for (int i = 0; i < legs.size() && home < 0; i++) {
                boolean begun = !legs.get(i).startDate().isAfter(day.date());
                boolean nextBegun = i + 1 < legs.size() && !legs.get(i + 1).startDate().isAfter(day.date());
                home = begun && !nextBegun ? i : -1;
            }
            byLeg.get(Math.max(home, 0)).add(day);
        }
        return byLeg;
    }

    private void day(ProgrammeDay day) {
        String label = "* Ngày " + VietnameseDates.format(day.date()) + " ("
                + VietnameseDates.weekday(day.date().getDayOfWeek()) + "):";
        List<Activity> activities = day.activities();
        if (activities.size() == 1 && activities.get(0).halfDay() == HalfDay.ALL_DAY
                && activities.get(0).kind() != ActivityKind.CONFERENCE) {
            blocks.add(Paragraph.body(List.of(Run.bold(label), Run.plain(" " + text(activities.get(0))))));
            return;
        }
        blocks.add(Paragraph.body(List.of(Run.bold(label))).keptWithNext());
        for (Activity activity : activities) {
            blocks.add(Paragraph.body("- " + sessionName(activity.halfDay()) + ": " + text(activity)));
            if (activity.kind() == ActivityKind.CONFERENCE) {
                conference(activity, day).ifPresent(this::conferenceLines);
            }
        }
    }

    private static String text(Activity activity) {
        String text = activity.description().isEmpty() ? activity.place() : activity.description();
        return sentence(text);
    }

    private static String sessionName(HalfDay halfDay) {
        return switch (halfDay) {
            case ALL_DAY -> "Cả ngày";
            case MORNING -> "Buổi sáng";
            case AFTERNOON -> "Buổi chiều";
            case EVENING -> "Buổi tối";
        };
    }

    /** The conference an activity stands for: by its id, else the one held in the same session. */
    private Optional<Conference> conference(Activity activity, ProgrammeDay day) {
        List<Conference> conferences = delegation.conferences();
        if (activity.conferenceId() != null) {
            Optional<Conference> byId = conferences.stream().filter(c -> c.id().equals(activity.conferenceId())).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return conferences.stream().filter(c -> c.date().equals(day.date()) && c.halfDay() == activity.halfDay()).findFirst();
    }

    private void conferenceLines(Conference conference) {
        if (conference.expectedDelegates() > 0) {
            blocks.add(Paragraph.body("+ Số lượng: khoảng " + conference.expectedDelegates() + " đại biểu"));
        }
        String venue = venue(conference);
        if (!venue.isEmpty()) {
            blocks.add(Paragraph.body("+ Địa điểm: " + sentence(venue)));
        }
        for (AgendaItem item : conference.agenda()) {
            blocks.add(Paragraph.body("+ " + sentence(agendaText(item))));
        }
    }

    /** "Khách sạn tại Bình Thuận, tỉnh Lâm Đồng, tiêu chuẩn 3 sao trở lên". */
    private static String venue(Conference conference) {
        if (conference.venueStandard().isEmpty()) {
            return conference.venue();
        }
        String standard = "tiêu chuẩn " + conference.venueStandard();
        return conference.venue().isEmpty() ? DelegationWording.upperFirst(standard) : conference.venue() + ", " + standard;
    }

    /**
     * An agenda point led by its presenter ("Đại diện Sở … chia sẻ kinh nghiệm …"), unless the point already
     * names them ("Ý kiến phát biểu của các thành viên đoàn công tác"): every word of the presenter is in it.
     */
    static String agendaText(AgendaItem item) {
        if (item.presenter().isEmpty() || item.content().isEmpty()) {
            return item.content().isEmpty() ? item.presenter() : item.content();
        }
        Set<String> contentWords = words(item.content());
        boolean named = contentWords.containsAll(words(item.presenter()));
        return named ? item.content() : item.presenter() + " " + lowerFirst(item.content());
    }

    private static Set<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(DelegationWording.VIETNAMESE), Normalizer.Form.NFC);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
