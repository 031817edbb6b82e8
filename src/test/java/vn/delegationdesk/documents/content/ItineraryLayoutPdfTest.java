package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.testing.PageRules;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;

/** The leader's itinerary read back from its PDF: its header, its table's cells and its contacts as printed. */
class ItineraryLayoutPdfTest {
    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void noLineOfTheProgrammeFallsOutOfItsCell() {
        DocumentSource source = SampleDocuments.source();
        PrintedDocument itinerary = pack.layout(DocumentKind.ITINERARY, source);

        assertThat(PageRules.problems(itinerary, pack.write(DocumentFormat.PDF, itinerary)))
                .filteredOn(p -> p.contains("table")).isEmpty();
    }

    @Test
    void theBodysNameBreaksBetweenWordsNeverInsideDuLich() {
        List<String> lines = PdfPages.text(pack.render(DocumentFile.ITINERARY_PDF, source(SmallDelegation.create()))).get(0)
                .lines().map(String::strip).toList();

        assertThat(lines).noneMatch(l -> l.endsWith(" DU") || l.equals("LỊCH"))
                .anyMatch(l -> l.contains("THỂ THAO VÀ DU LỊCH"));
    }

    @Test
    void theContactsStayTogetherWithTheirHeadingOnOnePage() {
        Delegation small = SmallDelegation.create();
        for (int count = 1; count <= 14; count++) {
            List<String> contacts = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                contacts.add("Liên hệ số " + i + ": đồng chí Nguyễn Văn An, Văn phòng Sở, điện thoại 0912 345 6" + (10 + i));
            }
            DocumentSource source = new DocumentSource(small, DocumentSettings.defaults().withItineraryContacts(contacts),
                    SampleEstimates.priced());
            List<String> pages = PdfPages.text(pack.render(DocumentFile.ITINERARY_PDF, source));
            String withHeading = pages.stream().filter(p -> p.contains(ItineraryDocument.CONTACTS)).findFirst().orElseThrow()
                    .replaceAll("\\s+", " ");
            for (String contact : contacts) {
                assertThat(withHeading).as("%d contacts", count).contains(contact);
            }
        }
    }

    @Test
    void theSamplesTimetableTakesTwoPagesThenTheContactsAndTheAgendasFollowInTheAnnex() {
        DocumentSource source = SampleDocuments.source();
        List<String> pages = PdfPages.text(pack.render(DocumentFile.ITINERARY_PDF, source)).stream()
                .map(p -> p.replaceAll("\\s+", " ")).toList();
        int contacts = pageOf(pages, ItineraryDocument.CONTACTS);
        int annex = pageOf(pages, ItineraryAnnex.TITLE);

        assertThat(pageOf(pages, "Chủ nhật, ngày 19/10/2025")).isLessThanOrEqualTo(1);
        // With a night line ending each day the timetable fills two pages; the contacts come on the third.
        assertThat(contacts).as("the contacts right after the timetable").isLessThanOrEqualTo(2);
        assertThat(annex).isGreaterThan(contacts);
        assertThat(pages.get(0)).contains("Thời gian", "Nội dung", "Địa điểm", "Đơn vị đón tiếp", "liên hệ", "Phương tiện",
                "Sáng Đoàn xuất phát từ Hà Nội", "Máy bay", "Chiều", "Tối", "Khoảng 180 đại biểu.");
        for (Conference conference : source.delegation().conferences()) {
            for (AgendaItem item : conference.agenda()) {
                String start = item.content().substring(0, Math.min(40, item.content().length()));
                assertThat(pageOf(pages, start)).as(start).isGreaterThanOrEqualTo(annex);
            }
        }
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page holds \"" + text + "\"");
    }

    private static DocumentSource source(Delegation d) {
        return new DocumentSource(d, DocumentSettings.defaults(),
                EstimateCalculator.compute(d, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));
    }
}
