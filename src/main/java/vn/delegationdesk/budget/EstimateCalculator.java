package vn.delegationdesk.budget;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;

/**
 * Builds a delegation's estimate from its plan, the rate sets and the user's worksheet. Pure and fast:
 * it runs again on every change, so the estimate always follows the members, nights and delegates.
 */
public final class EstimateCalculator {
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EstimateCalculator() {
    }

    public static Estimate compute(Delegation delegation, EstimateWorksheet worksheet, List<RateSet> rateSets) {
        TripFacts trip = TripFacts.of(delegation);
        EstimateInputs inputs = worksheet.inputs();
        RateBook rates = RateSelection.choose(rateSets, trip.start(), inputs);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        drafts.put(SectionKind.TRAVEL.name(), new Draft(SectionKind.TRAVEL, "Chi phí đi lại",
                TravelLines.of(delegation, trip)));
        drafts.put(SectionKind.PER_DIEM.name(), new Draft(SectionKind.PER_DIEM, "Phụ cấp lưu trú",
                List.of(LineDraft.priced("perDiem", "Phụ cấp lưu trú", "người", trip.members(), trip.days(),
                        rates.resolve(RateKey.PER_DIEM)))));
        drafts.put(SectionKind.LODGING.name(), new Draft(SectionKind.LODGING, "Tiền thuê phòng nghỉ",
                LodgingLines.of(delegation, trip, inputs, rates)));
        for (Conference conference : delegation.conferences()) {
            drafts.put(EstimateSection.conferenceKey(conference.id()), new Draft(SectionKind.CONFERENCE,
                    conferenceTitle(conference), ConferenceLines.of(conference, delegation.legs(), inputs, rates)));
        }
        drafts.put(SectionKind.OTHER.name(), new Draft(SectionKind.OTHER, "Chi khác", List.of()));

        Warnings warnings = new Warnings();
        if (!trip.hasDates()) {
            warnings.add("budget.warning.noDates");
        } else if (rates.national() == null) {
            warnings.add("budget.warning.noRateSet", DAY.format(trip.start()));
        }
        long unpaired = RoomCount.of(delegation.members()).unpairedSingles();
        if (unpaired > 0 && inputs.lodgingMode() == LodgingMode.INVOICE) {
            warnings.add("budget.warning.genderMissing", unpaired);
        }
        List<EstimateSection> sections = new ArrayList<>();
        for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
            String numeral = NUMERALS[Math.min(sections.size(), NUMERALS.length - 1)];
            sections.add(entry.getValue().build(entry.getKey(), numeral, worksheet, warnings, manualFor(entry.getKey(),
                    drafts.keySet(), worksheet)));
        }
        return new Estimate(delegation.title(), trip.start(), trip.end(), rates, sections, warnings.list);
    }

    private static List<ManualLine> manualFor(String sectionKey, Set<String> sectionKeys, EstimateWorksheet worksheet) {
        boolean other = sectionKey.equals(SectionKind.OTHER.name());
        return worksheet.manualLines().stream()
                .filter(m -> m.sectionKey().equals(sectionKey) || other && !sectionKeys.contains(m.sectionKey()))
                .toList();
    }

    private static String conferenceTitle(Conference conference) {
        String when = switch (conference.halfDay()) {
            case MORNING -> "sáng ";
            case AFTERNOON -> "chiều ";
            case EVENING -> "tối ";
            case ALL_DAY -> "";
        };
        String size = conference.expectedDelegates() > 0 ? "khoảng " + conference.expectedDelegates() + " đại biểu, " : "";
        return conference.title() + " (" + size + when + DAY.format(conference.date()) + ")";
    }

    private record Draft(SectionKind kind, String title, List<LineDraft> lines) {
        EstimateSection build(String key, String numeral, EstimateWorksheet worksheet, Warnings warnings,
                List<ManualLine> manual) {
            List<BudgetLine> built = new ArrayList<>();
            for (LineDraft draft : lines) {
                LineOverride edit = worksheet.override(draft.key());
                if (edit.removed()) {
                    continue;
                }
                BudgetLine line = apply(draft, edit);
                built.add(line);
                String number = numeral + "." + built.size();
                if (line.needsPrice()) {
                    warnings.add("budget.warning.missingPrice", number, line.content());
                } else if (draft.rate() != null && !edit.edited().contains(LineField.UNIT_PRICE) && draft.rate().known()
                        && !draft.rate().verified() && line.quantity() * line.times() > 0) {
                    warnings.add("budget.warning.unverifiedRate", number, line.content(), draft.rate().rateSetName());
                }
            }
            for (ManualLine m : manual) {
                BudgetLine line = new BudgetLine("manual." + m.id(), LineOrigin.MANUAL, m.content(), m.unit(),
                        m.quantity(), m.times(), m.unitPrice(), m.basis(), Set.of());
                built.add(line);
                if (line.needsPrice()) {
                    warnings.add("budget.warning.missingPrice", numeral + "." + built.size(), line.content());
                }
            }
            return new EstimateSection(key, numeral, kind, title, built);
        }

        private static BudgetLine apply(LineDraft draft, LineOverride edit) {
            return new BudgetLine(draft.key(), edit.edited().isEmpty() ? LineOrigin.GENERATED : LineOrigin.EDITED,
                    edit.content() != null ? edit.content() : draft.content(),
                    edit.unit() != null ? edit.unit() : draft.unit(),
                    edit.quantity() != null ? edit.quantity() : draft.quantity(),
                    edit.times() != null ? edit.times() : draft.times(),
                    edit.unitPrice() != null ? edit.unitPrice() : draft.unitPrice(),
                    edit.basis() != null ? edit.basis() : draft.basis(),
                    edit.edited(), draft.optional());
        }
    }

    private static final class Warnings {
        private final List<EstimateWarning> list = new ArrayList<>();

        void add(String key, Object... args) {
            list.add(EstimateWarning.of(key, args));
        }
    }
}
