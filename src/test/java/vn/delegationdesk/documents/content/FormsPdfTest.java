package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.content.travel.TravelOrdersDocument;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

/** The travel orders and the member list as printed: read back from the PDF the writer makes. */
class FormsPdfTest {
    private final DocumentSource source = SampleDocuments.source();
    private final List<Member> members = source.delegation().members();

    @Test
    void everyTravelOrderFitsOnePageWithItsHoldersNameAndRoute() throws IOException {
        List<String> pages = PdfPages.text(pdf(new TravelOrdersDocument().build(source)));

        assertThat(pages).hasSize(37);
        for (int n = 0; n < pages.size(); n++) {
            assertThat(pages.get(n)).as("page %d", n + 1).contains(members.get(n).fullName(), "GIẤY ĐI ĐƯỜNG",
                    "Mẫu số: C16-HD", "Buôn Ma Thuột", "Bình Thuận", "Máy bay", "Ô tô", "14/10/2025", "16/10/2025",
                    "19/10/2025", "Người đi công tác", "Thủ trưởng đơn vị");
        }
    }

    @Test
    void oneMembersTravelOrderIsOnePage() throws IOException {
        Member member = members.get(20);
        List<String> pages = PdfPages.text(pdf(TravelOrdersDocument.forMember(member.id()).build(source)));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains(member.fullName(), "Buôn Ma Thuột");
    }

    @Test
    void theMemberListWarnsOfPersonalDataOnEveryPageAndCarriesEveryIdNumber() throws IOException {
        List<String> pages = PdfPages.text(pdf(new MemberListDocument().build(source)));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int n = 0; n < pages.size(); n++) {
            assertThat(pages.get(n).replaceAll("\\s+", " ")).as("page %d", n + 1)
                    .contains("Tài liệu có thông tin cá nhân (số CCCD, số điện thoại)", "không sao chép, chia sẻ.");
        }
        String all = PdfPages.allText(pdf(new MemberListDocument().build(source)));
        assertThat(all).contains("DANH SÁCH THÀNH VIÊN ĐOÀN", "I. DANH SÁCH HÀNH KHÁCH", "II. DANH SÁCH XẾP PHÒNG",
                "Bạch Liên Hương");
        for (Member member : members) {
            assertThat(all).contains(member.idNumber(), member.fullName());
        }
    }

    private static byte[] pdf(PrintedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter().write(document, out);
        return out.toByteArray();
    }
}
