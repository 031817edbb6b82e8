package vn.delegationdesk.documents.conference;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.PdfFiles;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The conference desk's printed documents, from a delegation, one of its conferences and the conference's delegates (pure
 * input, no store): the sign-in sheet ({@link SignInSheetDocument}), the name cards ({@link NameCardsDocument}) and the
 * invitations ({@link InvitationsDocument}). Each is offered laid out (as a preview shows it), as PDF bytes (working notes
 * that stay on screen removed) and written to a file through a temporary file moved over the target, as
 * {@code SettlementSheetService} does. The PDF writer is taken on first use (its fonts load then).
 */
public final class ConferenceDocumentService {
    private static final String SIGN_IN_KIND = "documents.conference.signIn.kind";
    private static final String NAME_CARDS_KIND = "documents.conference.nameCards.kind";
    private static final String INVITATIONS_KIND = "documents.conference.invitations.kind";
    private static final String BADGES_KIND = "documents.conference.badges.kind";
    private final Supplier<DocumentWriter> writerSource;
    private final Messages messages;
    private DocumentWriter writer;

    public ConferenceDocumentService(Supplier<DocumentWriter> pdfWriter, Messages messages) {
        this.writerSource = Objects.requireNonNull(pdfWriter, "pdfWriter");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Danh sách đại biểu dự hội nghị (ký tên): every delegate but the declined, by group, numbered throughout. */
    public PrintedDocument layoutSignInSheet(Delegation delegation, Conference conference, List<Delegate> delegates) {
        return new SignInSheetDocument(messages).build(delegation, conference, delegates);
    }

    public byte[] renderSignInSheet(Delegation delegation, Conference conference, List<Delegate> delegates) {
        return pdf(() -> layoutSignInSheet(delegation, conference, delegates), SIGN_IN_KIND,
                signInSheetFileName(delegation, conference));
    }

    public void writeSignInSheet(Delegation delegation, Conference conference, List<Delegate> delegates, Path target) {
        replace(target, renderSignInSheet(delegation, conference, delegates));
    }

    /** The delegates who get a name card by default: those ranked in protocol (precedence above 0), not declined. */
    public static List<Delegate> headTable(List<Delegate> delegates) {
        return NameCardsDocument.headTable(delegates);
    }

    /** Biển tên, one folded A4 landscape page per delegate of {@code cards}, in the order given. */
    public PrintedDocument layoutNameCards(Conference conference, List<Delegate> cards) {
        return new NameCardsDocument().build(conference, cards);
    }

    public byte[] renderNameCards(Delegation delegation, Conference conference, List<Delegate> cards) {
        return pdf(() -> layoutNameCards(conference, cards), NAME_CARDS_KIND, nameCardsFileName(delegation, conference));
    }

    public void writeNameCards(Delegation delegation, Conference conference, List<Delegate> cards, Path target) {
        replace(target, renderNameCards(delegation, conference, cards));
    }

    /** The delegates who get a badge: everyone on the list but those who declined, in the list's order. */
    public static List<Delegate> badgeHolders(List<Delegate> delegates) {
        return BadgesDocument.holders(delegates);
    }

    /** Thẻ đại biểu, eight to an A4 page with cut lines, one per delegate of {@code badges}, each with its QR code. */
    public PrintedDocument layoutBadges(Conference conference, List<Delegate> badges) {
        return new BadgesDocument(messages).build(conference, badges);
    }

    public byte[] renderBadges(Delegation delegation, Conference conference, List<Delegate> badges) {
        return pdf(() -> layoutBadges(conference, badges), BADGES_KIND, badgesFileName(delegation, conference));
    }

    public void writeBadges(Delegation delegation, Conference conference, List<Delegate> badges, Path target) {
        replace(target, renderBadges(delegation, conference, badges));
    }

    /**
     * Giấy mời, one page per delegate of {@code invited} (the caller chooses: everyone invited, or the ones not yet sent),
     * in the order given; the contact lines are the document settings' ({@code itineraryContacts}). With {@code qrCodes},
     * each page carries under the signature a QR code of {@link #qrPayload(Delegate)} for the check-in desk.
     */
    public PrintedDocument layoutInvitations(Delegation delegation, DocumentSettings settings, Conference conference,
            List<Delegate> invited, boolean qrCodes) {
        return new InvitationsDocument(qrCodes).build(delegation, settings, conference, invited);
    }

    public byte[] renderInvitations(Delegation delegation, DocumentSettings settings, Conference conference,
            List<Delegate> invited, boolean qrCodes) {
        return pdf(() -> layoutInvitations(delegation, settings, conference, invited, qrCodes), INVITATIONS_KIND,
                invitationsFileName(delegation, conference));
    }

    public void writeInvitations(Delegation delegation, DocumentSettings settings, Conference conference, List<Delegate> invited,
            boolean qrCodes, Path target) {
        replace(target, renderInvitations(delegation, settings, conference, invited, qrCodes));
    }

    /** "DD1|hoi-nghi-dak-lak|hoi-nghi-dak-lak-001": what the QR code of {@code delegate}'s invitation carries. */
    public static String qrPayload(Delegate delegate) {
        return InvitationsDocument.qrPayload(delegate);
    }

    /** "Danh-sach-dai-bieu-ky-ten_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf": the conference's day tells two apart. */
    public static String signInSheetFileName(Delegation delegation, Conference conference) {
        return FileNames.forDelegation("Danh sách đại biểu ký tên", day(conference), delegation, "pdf");
    }

    public static String nameCardsFileName(Delegation delegation, Conference conference) {
        return FileNames.forDelegation("Biển tên", day(conference), delegation, "pdf");
    }

    public static String badgesFileName(Delegation delegation, Conference conference) {
        return FileNames.forDelegation("Thẻ đại biểu", day(conference), delegation, "pdf");
    }

    public static String invitationsFileName(Delegation delegation, Conference conference) {
        return FileNames.forDelegation("Giấy mời", day(conference), delegation, "pdf");
    }

    private static String day(Conference conference) {
        return VietnameseDates.format(conference.date()).replace('/', '-');
    }

    private byte[] pdf(Supplier<PrintedDocument> layout, String kind, String fileName) {
        return PdfFiles.render(writer(), layout, kind, fileName);
    }

    private static void replace(Path target, byte[] bytes) {
        PdfFiles.replace(target, bytes);
    }

    private synchronized DocumentWriter writer() {
        if (writer == null) {
            writer = Objects.requireNonNull(writerSource.get(), "writer");
        }
        return writer;
    }
}
