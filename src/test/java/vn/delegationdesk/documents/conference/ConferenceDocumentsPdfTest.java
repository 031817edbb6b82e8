package vn.delegationdesk.documents.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;

/**
 * The conference desk's documents for seed 000's Đắk Lắk conference and 180 generated delegates, read back from the PDFs:
 * every name exactly once on the sign-in sheet (the declined left out) under its group, the column titles again on page
 * 2; 180 invitations, each page with its delegate's name, the body's header and the time and place; the 12 name cards,
 * each name twice (both halves of the fold). Set -Dconference.pdf=DIR to keep the PDFs for looking at them.
 */
class ConferenceDocumentsPdfTest {
    private static final String COLUMNS = "STT Họ và tên Chức vụ Cơ quan, đơn vị Ký tên";
    private static final String CONTACT = "Đ/c Nguyễn Thu Hà, Văn phòng Sở: 0912 345 678";

    private final ConferenceDocumentService service = new ConferenceDocumentService(PdfDocumentWriter::new, new Messages());
    private final Delegation delegation = SampleDelegation.create();
    private final Conference conference = delegation.conferences().get(0);
    private final List<Delegate> delegates = TestDelegates.of(conference.id());

    @Test
    void signInSheetListsEveryoneComingOnceByGroupWithTheColumnTitlesOnEveryPage() throws IOException {
        byte[] pdf = keep("sign-in.pdf", service.renderSignInSheet(delegation, conference, delegates));
        List<String> pages = PdfPages.text(pdf);
        String all = flat(String.join(" ", pages));

        assertThat(flat(pages.get(0))).contains("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", "SỞ VĂN HÓA VÀ THỂ THAO",
                "Thời gian: Buổi chiều, Thứ Ba, ngày 14/10/2025",
                "Địa điểm: Khách sạn tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk");
        assertThat(pages).hasSizeGreaterThan(5);
        for (String page : pages) {
            assertThat(flat(page)).as("every page repeats the column titles").contains(COLUMNS);
        }
        List<Delegate> coming = delegates.stream().filter(d -> d.status() != DelegateStatus.DECLINED).toList();
        assertThat(coming).hasSize(174);
        for (Delegate delegate : delegates) {
            int expected = delegate.status() == DelegateStatus.DECLINED ? 0 : 1;
            assertThat(count(all, delegate.fullName())).as(delegate.fullName()).isEqualTo(expected);
        }
        // Numbered 1 to 174 throughout, the last row's number followed by the last delegate's name.
        Delegate last = coming.get(coming.size() - 1);
        assertThat(all).contains("174 " + last.fullName()).doesNotContain("175 ");
        assertThat(all).containsSubsequence("I. Lãnh đạo", "II. Đơn vị nơi đến", "III. Doanh nghiệp", "IV. Thành viên đoàn",
                "V. Báo chí", "VI. Khách mời khác");
        assertThat(all).contains("1 " + delegates.get(0).fullName() + " Phó Chủ tịch UBND tỉnh Đắk Lắk");
        // What the desk keeps for itself stays off the paper: status, telephone, ids.
        assertThat(all).doesNotContain("Đã mời", "Xác nhận dự", delegates.get(0).contact(), delegates.get(0).id());
    }

