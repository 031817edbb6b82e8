package vn.delegationdesk.documents.content;

import static vn.delegationdesk.documents.content.DelegationWording.lowerFirst;
import static vn.delegationdesk.documents.content.DelegationWording.sentence;
import static vn.delegationdesk.documents.content.DelegationWording.withoutFinalStop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Citation;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.documents.DocumentBuilder;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The Quyết định cử đoàn (Nghị định 30/2020, Mẫu 1.2): its bases — the documents the plan carries out and
 * the plan itself — four articles (who goes where and when, the delegation's duties and head, funding,
 * entry into force), and on a new page the annex listing the members.
 */
public final class DecisionDocument implements DocumentBuilder {
    static final String TYPE_NAME = "QUYẾT ĐỊNH";
    private static final String TITLE_PREFIX = "Tổ chức ";

    public DecisionDocument() {
        // No state: one builder serves every delegation.
    }

    @Override
    public PrintedDocument build(DocumentSource source) {
        Delegation d = source.delegation();
        DocumentSettings settings = source.settings();
        List<Block> blocks = new ArrayList<>();
        String subject = subject(d);
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold(subject)).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.centered(Run.bold(OfficialParts.authority(d))).withSpacing(6, 6));
        bases(d, settings, blocks);
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME + ":")).withSpacing(6, 6).keptWithNext());
        articles(d, blocks);
        blocks.add(new Closing(OfficialParts.recipients(recipients(d, settings)), OfficialParts.signature(d.signer())));
        blocks.add(new PageBreak());
        blocks.addAll(DecisionAnnex.of(d, settings));
        return new PrintedDocument("Quyết định " + lowerFirst(subject), PageSetup.administrative(),
                OfficialParts.header(d, "QĐ", settings.decision()), blocks, null);
    }

    /** "Về việc cử Đoàn khảo sát … đi công tác tại tỉnh Đắk Lắk và tỉnh Lâm Đồng". */
    static String subject(Delegation d) {
        return "Về việc cử " + delegationPhrase(d, true);
    }

    /**
     * The delegation as the decision names it: the plan's title without its leading "Tổ chức" ("Đoàn khảo
     * sát … tại tỉnh Đắk Lắk và tỉnh Lâm Đồng"), with "đi công tác" before the places when asked.
     */
    static String delegationPhrase(Delegation d, boolean onMission) {
        String title = withoutFinalStop(d.title());
        if (title.regionMatches(true, 0, TITLE_PREFIX, 0, TITLE_PREFIX.length())) {
            title = title.substring(TITLE_PREFIX.length()).strip();
        }
        if (title.regionMatches(true, 0, "đoàn", 0, "đoàn".length())) {
            title = "Đoàn" + title.substring("đoàn".length());
        } else {
            title = "đoàn công tác " + lowerFirst(title);
        }
        if (!onMission) {
            return title;
        }
        String places = DelegationWording.places(d.legs());
        String atPlaces = " tại " + places;
        if (DelegationWording.saysGoing(title)) {
            // "Đoàn đi học tập kinh nghiệm … tại thành phố Huế" already says it goes: a second "đi công tác" repeats it.
            return places.isEmpty() || title.endsWith(atPlaces) ? title : title + atPlaces;
        }
        if (!places.isEmpty() && title.endsWith(atPlaces)) {
            return title.substring(0, title.length() - atPlaces.length()) + " đi công tác" + atPlaces;
        }
        return places.isEmpty() ? title + " đi công tác" : title + " đi công tác" + atPlaces;
    }

    private static void bases(Delegation d, DocumentSettings settings, List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        // Legal documents are grounds ("Căn cứ"), Party documents and higher plans are carried out ("Thực hiện").
        for (Citation citation : Citation.values()) {
            d.legalBases().stream().filter(basis -> basis.citation() == citation)
                    .forEach(basis -> lines.add(citation.word() + " " + DelegationWording.legalBasis(basis)));
        }
        lines.add("Căn cứ " + planCitation(d) + " về việc " + DelegationWording.planSubject(d));
        String proposer = proposer(d, settings);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1 && proposer.isEmpty();
            blocks.add(basis(lines.get(i) + (last ? "." : ";")));
        }
        if (!proposer.isEmpty()) {
            blocks.add(basis("Xét đề nghị của " + proposer + "."));
        }
    }

    private static Paragraph basis(String text) {
        return Paragraph.body(List.of(Run.italic(text)));
    }

    /** "Kế hoạch số      /KH-SVHTT ngày    /10/2025 của Sở Văn hóa và Thể thao": blanks while a draft. */
    static String planCitation(Delegation d) {
        String symbol = d.document().symbol().isEmpty() ? OfficialParts.symbol(d.issuingBody(), "KH") : d.document().symbol();
        return "Kế hoạch số " + OfficialParts.reference(d.document().number(), symbol) + " ngày "
                + DelegationWording.citeDate(d.document().date(), d.firstDate().orElse(null)) + OfficialParts.ofBody(d);
    }

    /** Who proposes: as set, else the head of the unit that leads the plan's work; empty when neither is known. */
    private static String proposer(Delegation d, DocumentSettings settings) {
        if (!settings.decisionProposer().isEmpty()) {
            return settings.decisionProposer();
        }
        return DelegationWording.leadUnit(d).map(DelegationWording::headOf).orElse("");
    }

    private static void articles(Delegation d, List<Block> blocks) {
        int count = d.members().isEmpty() ? d.plannedSize() : d.members().size();
        blocks.add(article(1, "Cử các ông (bà) có tên tại Danh sách kèm theo Quyết định này (" + count
                + " người) tham gia " + delegationPhrase(d, false) + "." + when(d)));
        blocks.add(article(2, "Đoàn có nhiệm vụ thực hiện nội dung, chương trình công tác theo " + planCitation(d)
                + "; kết thúc chuyến công tác, báo cáo kết quả với lãnh đạo Sở."));
        d.head().ifPresent(head -> blocks.add(Paragraph.body(leader("Trưởng đoàn", head))));
        d.members().stream().filter(m -> m.role() == DelegationRole.DEPUTY)
                .forEach(deputy -> blocks.add(Paragraph.body(leader("Phó đoàn", deputy))));
        String transport = DelegationWording.transport(d.transportModes());
        if (!transport.isEmpty()) {
            blocks.add(Paragraph.body("Phương tiện đi lại: " + transport + "."));
        }
        String funding = d.fundingSource().isEmpty() ? "" : sentence(d.fundingSource()) + " ";
        blocks.add(article(3, funding + "Chế độ công tác phí thực hiện theo quy định hiện hành."));
        // The last article stays with the closing: a signature never stands on a page of its own.
        blocks.add(article(4, "Quyết định có hiệu lực kể từ ngày ký. " + executors(d)
                + " chịu trách nhiệm thi hành Quyết định này./.").keptWithNext());
    }

    private static Paragraph article(int number, String text) {
        return Paragraph.body(List.of(Run.bold("Điều " + number + "."), Run.plain(" " + text)));
    }

    /** " Thời gian: từ ngày 14/10/2025 đến ngày 19/10/2025 (tại tỉnh Đắk Lắk từ ngày … đến ngày …; …)." */
    private static String when(Delegation d) {
        Optional<LocalDate> first = d.firstDate();
        Optional<LocalDate> last = d.lastDate();
        if (first.isEmpty() || last.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" Thời gian: ").append(fromTo(first.get(), last.get()));
        if (d.legs().size() > 1) {
            List<String> legs = new ArrayList<>();
            for (Leg leg : d.legs()) {
                legs.add("tại " + leg.place() + " " + fromTo(leg.startDate(), leg.endDate()));
            }
            out.append(" (").append(String.join("; ", legs)).append(")");
        }
        return out.append(".").toString();
    }

    private static String fromTo(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return "ngày " + VietnameseDates.format(first);
        }
        return "từ ngày " + VietnameseDates.format(first) + " đến ngày " + VietnameseDates.format(last);
    }

    /** "Trưởng đoàn: Bà Nguyễn Thị Hương, Phó Giám đốc Sở." */
    private static String leader(String role, Member member) {
        String address = member.gender() == Gender.FEMALE ? "Bà " : member.gender() == Gender.MALE ? "Ông " : "Ông (bà) ";
        String position = member.position().isEmpty() ? "" : ", " + member.position();
        return role + ": " + address + member.fullName() + position + ".";
    }

    /** "Chánh Văn phòng Sở, Trưởng phòng Tổ chức - Pháp chế, Thủ trưởng các đơn vị có liên quan và …". */
    private static String executors(Delegation d) {
        List<String> who = new ArrayList<>();
        who.add("Chánh Văn phòng Sở");
        DelegationWording.leadUnit(d).map(DelegationWording::headOf).filter(h -> !who.contains(h)).ifPresent(who::add);
        who.add("Thủ trưởng các đơn vị có liên quan");
        return String.join(", ", who) + " và các ông (bà) có tên tại Điều 1";
    }

    /** As set, else "Như Điều 4", "Ban Giám đốc Sở" and the plan's own "Lưu: VT, TCPC". */
    static List<String> recipients(Delegation d, DocumentSettings settings) {
        if (!settings.decisionRecipients().isEmpty()) {
            return settings.decisionRecipients();
        }
        String archive = d.recipients().stream().map(DelegationWording::withoutFinalStop)
                .map(r -> r.startsWith("-") ? r.substring(1).strip() : r)
                .filter(r -> r.startsWith("Lưu")).reduce((a, b) -> b).orElse("Lưu: VT");
        return List.of("Như Điều 4", "Ban Giám đốc Sở", archive);
    }
}
