package vn.delegationdesk.documents.content;

import static vn.delegationdesk.documents.content.DelegationWording.lowerFirst;
import static vn.delegationdesk.documents.content.DelegationWording.people;
import static vn.delegationdesk.documents.content.DelegationWording.sentence;
import static vn.delegationdesk.documents.content.DelegationWording.withoutFinalStop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Citation;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The Kế hoạch (seed 000) from the stored delegation: the legal bases it carries out, then the six parts
 * of the seed — purpose, time and place, composition, content and programme, funding and transport, and
 * who does what — and the "Nơi nhận" and signature.
 */
public final class PlanDocument implements DocumentBuilder {
    static final String TYPE_NAME = "KẾ HOẠCH";

    public PlanDocument() {
        // No state: one builder serves every delegation.
    }

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation d = source.delegation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold(d.title())).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.body(opening(d)).withSpacing(12, Paragraph.BODY_SPACING));
        purposes(d, blocks);
        timeAndPlace(d, blocks);
        composition(d, blocks);
        content(d, blocks);
        fundingAndTransport(d, blocks);
        implementation(d, blocks);
        blocks.add(Paragraph.body("Trên đây là Kế hoạch " + DelegationWording.planSubject(d)
                + ". Đề nghị các đơn vị có liên quan căn cứ nội dung kế hoạch tổ chức thực hiện./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(d.recipients()), OfficialParts.signature(d.signer())));
        return new PrintedDocument("Kế hoạch " + lowerFirst(d.title()), PageSetup.administrative(),
                OfficialParts.planHeader(d), blocks, null);
    }

    /** "Căn cứ Luật …. Thực hiện Nghị quyết số …; Kế hoạch số …. Sở … xây dựng kế hoạch …, cụ thể như sau:". */
    static String opening(Delegation d) {
        StringBuilder out = new StringBuilder();
        for (Citation citation : Citation.values()) {
            List<String> cited = d.legalBases().stream().filter(basis -> basis.citation() == citation)
                    .map(DelegationWording::legalBasis).toList();
            if (!cited.isEmpty()) {
                out.append(citation.word()).append(' ').append(String.join("; ", cited)).append(". ");
            }
        }
        // Without an issuing body the sentence starts at its verb, which then takes the capital.
        String body = DelegationWording.bodyWithLocality(d);
        String plan = (body + " xây dựng kế hoạch ").strip() + " " + DelegationWording.planSubject(d) + ", cụ thể như sau:";
        out.append(body.isEmpty() ? DelegationWording.upperFirst(plan) : plan);
        return out.toString();
    }

    private static void purposes(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("I. MỤC ĐÍCH, YÊU CẦU"));
        numbered(d.purposes(), blocks);
    }

    private static void timeAndPlace(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("II. THỜI GIAN, ĐỊA ĐIỂM"));
        if (d.legs().isEmpty()) {
            String range = dateRange(d.firstDate().orElse(null), d.lastDate().orElse(null));
            if (!range.isEmpty()) {
                blocks.add(Paragraph.body("- " + range));
            }
            return;
        }
        for (Leg leg : d.legs()) {
            String place = leg.place().isEmpty() ? "" : ": Tại " + leg.place();
            String days = weekdays(leg.startDate(), leg.endDate());
            blocks.add(Paragraph.body("- " + dateRange(leg.startDate(), leg.endDate()) + place
                    + (days.isEmpty() ? "" : " (" + days + ")")));
        }
    }

    /** "Từ ngày 14/10/2025 - 16/10/2025", or "Ngày 14/10/2025" for a single day. */
    private static String dateRange(LocalDate first, LocalDate last) {
        if (first == null || last == null || first.equals(last)) {
            LocalDate one = first == null ? last : first;
            return one == null ? "" : "Ngày " + VietnameseDates.format(one);
        }
        return "Từ ngày " + VietnameseDates.format(first) + " - " + VietnameseDates.format(last);
    }

    /** "Thứ Ba, Thứ Tư, Thứ Năm"; nothing for a stay of more than a week, where names would repeat. */
    private static String weekdays(LocalDate first, LocalDate last) {
        if (last.isBefore(first) || first.plusDays(6).isBefore(last)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            names.add(VietnameseDates.weekday(day.getDayOfWeek()));
        }
        return String.join(", ", names);
    }

    private static void composition(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("III. THÀNH PHẦN"));
        int size = d.plannedSize() > 0 ? d.plannedSize() : d.members().size();
        blocks.add(Paragraph.body("a) Số lượng dự kiến: " + size + " người."));
        if (d.groups().isEmpty()) {
            return;
        }
        blocks.add(Paragraph.body("b) Thành phần:").keptWithNext());
        String headGroup = d.head().map(Member::groupId).orElse("");
        boolean membersOpened = false;
        for (MemberGroup group : d.groups()) {
            if (group.id().equals(headGroup)) {
                blocks.add(Paragraph.body("* " + group.name() + ": " + sentence(groupText(group))));
                continue;
            }
            if (!membersOpened) {
                blocks.add(Paragraph.body("* Thành viên:").keptWithNext());
                membersOpened = true;
            }
            blocks.add(Paragraph.body("- " + group.name() + ": " + sentence(groupText(group))));
        }
    }

    /**
     * What a composition group is: its description ("12 người"), and its units with their seats when they
     * differ ("Phòng Tổ chức - Pháp chế (03 người); Văn phòng Sở (02 người)"). Units of one seat each are
     * left to the description, which says "mỗi đơn vị 01 người" as the seed does, unless there is none.
     */
    static String groupText(MemberGroup group) {
        String description = withoutFinalStop(group.description());
        if (description.isEmpty()) {
            description = people(group.plannedSeats());
        }
        List<Quota> quotas = group.quotas();
        boolean seatsDiffer = quotas.stream().mapToInt(Quota::seats).distinct().count() > 1;
        boolean listUnits = quotas.size() > 1 && (seatsDiffer || group.description().isEmpty());
        if (!listUnits) {
            return description;
        }
        List<String> units = quotas.stream().map(q -> q.sendingUnit() + " (" + people(q.seats()) + ")").toList();
        return description + ", bao gồm: " + String.join("; ", units);
    }

    private static void content(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("IV. NỘI DUNG"));
        int number = 1;
        if (!d.exchangeTopics().isEmpty()) {
            blocks.add(subheading(number++ + ". Nội dung trao đổi kinh nghiệm"));
            d.exchangeTopics().forEach(topic -> blocks.add(Paragraph.body("- " + topic)));
        }
        if (!d.programme().isEmpty() || !d.legs().isEmpty()) {
            blocks.add(subheading(number + ". Chương trình"));
            blocks.addAll(PlanProgramme.of(d));
        }
    }

    private static void fundingAndTransport(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("V. KINH PHÍ, PHƯƠNG TIỆN"));
        int number = 1;
        if (!d.fundingSource().isEmpty()) {
            blocks.add(Paragraph.body(number++ + ". " + sentence(d.fundingSource())));
        }
        String transport = DelegationWording.transport(d.transportModes());
        if (!transport.isEmpty()) {
            blocks.add(Paragraph.body(number + ". Phương tiện: " + DelegationWording.upperFirst(transport)));
        }
    }

    /**
     * "1. Giao Phòng Tổ chức - Pháp chế" over its duties as dashes; a block addressed to many units
     * ("Các phòng, đơn vị sự nghiệp thuộc Sở", "UBND các xã, phường") runs on after the unit, as the seed does.
     */
    private static void implementation(Delegation d, List<Block> blocks) {
        blocks.add(Paragraph.heading("VI. TỔ CHỨC THỰC HIỆN"));
        int number = 1;
        for (Responsibility r : d.responsibilities()) {
            String unit = r.unit().isEmpty() ? "Các đơn vị" : r.unit();
            if (addressesMany(unit)) {
                List<String> duties = new ArrayList<>(r.duties());
                if (!duties.isEmpty()) {
                    duties.set(0, lowerFirst(duties.get(0)));
                }
                String text = duties.stream().map(DelegationWording::sentence).reduce((a, b) -> a + " " + b).orElse("");
                blocks.add(Paragraph.body(List.of(Run.bold(number++ + ". " + unit + ":"), Run.plain(" " + text))));
            } else {
                blocks.add(subheading(number++ + ". Giao " + unit));
                r.duties().forEach(duty -> blocks.add(Paragraph.body("- " + duty)));
            }
        }
    }

    private static boolean addressesMany(String unit) {
        return (" " + unit.toLowerCase(DelegationWording.VIETNAMESE) + " ").contains(" các ");
    }

    private static void numbered(List<String> items, List<Block> blocks) {
        for (int i = 0; i < items.size(); i++) {
            blocks.add(Paragraph.body((i + 1) + ". " + items.get(i)));
        }
    }

    /** "1. Nội dung trao đổi kinh nghiệm": bold, kept with what follows. */
    static Paragraph subheading(String text) {
        return Paragraph.body(List.of(Run.bold(text))).keptWithNext();
    }
}
