package vn.delegationdesk.app.desk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.conferencedesk.ui.DeskDocuments;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentWriteException;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.conference.SeatingPlanDocument;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * The delegate list's documents ({@link DeskDocuments}) made by {@link ConferenceDocumentService} and
 * {@link SeatingPlanDocument}: the name cards are those of the head table (the delegates ranked in protocol), the
 * invitations carry their QR codes and the delegation's document settings (the contact lines).
 */
public final class ConferenceDeskDocuments implements DeskDocuments {
    private final ConferenceDocumentService documents;
    private final Supplier<DocumentWriter> pdfWriter;
    private final Function<Long, DocumentSettings> settings;

    public ConferenceDeskDocuments(ConferenceDocumentService documents, Supplier<DocumentWriter> pdfWriter,
            Function<Long, DocumentSettings> settings) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.pdfWriter = Objects.requireNonNull(pdfWriter, "pdfWriter");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String fileName(Kind kind, Delegation delegation, Conference conference) {
        return switch (kind) {
            case SIGN_IN -> ConferenceDocumentService.signInSheetFileName(delegation, conference);
            case NAME_CARDS -> ConferenceDocumentService.nameCardsFileName(delegation, conference);
            case INVITATIONS -> ConferenceDocumentService.invitationsFileName(delegation, conference);
            case BADGES -> ConferenceDocumentService.badgesFileName(delegation, conference);
            case SEATING_PLAN -> FileNames.forDelegation("Sơ đồ chỗ ngồi",
                    VietnameseDates.format(conference.date()).replace('/', '-'), delegation, "pdf");
        };
    }

    @Override
    public void write(Kind kind, Delegation delegation, Conference conference, List<Delegate> delegates, Path target) {
        switch (kind) {
            case SIGN_IN -> documents.writeSignInSheet(delegation, conference, delegates, target);
            case NAME_CARDS -> documents.writeNameCards(delegation, conference, ConferenceDocumentService.headTable(delegates),
                    target);
            case INVITATIONS -> documents.writeInvitations(delegation, settings.apply(delegation.id()), conference, delegates,
                    true, target);
            case BADGES -> documents.writeBadges(delegation, conference, ConferenceDocumentService.badgeHolders(delegates), target);
            default -> throw new IllegalArgumentException("the seating plan needs its plan: writeSeatingPlan");
        }
    }

    @Override
    public void writeSeatingPlan(Delegation delegation, Conference conference, SeatingPlan plan, Path target) {
        try {
            DocumentWriter writer = pdfWriter.get();
            ReplacingFileWriter.write(target, out -> writer.write(new SeatingPlanDocument().build(conference, plan), out));
        } catch (IOException | RuntimeException e) {
            throw new DocumentWriteException("documents.error.cannotWrite", List.of(
                    target.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }
}