    @Test
    void oneInvitationPagePerDelegateWithItsNameTheHeaderTimePlaceAndContact() throws IOException {
        DocumentSettings settings = new DocumentSettings(IssueNumber.DRAFT, "", List.of(), IssueNumber.DRAFT, null, "", "", 0,
                List.of(CONTACT));
        byte[] pdf = keep("invitations.pdf", service.renderInvitations(delegation, settings, conference, delegates, false));
        List<String> pages = PdfPages.text(pdf);

        assertThat(pages).hasSize(180);
        for (int i = 0; i < pages.size(); i++) {
            Delegate delegate = delegates.get(i);
            String page = flat(pages.get(i));
            assertThat(page).as("page %d", i + 1).contains("GIẤY MỜI", "Kính gửi: Ông/Bà " + delegate.fullName() + ", "
                    + delegate.title() + ", " + delegate.body());
            assertThat(count(page, delegate.fullName())).as("page %d", i + 1).isEqualTo(1);
        }
        String first = flat(pages.get(0));
        assertThat(first).contains("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "/GM-SVHTT", "Hà Nội, ngày", "tháng 10 năm 2025",
                "Sở Văn hóa và Thể thao trân trọng kính mời Ông/Bà tới dự hội nghị trao đổi",
                "- Thời gian: Buổi chiều, Thứ Ba, ngày 14/10/2025.",
                "- Địa điểm: Khách sạn tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
                "- Liên hệ: " + CONTACT + ".", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Bạch Liên Hương");
        assertThat(first).doesNotContain(delegates.get(0).contact(), delegates.get(0).id());
        assertThat(flat(pages.get(179))).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bạch Liên Hương");
    }

    @Test
    void eachInvitationCarriesTheQrCodeOfItsDelegateForTheCheckInDesk() throws IOException {
        List<Delegate> some = delegates.subList(0, 30);
        byte[] pdf = keep("invitations-qr.pdf", service.renderInvitations(delegation, DocumentSettings.defaults(), conference,
                some, true));
        List<String> pages = PdfPages.text(pdf);

        assertThat(pages).hasSize(30);
        assertThat(ConferenceDocumentService.qrPayload(some.get(0))).isEqualTo("DD1|hoi-nghi-dak-lak|hoi-nghi-dak-lak-001");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < some.size(); i++) {
                assertThat(flat(pages.get(i))).contains("Kính gửi: Ông/Bà " + some.get(i).fullName(),
                        "Xin vui lòng xuất trình mã này tại bàn đón tiếp đại biểu.");
                List<byte[]> drawn = forms(document.getPage(i));
                assertThat(drawn).as("page %d draws one QR code", i + 1).hasSize(1);
                assertThat(drawn.get(0)).as("page %d carries its delegate's code", i + 1)
                        .isEqualTo(QrForms.squares(ConferenceDocumentService.qrPayload(some.get(i))));
                assertThat(drawn.get(0)).isNotEqualTo(QrForms.squares(ConferenceDocumentService.qrPayload(
                        some.get((i + 1) % some.size()))));
            }
        }
    }

    @Test
    void twelveNameCardsEachWithTheNameOnBothHalvesAndTheTitle() throws IOException {
        List<Delegate> cards = ConferenceDocumentService.headTable(delegates);
        assertThat(cards).extracting(Delegate::precedence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        byte[] pdf = keep("name-cards.pdf", service.renderNameCards(delegation, conference, cards));
        List<String> pages = PdfPages.text(pdf);

        assertThat(pages).hasSize(12);
        for (int i = 0; i < pages.size(); i++) {
            String page = flat(pages.get(i));
            assertThat(count(page, cards.get(i).fullName())).as("card %d", i + 1).isEqualTo(2);
            assertThat(page).contains(cards.get(i).title() + " " + cards.get(i).body());
        }
        assertThat(flat(pages.get(0))).contains("Phó Chủ tịch UBND tỉnh Đắk Lắk");
        assertThat(flat(pages.get(1))).contains("Giám đốc Sở Văn hóa và Thể thao thành phố Hà Nội");
    }

    @Test
    void writesUnderFileNamesForPeople(@TempDir Path dir) throws IOException {
        Path target = dir.resolve(ConferenceDocumentService.signInSheetFileName(delegation, conference));
        service.writeSignInSheet(delegation, conference, delegates.subList(0, 20), target);

        assertThat(target.getFileName().toString()).isEqualTo("Danh-sach-dai-bieu-ky-ten_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf");
        assertThat(flat(PdfPages.allText(Files.readAllBytes(target)))).contains(delegates.get(19).fullName());
        assertThat(ConferenceDocumentService.invitationsFileName(delegation, conference))
                .isEqualTo("Giay-moi_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf");
        assertThat(ConferenceDocumentService.nameCardsFileName(delegation, conference))
                .isEqualTo("Bien-ten_14-10-2025_Dak-Lak-Lam-Dong_10-2025.pdf");
    }

    /** The decoded drawing of every form XObject on {@code page}. */
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

    /** How often {@code name} stands as whole words in {@code text}. */
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
