package vn.delegationdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * All the conference desk's documents for one conference (a main class, not a unit test), warm, median of {@code --runs}:
 * seed 000's Đắk Lắk conference with {@code --delegates} generated delegates ({@link TestDelegates}) made into the sign-in
 * sheet, the invitations (a page each, with its QR code), the name cards of the head table and the badges (eight to a
 * page, each with its QR code), one after the other on one thread. Target:
 * at most 2 s for 180 delegates (issue 18). Each document is reported on its own as well. No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.ConferenceDocumentsBenchmark --delegates 180 --runs 7
 * </pre>
 */
public final class ConferenceDocumentsBenchmark {
    private static volatile long sink;

    private ConferenceDocumentsBenchmark() {
    }

    public static void main(String[] args) {
        int size = BenchFigures.intOption(args, "--delegates", TestDelegates.COUNT);
        int runs = BenchFigures.intOption(args, "--runs", 7);
        int warmups = 3;
        Delegation delegation = SampleDelegation.create();
        Conference conference = delegation.conferences().get(0);
        List<Delegate> delegates = TestDelegates.of(conference.id(), size);
        List<Delegate> cards = ConferenceDocumentService.headTable(delegates);
        ConferenceDocumentService service = new ConferenceDocumentService(PdfDocumentWriter::new, new Messages());
        DocumentSettings settings = DocumentSettings.defaults();
        List<Long> all = new ArrayList<>();
        List<Long> signIn = new ArrayList<>();
        List<Long> invitations = new ArrayList<>();
        List<Long> nameCards = new ArrayList<>();
        List<Long> badges = new ArrayList<>();
        List<Delegate> holders = ConferenceDocumentService.badgeHolders(delegates);
        long bytes = 0;
        for (int run = 0; run < runs + warmups; run++) {
            long t0 = System.nanoTime();
            byte[] sheet = service.renderSignInSheet(delegation, conference, delegates);
            long t1 = System.nanoTime();
            byte[] letters = service.renderInvitations(delegation, settings, conference, delegates, true);
            long t2 = System.nanoTime();
            byte[] tents = service.renderNameCards(delegation, conference, cards);
            long t3 = System.nanoTime();
            byte[] cardsOut = service.renderBadges(delegation, conference, holders);
            long t4 = System.nanoTime();
            bytes = sheet.length + letters.length + tents.length + cardsOut.length;
            sink += bytes;
            if (run >= warmups) {
                all.add(t4 - t0);
                badges.add(t4 - t3);
                signIn.add(t1 - t0);
                invitations.add(t2 - t1);
                nameCards.add(t3 - t2);
            }
        }
        System.out.printf(Locale.ROOT, "%d delegates, %d name cards: %,d bytes of PDF%n", size, cards.size(), bytes);
        BenchFigures.print("sign-in sheet PDF (renderSignInSheet)", signIn, Double.NaN);
        BenchFigures.print("invitations PDF, a page each with QR (renderInvitations)", invitations, Double.NaN);
        BenchFigures.print("name cards PDF (renderNameCards)", nameCards, Double.NaN);
        BenchFigures.print("badges PDF, eight to a page with QR (renderBadges)", badges, Double.NaN);
        BenchFigures.print("all conference documents", all, 2000);
        System.exit(0);
    }
}
