package vn.delegationdesk.documents.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;

/**
 * Thẻ đại biểu for seed 000's Đắk Lắk conference, read back from the PDF: eight to a page, each delegate coming exactly
 * once with the conference's short title, title, body and group, and their own QR code; 180 badges take 23 pages. Set
 * -Dconference.pdf=DIR to keep the PDFs for looking at them.
 */
class BadgesPdfTest {
    private final ConferenceDocumentService service = new ConferenceDocumentService(PdfDocumentWriter::new, new Messages());
    private final Delegation delegation = SampleDelegation.create();
    private final Conference conference = delegation.conferences().get(0);
    private final List<Delegate> delegates = TestDelegates.of(conference.id());

    @Test
    void everyoneComingHasOneBadgeEightToAPageWithTheirOwnQrCode() throws IOException {
        List<Delegate> badges = ConferenceDocumentService.badgeHolders(delegates);
        assertThat(badges).hasSize(174);
        byte[] pdf = keep("the-dai-bieu.pdf", service.renderBadges(delegation, conference, badges));
        List<String> pages = PdfPages.text(pdf);
        String all = flat(String.join(" ", pages));

        assertThat(pages).hasSize(22);
        for (Delegate d : delegates) {
            assertThat(count(all, d.fullName())).as(d.fullName()).isEqualTo(d.status() == DelegateStatus.DECLINED ? 0 : 1);
        }
        assertThat(count(all, "HỘI NGHỊ TRAO ĐỔI, HỌC TẬP KINH NGHIỆM THỰC TẾ")).isEqualTo(174);
        assertThat(count(all, "tỉnh Đắk Lắk, 14/10/2025")).isEqualTo(174);
        Delegate first = badges.get(0);
        // Two badges side by side read back line by line across both: each of the first badge's lines is there.
        assertThat(flat(pages.get(0))).startsWith("HỘI NGHỊ TRAO ĐỔI, HỌC TẬP KINH NGHIỆM THỰC TẾ").contains(first.fullName(),
                first.title(), first.body(), "LÃNH ĐẠO");
        assertThat(all).doesNotContain(first.contact(), first.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < pages.size(); page++) {
                List<Delegate> onPage = badges.subList(page * 8, Math.min(badges.size(), page * 8 + 8));
                List<byte[]> drawn = forms(document.getPage(page));
                assertThat(drawn).as("page %d", page + 1).hasSize(onPage.size());
                for (Delegate d : onPage) {
                    byte[] expected = QrForms.squares(ConferenceDocumentService.qrPayload(d));
                    assertThat(drawn).as("%s's code on page %d", d.fullName(), page + 1).anyMatch(b -> Arrays.equals(b, expected));
                }
            }
        }
    }

    @Test
    void oneHundredAndEightyBadgesTakeTwentyThreePages() throws IOException {
        List<Delegate> all = delegates.stream().map(d -> d.status() != DelegateStatus.DECLINED ? d
                : new Delegate(d.id(), d.conferenceId(), d.fullName(), d.title(), d.body(), d.group(), d.precedence(),
                        d.contact(), d.onPayroll(), DelegateStatus.CONFIRMED, null, d.memberId(), d.walkIn())).toList();
        List<Delegate> badges = ConferenceDocumentService.badgeHolders(all);
        assertThat(badges).hasSize(180);

        List<String> pages = PdfPages.text(keep("the-dai-bieu-180.pdf", service.renderBadges(delegation, conference, badges)));

        assertThat(pages).hasSize(23);
        assertThat(flat(pages.get(22))).contains(badges.get(179).fullName()).doesNotContain(badges.get(175).fullName());
        assertThat(ConferenceDocumentService.badgesFileName(delegation, conference))
                .isEqualTo("The-dai-bieu_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf");
    }

    private static List<byte[]> forms(PDPage page) throws IOException {
        List<byte[]> out = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                try (InputStream in = form.getContents()) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static int count(String text, String name) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static byte[] keep(String name, byte[] pdf) throws IOException {
        String dir = System.getProperty("conference.pdf");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), pdf);
        }
        return pdf;
    }
}
