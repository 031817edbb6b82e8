package vn.delegationdesk.documents.content.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

/** The "Tiền ứng trước" block of the travel orders, read back from the PDF: the member's advances summed, blanks for others. */
class TravelOrderAdvancesPdfTest {
    private static final LocalDate PAID_ON = LocalDate.of(2025, 10, 10);
    private final DocumentSource sample = SampleDocuments.source();
    private final List<Member> members = sample.delegation().members();

    private DocumentSource withAdvances(Advance... advances) {
        Settlement settlement = new Settlement(LocalDate.of(2025, 10, 30), List.of(advances), List.of(), List.of());
        return sample.withSettlement(SettlementFigures.advancesOf(settlement));
    }

    @Test
    void aMemberGivenAnAdvancePrintsItAsCongTacPhiAndCongOnTheirOwnPageOnly() throws IOException {
        Member advanced = members.get(1);
        DocumentSource source = withAdvances(new Advance(advanced.id(), PAID_ON, "PC-0101", 5_000_000L));

        List<String> pages = PdfPages.text(pdf(new TravelOrdersDocument().build(source)));

        assertThat(pages).hasSize(members.size());
        assertThat(pages.get(1)).contains(advanced.fullName(), "Tiền ứng trước", "Lương: ……………… đ",
                "Công tác phí: 5.000.000 đ", "Cộng: 5.000.000 đ");
        for (int n : List.of(0, 2, 36)) {
            assertThat(pages.get(n)).as("page %d", n + 1).contains(members.get(n).fullName(), "Công tác phí: ……………… đ",
                    "Cộng: ……………… đ").doesNotContain("5.000.000");
        }
    }

    @Test
    void severalAdvancesToOneMemberAreSummedAndTheDelegationsOwnAdvanceIsOnNobodysOrder() throws IOException {
        Member advanced = members.get(20);
        DocumentSource source = withAdvances(new Advance(advanced.id(), PAID_ON, "PC-0101", 3_000_000L),
                new Advance(advanced.id(), LocalDate.of(2025, 10, 12), "PC-0107", 1_250_000L),
                Advance.toDelegation(PAID_ON, "PC-0100", 90_000_000L));

        String own = PdfPages.text(pdf(TravelOrdersDocument.forMember(advanced.id()).build(source))).get(0);
        String other = PdfPages.text(pdf(TravelOrdersDocument.forMember(members.get(0).id()).build(source))).get(0);

        assertThat(own).contains(advanced.fullName(), "Công tác phí: 4.250.000 đ", "Cộng: 4.250.000 đ");
        assertThat(other).contains("Công tác phí: ……………… đ").doesNotContain("90.000.000", "4.250.000");
    }

    @Test
    void withoutASettlementTheBlockStaysBlank() throws IOException {
        String page = PdfPages.text(pdf(TravelOrdersDocument.forMember(members.get(1).id()).build(sample))).get(0);

        assertThat(page).contains("Lương: ……………… đ", "Công tác phí: ……………… đ", "Cộng: ……………… đ");
    }

    private static byte[] pdf(PrintedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter().write(document, out);
        return out.toByteArray();
    }
}
