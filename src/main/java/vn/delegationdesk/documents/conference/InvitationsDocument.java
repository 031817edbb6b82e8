package vn.delegationdesk.documents.conference;

import static vn.delegationdesk.documents.layout.OfficialMeasures.BODY_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.DATE_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LEFT_SHARE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.MOTTO_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NATION_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NUMBER_SIZE;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.content.OfficialParts;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.QrCode;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.AgencyNames;

/**
 * Giấy mời in the form of Nghị định 30/2020, one page per invited delegate (a mail merge of the list): the body's header,
 * "GIẤY MỜI" and what it is about, "Kính gửi: Ông/Bà …" with the delegate's title and body, the content (the conference's
 * title), time, place and contact, then "Nơi nhận" and the body's signer; when asked, a QR code under the signature
 * carrying {@link #qrPayload} for the check-in desk's scanner. The layout model prints its
 * {@link OfficialHeader} on page 1 only, so every page carries the same header as a borderless two-column table (the
 * motto underlined as the form's rule under it). The number and the day are left blank for the office to write in, as
 * on every draft.
 */
final class InvitationsDocument {
    static final String TITLE = "GIẤY MỜI";
    static final String TYPE = "GM";
    private static final String RULE_SPACES = "\u00A0".repeat(20);

    /** What the invitation's QR code carries: "DD1|" + the conference's id + "|" + the delegate's id. */
    static final String QR_PREFIX = "DD1|";
    static final String QR_CAPTION = "Xin vui lòng xuất trình mã này tại bàn đón tiếp đại biểu.";
    private static final float QR_SIZE_MM = 24;

    private final boolean qrCodes;

    InvitationsDocument(boolean qrCodes) {
        this.qrCodes = qrCodes;
    }

    /** "DD1|hoi-nghi-dak-lak|hoi-nghi-dak-lak-001": what the check-in desk reads from {@code delegate}'s invitation. */
    static String qrPayload(Delegate delegate) {
        return QR_PREFIX + delegate.conferenceId() + "|" + delegate.id();
    }

    PrintedDocument build(Delegation delegation, DocumentSettings settings, Conference conference, List<Delegate> invited) {
        List<Block> blocks = new ArrayList<>();
        Table header = header(delegation, conference);
        String bodyName = AgencyNames.inSentence(delegation.issuingBody().name());
        for (int i = 0; i < invited.size(); i++) {
            if (i > 0) {
                blocks.add(new PageBreak());
            }
            blocks.add(header);
            blocks.addAll(page(delegation, settings, conference, invited.get(i), bodyName));
        }
        return new PrintedDocument("Giấy mời – " + conference.title(), new PageSetup(false, 20, 20, 30, 15, 14, false), null,
                blocks, null);
    }

    private List<Block> page(Delegation delegation, DocumentSettings settings, Conference conference, Delegate delegate,
            String bodyName) {
        List<Block> page = new ArrayList<>();
        page.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 14, false, 18, 0, false));
        page.add(new Paragraph(List.of(Run.bold("Về việc dự " + lowerFirst(conference.title()))), Align.CENTER, 14, false, 0,
                18, false));
        page.add(new Paragraph(List.of(Run.plain("Kính gửi: "), Run.bold(addressee(delegate))), Align.CENTER, 14, false, 0,
                12, false));
        String who = bodyName.isEmpty() ? "Ban Tổ chức" : bodyName;
        page.add(Paragraph.body(who + " trân trọng kính mời Ông/Bà tới dự " + lowerFirst(conference.title()) + "."));
        page.add(Paragraph.body(List.of(Run.bold("- Thời gian: "), Run.plain(ConferenceTexts.when(conference) + "."))));
        if (!conference.venue().isEmpty()) {
            page.add(Paragraph.body(List.of(Run.bold("- Địa điểm: "), Run.plain(conference.venue() + "."))));
        }
        if (!conference.coOrganiser().isEmpty()) {
            page.add(Paragraph.body(List.of(Run.bold("- Đơn vị phối hợp: "), Run.plain(conference.coOrganiser() + "."))));
        }
        if (!settings.itineraryContacts().isEmpty()) {
            page.add(Paragraph.body(List.of(Run.bold("- Liên hệ: "), Run.plain(String.join("; ", settings.itineraryContacts())
                    + "."))));
        }
        page.add(Paragraph.body("Sự có mặt của Ông/Bà góp phần vào thành công của Hội nghị. Trân trọng!"));
        page.add(new Closing(OfficialParts.recipients(List.of("Như trên", "Lưu: VT")),
                OfficialParts.signature(delegation.signer())));
        if (qrCodes) {
            page.add(new Spacer(6));
            page.add(new QrCode(qrPayload(delegate), QR_SIZE_MM));
            page.add(new Paragraph(List.of(Run.italic(QR_CAPTION)), Align.LEFT, 11, false, 2, 0, false));
        }
        return page;
    }

    /** "Ông/Bà Nguyễn Văn An, Phó Giám đốc, Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk". */
    static String addressee(Delegate delegate) {
        StringBuilder out = new StringBuilder("Ông/Bà ").append(delegate.fullName());
        if (!delegate.title().isEmpty()) {
            out.append(", ").append(delegate.title());
        }
        if (!delegate.body().isEmpty()) {
            out.append(", ").append(delegate.body());
        }
        return out.toString();
    }

    /** "Hội nghị trao đổi …" as the object of a sentence: "hội nghị trao đổi …". */
    private static String lowerFirst(String title) {
        if (title.isEmpty() || title.length() > 1 && Character.isUpperCase(title.charAt(1))) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * The Nghị định 30/2020 header as a borderless table: parent body and issuing body (bold) left, the national name and
     * the motto (bold, underlined) right; the number line under them left, the italic place-and-date line right.
     */
    static Table header(Delegation delegation, Conference conference) {
        IssuingBody body = delegation.issuingBody();
        List<Paragraph> left = new ArrayList<>();
        if (!body.parentBody().isEmpty()) {
            left.add(line(Run.plain(body.parentBody()), BODY_SIZE));
        }
        left.add(line(Run.bold(body.name()), BODY_SIZE));
        // The short line under the issuing body (about a third of its name): underlined spaces, the model has no drawing.
        left.add(line(new Run(RULE_SPACES, false, false, true), BODY_SIZE).withSpacing(-6, 0));
        List<Paragraph> right = List.of(line(Run.bold(OfficialHeader.NATION), NATION_SIZE),
                line(new Run(OfficialHeader.MOTTO, true, false, true), MOTTO_SIZE));
        String number = OfficialParts.numberLine("", OfficialParts.symbol(body, TYPE));
        String date = OfficialParts.placeDateLine(delegation.document().place(), null, conference.date());
        List<List<Cell>> rows = List.of(
                List.of(new Cell(left, 1, 1, false), new Cell(right, 1, 1, false)),
                List.of(Cell.of(line(Run.plain(number), NUMBER_SIZE).withSpacing(6, 0)),
                        Cell.of(line(Run.italic(date), DATE_SIZE).withSpacing(6, 0))));
        return new Table(List.of(LEFT_SHARE, 1 - LEFT_SHARE), List.of(), rows, false, 0);
    }

    private static Paragraph line(Run run, float size) {
        return new Paragraph(List.of(run), Align.CENTER, size, false, 0, 0, false);
    }
}
