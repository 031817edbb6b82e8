package vn.delegationdesk.documents.abroad;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.DocumentNumbers;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Quyết định cử đoàn đi công tác nước ngoài (Nghị định 30/2020, Mẫu 1.2): the grounds (the plan's bases and the superior
 * body's approval in principle, its number left blank to write), then Điều 1 with the member list table (STT, họ và tên,
 * chức vụ, đơn vị, số hộ chiếu, loại hộ chiếu), the time, the countries and the head; Điều 2 the funding from the estimate
 * (its total in figures and words, the exchange rate); Điều 3 the delegation's responsibilities; Điều 4 who carries it
 * out. A member without a passport has blank passport cells, which the screen flags before printing.
 */
public final class OutboundDecisionDocument {
    static final String TYPE_NAME = "QUYẾT ĐỊNH";
    static final List<String> COLUMN_TITLES = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số hộ chiếu", "Loại hộ chiếu");
    private static final List<Float> WIDTHS = List.of(7f, 21f, 19f, 22f, 14f, 17f);
    private static final float TABLE_SIZE = 12;
    /** Room to write the date of the superior body's approval by hand. */
    private static final String DATE_BLANK = "    /    /      ";

    public PrintedDocument build(AbroadSource source) {
        Delegation d = source.delegation();
        OutboundPlan plan = source.plan();
        String countries = AbroadWording.countries(plan);
        String subject = "Về việc cử đoàn đi công tác tại " + countries;
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold(subject)).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.centered(Run.bold(OfficialParts.authority(d))).withSpacing(6, 6));
        for (LegalBasis basis : d.legalBases()) {
            blocks.add(basis("Căn cứ " + AbroadWording.legalBasis(basis) + ";"));
        }
        blocks.add(basis("Căn cứ văn bản số" + DocumentNumbers.BLANK + " ngày" + DATE_BLANK
                + " của " + AbroadWording.superior(d) + " về chủ trương cử đoàn đi công tác tại " + countries + ";"));
        blocks.add(basis("Xét đề nghị của Chánh Văn phòng Sở."));
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME + ":")).withSpacing(6, 6).keptWithNext());
        int count = d.members().size();
        blocks.add(article(1, "Cử " + AbroadWording.twoDigits(count) + " ông (bà) có tên trong danh sách dưới đây đi công tác tại "
                + AbroadWording.destinations(plan) + ", tham gia " + mission(d) + ":").keptWithNext());
        blocks.add(memberTable(d, plan));
        String time = AbroadWording.tripTime(source.estimate().calendar());
        if (!time.isEmpty()) {
            blocks.add(Paragraph.body("Thời gian: " + time + ".").withSpacing(6, Paragraph.BODY_SPACING));
        }
        d.members().stream().filter(m -> m.role() == DelegationRole.HEAD).findFirst().ifPresent(head -> blocks.add(
                Paragraph.body("Trưởng đoàn: " + AbroadWording.addressed(head) + position(head) + ".")));
        String funding = d.fundingSource().isEmpty() ? "" : AbroadWording.withoutFinalStop(d.fundingSource()) + ". ";
        blocks.add(new Paragraph(List.of(Run.bold("Điều 2."), Run.plain(" " + funding + "Dự toán kinh phí của đoàn"
                        + (source.estimate().draft() ? " (tạm tính)" : "") + ": "),
                Run.bold(VietnameseNumbers.format(source.estimate().total()) + " đồng"),
                Run.italic(" (Bằng chữ: " + AmountInWords.of(source.estimate().total()) + ")"),
                Run.plain("; " + lowerFirst(AbroadWording.exchangeRateLine(plan.exchangeRate())) + ". Chế độ chi tiêu thực hiện "
                        + "theo quy định hiện hành về công tác phí cho cán bộ, công chức đi công tác ngắn hạn ở nước ngoài.")),
                Align.JUSTIFIED, 0, true, 0, Paragraph.BODY_SPACING, false));
        blocks.add(article(3, "Đoàn có trách nhiệm thực hiện đúng nội dung, chương trình công tác; chấp hành các quy định về "
                + "công tác đối ngoại, bảo vệ bí mật nhà nước và quản lý hộ chiếu; kết thúc chuyến công tác, báo cáo kết quả bằng "
                + "văn bản với " + AbroadWording.superior(d) + " và lãnh đạo Sở, thanh quyết toán kinh phí theo quy định."));
        blocks.add(article(4, "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Kế hoạch Tài chính, Thủ "
                + "trưởng các đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
                .keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(recipients(d)), OfficialParts.signature(d.signer())));
        return new PrintedDocument("Quyết định " + ProposalDocument.lowerFirst(subject), PageSetup.administrative(),
                AbroadWording.header(d, "QĐ", source.decisionNumber()), blocks, null);
    }

    /** The member list: one numbered row per member, passport number and type from the plan (blank when missing). */
    static Table memberTable(Delegation d, OutboundPlan plan) {
        List<Cell> header = COLUMN_TITLES.stream().map(t -> Cell.bold(t, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (Member member : d.members()) {
            Optional<Passport> passport = plan.passport(member.id());
            rows.add(List.of(Cell.of(Integer.toString(number++), Align.CENTER), Cell.of(member.fullName(), Align.LEFT),
                    Cell.of(member.position(), Align.LEFT), Cell.of(member.sendingUnit(), Align.LEFT),
                    Cell.of(passport.map(Passport::number).orElse(""), Align.CENTER),
                    Cell.of(passport.map(p -> typeWord(p)).orElse(""), Align.CENTER)));
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    private static Paragraph basis(String text) {
        return Paragraph.body(List.of(Run.italic(text)));
    }

    private static Paragraph article(int number, String text) {
        return Paragraph.body(List.of(Run.bold("Điều " + number + "."), Run.plain(" " + text)));
    }

    /** "Hội nghị thường niên …": the delegation's title after its "Đoàn … tham dự", else the title as it is. */
    static String mission(Delegation d) {
        String title = AbroadWording.withoutFinalStop(d.title());
        int at = title.indexOf("tham dự ");
        return at >= 0 ? title.substring(at + "tham dự ".length()) : lowerFirst(title);
    }

    private static String position(Member member) {
        if (member.position().isEmpty()) {
            return "";
        }
        return ", " + member.position() + (member.sendingUnit().isEmpty() ? "" : " " + member.sendingUnit());
    }

    /** The first letter lowered, for text that goes on inside a sentence. */
    static String lowerFirst(String text) {
        return ProposalDocument.lowerFirst(text);
    }

    /** "Công vụ" for a hộ chiếu công vụ: the column's title already says "Loại hộ chiếu". */
    static String typeWord(Passport passport) {
        return passport.type() == null ? "" : capitalised(passport.type().label().replace("hộ chiếu ", ""));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Như Điều 4" and the plan's recipients. */
    static List<String> recipients(Delegation d) {
        List<String> out = new ArrayList<>();
        out.add("Như Điều 4");
        d.recipients().forEach(out::add);
        if (out.stream().noneMatch(r -> r.startsWith("Lưu"))) {
            out.add("Lưu: VT");
        }
        return out;
    }
}
