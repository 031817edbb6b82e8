package vn.delegationdesk.documents.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.CardSheet;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Thẻ đại biểu: eight badges to an A4 page (two across, four down, 95 × 69 mm, dashed cut lines), one per delegate who
 * has not declined, in the list's order. Each carries the conference's short title and its place and day, the name large
 * and bold (set smaller rather than broken when long), the title, the body, the group and, at the right, the invitation's
 * QR code, which the check-in desk reads.
 */
final class BadgesDocument {
    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final float NAME_SIZE = 22;
    static final float NAME_MIN_SIZE = 12;
    private static final float CARD_HEIGHT_MM = 68.5f;
    private static final float QR_SIZE_MM = 25;
    private static final float MARGIN_MM = 10;
    private static final float SIDE_MM = 10;
    private static final float PADDING_MM = 4;
    /** The text's share of a card beside its QR code (PdfCardSheet): 68 % of the card's inner width, in points. */
    private static final float TEXT_WIDTH = ((210 - 2 * SIDE_MM) / COLUMNS - 2 * PADDING_MM) * 0.68f * 72f / 25.4f;
    private static final float HEAD_WIDTH = ((210 - 2 * SIDE_MM) / COLUMNS - 2 * PADDING_MM) * 72f / 25.4f;

    private final Messages messages;

    BadgesDocument(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The delegates who get a badge: everyone on the list but those who declined. */
    static List<Delegate> holders(List<Delegate> delegates) {
        return delegates.stream().filter(d -> d.status() != DelegateStatus.DECLINED).toList();
    }

    PrintedDocument build(Conference conference, List<Delegate> badges) {
        PageSetup page = new PageSetup(false, MARGIN_MM, MARGIN_MM, SIDE_MM, SIDE_MM, 11, false);
        String head = shortTitle(conference).toUpperCase(Locale.forLanguageTag("vi"));
        String placeAndDay = placeAndDay(conference);
        List<CardSheet.Card> cards = new ArrayList<>(badges.size());
        for (Delegate d : badges) {
            List<Paragraph> top = List.of(
                    new Paragraph(List.of(Run.bold(head)), Align.CENTER, NameCardsDocument.fit(head, Face.BOLD, 9.5f, 6.5f, HEAD_WIDTH),
                            false, 0, 0, false),
                    new Paragraph(List.of(Run.italic(placeAndDay)), Align.CENTER, 9, false, 0, 6, false));
            List<Paragraph> body = new ArrayList<>();
            body.add(new Paragraph(List.of(Run.bold(d.fullName())), Align.LEFT,
                    NameCardsDocument.fit(d.fullName(), Face.BOLD, NAME_SIZE, NAME_MIN_SIZE, TEXT_WIDTH), false, 2, 3, false));
            if (!d.title().isEmpty()) {
                body.add(new Paragraph(List.of(Run.plain(d.title())), Align.LEFT, 12, false, 0, 1, false));
            }
            if (!d.body().isEmpty()) {
                body.add(new Paragraph(List.of(Run.plain(d.body())), Align.LEFT, 11, false, 0, 4, false));
            }
            body.add(new Paragraph(List.of(Run.bold(messages.get(d.group().labelKey()).toUpperCase(Locale.forLanguageTag("vi")))),
                    Align.LEFT, 9.5f, false, 0, 0, false));
            cards.add(new CardSheet.Card(top, body, InvitationsDocument.qrPayload(d)));
        }
        return new PrintedDocument(messages.get("documents.conference.badges.kind") + " – " + conference.title(), page, null,
                List.of(new CardSheet(COLUMNS, ROWS, CARD_HEIGHT_MM, QR_SIZE_MM, cards)), null);
    }

    /**
     * The conference's title without what follows "về" and "tại" ("Hội nghị trao đổi, học tập kinh nghiệm thực tế"): a
     * badge has room for one line of it; the place and the day go on the next.
     */
    static String shortTitle(Conference conference) {
        String title = conference.title();
        for (String cut : new String[] {" về ", " tại "}) {
            int at = title.indexOf(cut);
            if (at > 0) {
                title = title.substring(0, at);
            }
        }
        return title.strip();
    }

    /** "tỉnh Đắk Lắk, 14/10/2025": the place the title names after its last "tại", and the day. */
    static String placeAndDay(Conference conference) {
        String title = conference.title();
        int at = title.lastIndexOf(" tại ");
        String day = VietnameseDates.format(conference.date());
        return at > 0 ? title.substring(at + " tại ".length()).strip() + ", " + day : day;
    }
}
