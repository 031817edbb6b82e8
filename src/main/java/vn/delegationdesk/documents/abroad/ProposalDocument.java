package vn.delegationdesk.documents.abroad;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * Tờ trình xin chủ trương cử đoàn đi công tác nước ngoài (Nghị định 30/2020, Mẫu 1.1 for a tờ trình): from the body to
 * its superior ("Kính gửi: Ủy ban nhân dân Thành phố Hà Nội"), with the grounds, then the purpose, the composition
 * (each member with position and unit), the time (days from exit to re-entry), the countries and cities, the work, and
 * the funding with the estimate's total in figures and words and the exchange rate it used. While the estimate is a
 * draft the total is said to be provisional.
 */
public final class ProposalDocument {
    static final String TYPE_NAME = "TỜ TRÌNH";

    public PrintedDocument build(AbroadSource source) {
        Delegation d = source.delegation();
        String countries = AbroadWording.countries(source.plan());
        String subject = "Về việc xin chủ trương cử đoàn đi công tác tại " + countries;
        String superior = AbroadWording.superior(d);
        String body = OfficialParts.bodyInSentence(d);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TYPE_NAME)).withSpacing(12, 0));
        blocks.add(Paragraph.centered(Run.bold(subject)).withSpacing(0, 3));
        blocks.add(new Rule(0.3f));
        blocks.add(Paragraph.centered(Run.plain("Kính gửi: " + superior + ".")).withSpacing(6, 12));
        for (LegalBasis basis : d.legalBases()) {
            blocks.add(Paragraph.body("Căn cứ " + AbroadWording.legalBasis(basis) + ";"));
        }
        blocks.add(Paragraph.body(body + " kính trình " + superior + " xem xét, cho chủ trương cử đoàn đi công tác tại "
                + countries + " như sau:"));
        blocks.add(Paragraph.heading("1. Mục đích"));
        d.purposes().forEach(p -> blocks.add(Paragraph.body("- " + p)));
        blocks.add(Paragraph.heading("2. Thành phần đoàn: " + AbroadWording.twoDigits(d.members().size()) + " người"));
        List<Member> members = d.members();
        for (int i = 0; i < members.size(); i++) {
            blocks.add(Paragraph.body("- " + AbroadWording.memberLine(members.get(i)) + (i == members.size() - 1 ? "." : ";")));
        }
        String time = AbroadWording.tripTime(source.estimate().calendar());
        blocks.add(Paragraph.body(List.of(Run.bold("3. Thời gian: "), Run.plain(time.isEmpty() ? "chưa xác định." : time + "."))));
        blocks.add(Paragraph.body(List.of(Run.bold("4. Nước đến: "), Run.plain(AbroadWording.destinations(source.plan()) + "."))));
        if (!d.exchangeTopics().isEmpty()) {
            blocks.add(Paragraph.heading("5. Nội dung công việc"));
            d.exchangeTopics().forEach(t -> blocks.add(Paragraph.body("- " + t)));
        }
        blocks.add(Paragraph.heading((d.exchangeTopics().isEmpty() ? "5" : "6") + ". Kinh phí"));
        if (!d.fundingSource().isEmpty()) {
            blocks.add(Paragraph.body("- " + AbroadWording.withoutFinalStop(d.fundingSource()) + "."));
        }
        blocks.add(Paragraph.body(List.of(Run.plain("- " + totalLabel(source.estimate()) + ": "),
                Run.bold(VietnameseNumbers.format(source.estimate().total()) + " đồng"),
                Run.italic(" (Bằng chữ: " + AmountInWords.of(source.estimate().total()) + ")"), Run.plain("."))));
        blocks.add(Paragraph.body("- " + AbroadWording.exchangeRateLine(source.plan().exchangeRate()) + "."));
        blocks.add(Paragraph.body("(Chi tiết tại Dự toán kinh phí đoàn ra kèm theo.)"));
        blocks.add(Paragraph.body(body + " kính trình " + superior + " xem xét, cho chủ trương./.").keptWithNext());
        blocks.add(new Closing(OfficialParts.recipients(recipients(d)), OfficialParts.signature(d.signer())));
        return new PrintedDocument("Tờ trình " + lowerFirst(subject), PageSetup.administrative(),
                AbroadWording.header(d, "TTr", source.proposalNumber()), blocks, null);
    }

    /** "Tổng dự toán", or "Tổng dự toán (tạm tính, dự toán còn là dự thảo)" while a line has no amount. */
    static String totalLabel(AbroadEstimate estimate) {
        return estimate.draft() ? "Tổng dự toán (tạm tính, dự toán còn là dự thảo)" : "Tổng dự toán";
    }

    /** "Như trên", "Ban Giám đốc Sở" when the plan lists it, and the plan's "Lưu: …". */
    static List<String> recipients(Delegation d) {
        List<String> out = new ArrayList<>();
        out.add("Như trên");
        String archive = "Lưu: VT";
        for (String r : d.recipients()) {
            String item = AbroadWording.withoutFinalStop(r.startsWith("-") ? r.substring(1) : r);
            if (item.startsWith("Lưu")) {
                archive = item;
            } else if (item.startsWith("Ban Giám đốc")) {
                out.add(item);
            }
        }
        out.add(archive);
        return out;
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
