package vn.delegationdesk.documents.abroad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadEstimateCalculator;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.AbroadSection;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.sample.SampleOutbound;
import vn.delegationdesk.testing.PdfPages;

/**
 * The five outbound documents of the sample rendered to PDF and read back: the names, the passports, the flights in local
 * time, the exchange-rate line, a total that is the sum of the printed lines, in figures and words; the sample and
 * unverified marks never on paper; a draft mark when a country has no rate. Set -Dabroad.pdf=DIR to keep the PDFs for
 * looking at them.
 */
class AbroadDocumentsPdfTest {
    private static final String RATE_LINE = "Tỷ giá: 1 USD = 25.345,5 đồng, ngày 01/04/2026, nguồn: Ngân hàng TMCP Ngoại thương "
            + "Việt Nam (Vietcombank), tỷ giá bán chuyển khoản";
    private static final Pattern TOTAL = Pattern.compile("TỔNG CỘNG(?: \\(tạm tính\\))? ([\\d.]+)");

    private final AbroadDocuments documents = new AbroadDocuments(PdfDocumentWriter::new);

    private static AbroadSource sample() {
        return AbroadSource.draft(SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(),
                SampleOutbound.estimate());
    }

    /** The sample with a rate set that has no rate for Hàn Quốc: per diem and lodging without amounts. */
    private static AbroadSource withoutKoreanRates() {
        AbroadEstimate estimate = AbroadEstimateCalculator.compute(SampleOutbound.delegation(), SampleOutbound.plan(),
                List.of(SampleOutbound.rateSet().withRates(List.of())), SampleOutbound.inputs());
        return AbroadSource.draft(SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(), estimate);
    }

    private String text(AbroadDocuments.Kind kind, AbroadSource source, String keepAs) throws IOException {
        byte[] pdf = documents.render(kind, source);
        String keep = System.getProperty("abroad.pdf");
        if (keep != null) {
            Files.write(Files.createDirectories(Path.of(keep)).resolve(keepAs + ".pdf"), pdf);
        }
        return PdfPages.allText(pdf).replaceAll("[ \\t]*\\n", "\n");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theProposalGoesToTheSuperiorBodyWithTheCompositionTheTimeTheCountryAndTheTotalInFiguresAndWords() throws IOException {
        String text = text(AbroadDocuments.Kind.PROPOSAL, sample(), "to-trinh");
        String flat = flat(text);
        long total = SampleOutbound.estimate().total();
        assertThat(flat).contains("TỜ TRÌNH", "Về việc xin chủ trương cử đoàn đi công tác tại Hàn Quốc",
                "Kính gửi: Ủy ban nhân dân Thành phố Hà Nội", "Số: /TTr-SVHTT",
                "2. Thành phần đoàn: 05 người", "Bà Trịnh Thu Hà, Phó Giám đốc, Sở Văn hóa và Thể thao Hà Nội – Trưởng đoàn",
                "3. Thời gian: 04 ngày, từ ngày 06/04/2026 đến ngày 09/04/2026 (kể cả thời gian đi đường)",
                "4. Nước đến: Hàn Quốc (Seoul).",
                "Tổng dự toán: " + VietnameseNumbers.format(total) + " đồng (Bằng chữ: " + AmountInWords.of(total) + ")",
                RATE_LINE, "Nơi nhận:", "GIÁM ĐỐC", "Đỗ Đình Hồng");
        for (Member member : SampleOutbound.delegation().members()) {
            assertThat(flat).contains(member.fullName());
        }
        assertThat(text.toLowerCase()).doesNotContain("dữ liệu mẫu", "chưa xác minh", "tạm tính");
    }

    @Test
    void theDecisionListsEveryMemberWithPositionUnitPassportNumberAndType() throws IOException {
        String text = text(AbroadDocuments.Kind.DECISION, sample(), "quyet-dinh");
        String flat = flat(text);
        assertThat(flat).contains("QUYẾT ĐỊNH", "Về việc cử đoàn đi công tác tại Hàn Quốc", "Số: /QĐ-SVHTT",
                "GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO", "Điều 1. Cử 05 ông (bà)", "STT Họ và tên Chức vụ Đơn vị Số hộ chiếu Loại hộ chiếu",
                "Thời gian: 04 ngày, từ ngày 06/04/2026 đến ngày 09/04/2026", "Trưởng đoàn: Bà Trịnh Thu Hà",
                "Điều 2.", VietnameseNumbers.format(SampleOutbound.estimate().total()) + " đồng", "Điều 3.", "Điều 4.",
                "tỷ giá: 1 USD = 25.345,5 đồng, ngày 01/04/2026", "Như Điều 4");
        List<Member> members = SampleOutbound.delegation().members();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Passport passport = SampleOutbound.plan().passport(member.id()).orElseThrow();
            // A row reads "1 Trịnh Thu Hà Phó Giám đốc Sở Văn hóa và … C7102384 Hộ chiếu công vụ" on its first lines.
            assertThat(text).containsPattern("(?m)^" + (i + 1) + " " + member.fullName() + " .*" + passport.number() + " Công vụ$");
        }
        assertThat(text.split(" Công vụ\n", -1)).hasSize(members.size() + 1);
        assertThat(text.toLowerCase()).doesNotContain("dữ liệu mẫu", "chưa xác minh");
    }

    @Test
    void theItineraryGivesEachFlightInTheLocalTimeOfItsAirportAndTheDaysInOrder() throws IOException {
        String flat = flat(text(AbroadDocuments.Kind.ITINERARY, sample(), "lich-trinh"));
        assertThat(flat).contains("LỊCH TRÌNH CÔNG TÁC NƯỚC NGOÀI", "(Kèm theo Quyết định số /QĐ-SVHTT",
                "Seoul, Hàn Quốc: từ ngày 06/04/2026 đến ngày 09/04/2026 (03 đêm), giờ địa phương UTC+9",
                "Hà Nội (Nội Bài) UTC+7; Seoul (Incheon) UTC+9", "00:05 Khởi hành chuyến bay VN416 đi Seoul",
                "(đến 06:35 ngày 06/04/2026, giờ UTC+9)", "06:35 Đến Seoul (Incheon)", "10:35 Khởi hành chuyến bay VN417 đi Hà Nội",
                "(đến 13:15 ngày 09/04/2026, giờ UTC+7)", "13:15 Đến Hà Nội (Nội Bài)");
        // Under each flight's time, the offset of its airport: (UTC+7) at Nội Bài, (UTC+9) at Incheon.
        assertThat(flat).containsPattern("06/04/2026 \\(UTC\\+7\\)").containsPattern("06:35 .*?\\(UTC\\+9\\) VN416");
        // The days in order, each named once: Thứ Hai 06/04 to Thứ Năm 09/04.
        List<Integer> days = List.of(flat.indexOf("Thứ Hai"), flat.indexOf("Thứ Ba"), flat.indexOf("Thứ Tư"), flat.indexOf("Thứ Năm"));
        assertThat(days).doesNotContain(-1).isSorted();
        assertThat(flat).containsOnlyOnce("Thứ Hai").containsOnlyOnce("07/04/2026").containsOnlyOnce("08/04/2026");
        assertThat(flat.indexOf("00:05 Khởi hành")).isLessThan(flat.indexOf("06:35 Đến"));
        assertThat(flat.indexOf("07:30")).isPositive().isLessThan(flat.indexOf("10:35 Khởi hành"));
    }

    @Test
    void theEstimatePrintsTheRateLineTheForeignAndDongAmountsAndATotalThatIsTheSumOfThePrintedLines() throws IOException {
        AbroadSource source = sample();
        String text = text(AbroadDocuments.Kind.ESTIMATE, source, "du-toan");
        String flat = flat(text);
        List<AbroadLine> printed = new ArrayList<>();
        for (AbroadSection section : AbroadSection.values()) {
            printed.addAll(AbroadEstimateDocument.printed(source.estimate(), section));
        }
        long sum = printed.stream().mapToLong(AbroadLine::amount).sum();
        Matcher total = TOTAL.matcher(flat);
        assertThat(total.find()).isTrue();
        assertThat(VietnameseNumbers.parseWhole(total.group(1)).orElseThrow()).isEqualTo(sum).isEqualTo(source.estimate().total());
        for (AbroadLine line : printed) {
            assertThat(flat).contains(VietnameseNumbers.format(line.amountVnd()));
        }
        assertThat(flat).contains("DỰ TOÁN KINH PHÍ ĐOÀN RA", RATE_LINE, "1.200 USD 30.414.600", "675 USD 17.108.213",
                "Bằng chữ: " + AmountInWords.of(sum), AbroadWording.ROUNDING,
                "Số ngày: 04 ngày (từ ngày xuất cảnh 06/04/2026 đến ngày nhập cảnh 09/04/2026, theo lịch Việt Nam)",
                "Định mức áp dụng: Bộ định mức mẫu", "NGƯỜI LẬP", "KẾ TOÁN", "Đỗ Đình Hồng");
        // The visa Hàn Quốc does not ask for here was left unpriced: an optional line, not printed.
        assertThat(flat).doesNotContain("thị thực");
        // Sample rates: the marks stay on screen, and the paper says the caps were not checked.
        assertThat(flat.toLowerCase()).doesNotContain("dữ liệu mẫu", "chưa xác minh");
        assertThat(flat).contains(AbroadEstimateDocument.DRAFT_RATES).doesNotContain("dòng chưa có số tiền");
    }

    @Test
    void anEstimateWithoutTheCountrysRatesPrintsAsADraftAndTheProposalSaysItsTotalIsProvisional() throws IOException {
        AbroadSource source = withoutKoreanRates();
        assertThat(source.estimate().incompleteLines()).isEqualTo(2);
        String flat = flat(text(AbroadDocuments.Kind.ESTIMATE, source, "du-toan-du-thao"));
        assertThat(flat).contains("DỰ THẢO – còn 2 dòng chưa có số tiền", "TỔNG CỘNG (tạm tính) "
                + VietnameseNumbers.format(source.estimate().total()), "Bằng chữ (tạm tính):",
                "Chưa có mức phụ", "Chưa có mức tiền");
        assertThat(flat(text(AbroadDocuments.Kind.PROPOSAL, source, "to-trinh-du-thao")))
                .contains("Tổng dự toán (tạm tính, dự toán còn là dự thảo): " + VietnameseNumbers.format(source.estimate().total()));
    }

    @Test
    void theResultsReportGoesToTheSuperiorBodyWithTheMembersTheDaysAbroadTheTotalInDongAndTheRateLine() throws IOException {
        String text = text(AbroadDocuments.Kind.REPORT, sample(), "bao-cao");
        String flat = flat(text);
        long total = SampleOutbound.estimate().total();
        assertThat(flat).contains("BÁO CÁO", "Kết quả chuyến công tác tại Hàn Quốc", "Số: /BC-SVHTT",
                "Kính gửi: Ủy ban nhân dân Thành phố Hà Nội",
                "Thực hiện Quyết định số /QĐ-SVHTT ngày / / của Sở Văn hóa và Thể thao về việc cử đoàn đi công tác tại Hàn Quốc",
                "I. THÔNG TIN VỀ ĐOÀN CÔNG TÁC", "1. Quyết định cử đoàn: số /QĐ-SVHTT ngày / / .",
                "2. Thành phần đoàn: 05 người, gồm:", "Bà Trịnh Thu Hà, Phó Giám đốc, Sở Văn hóa và Thể thao Hà Nội – Trưởng đoàn",
                "3. Thời gian: 04 ngày, từ ngày 06/04/2026 đến ngày 09/04/2026 (kể cả thời gian đi đường).",
                "4. Nước, thành phố đến: Hàn Quốc (Seoul).",
                "II. CHƯƠNG TRÌNH CÔNG TÁC ĐÃ THỰC HIỆN",
                "- Ngày 07/04/2026 (Thứ Ba), tại Seoul: Dự phiên khai mạc và các phiên toàn thể của Hội nghị thường niên; "
                        + "trình bày tham luận về hoạt động sáng tạo của Hà Nội.",
                "III. KẾT QUẢ CHUYẾN CÔNG TÁC", "1. Kết quả đạt được", "2. Những kinh nghiệm rút ra", "3. Đánh giá chung",
                "IV. KINH PHÍ", "1. Dự toán kinh phí: " + VietnameseNumbers.format(total) + " đồng (Bằng chữ: "
                        + AmountInWords.of(total) + ")", "- " + RATE_LINE + ".",
                "2. Kinh phí thực hiện: " + ResultsReportAbroadDocument.UNKNOWN_SPENDING + ".",
                "V. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "- Như trên;", "- Ban Giám đốc Sở;", "GIÁM ĐỐC", "Đỗ Đình Hồng");
        for (Member member : SampleOutbound.delegation().members()) {
            assertThat(flat).contains(member.fullName());
        }
        // The days abroad in order, each once; the results are left to write, never invented.
        assertThat(flat.indexOf("- Ngày 06/04/2026 (Thứ Hai)")).isPositive().isLessThan(flat.indexOf("- Ngày 09/04/2026 (Thứ Năm)"));
        assertThat(text).contains(ResultsReportAbroadDocument.DOTTED_LINE);
        assertThat(text.toLowerCase()).doesNotContain("dữ liệu mẫu", "chưa xác minh", "tạm tính");
    }

    @Test
    void theRegisteredReportPrintsItsNumberTheDecisionsAndWhatWasSpentAgainstTheEstimate() throws IOException {
        long total = SampleOutbound.estimate().total();
        AbroadSource source = new AbroadSource(SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(),
                SampleOutbound.estimate(), IssueNumber.DRAFT, new IssueNumber("41", LocalDate.of(2026, 3, 20)),
                new IssueNumber("58", LocalDate.of(2026, 4, 20)), 170_000_000L);
        String flat = flat(text(AbroadDocuments.Kind.REPORT, source, "bao-cao-so"));
        assertThat(flat).contains("Số: 58/BC-SVHTT", "ngày 20 tháng 4 năm 2026", "Thực hiện Quyết định số 41/QĐ-SVHTT ngày 20/03/2026",
                "1. Quyết định cử đoàn: số 41/QĐ-SVHTT ngày 20/03/2026.",
                "2. Kinh phí thực hiện: 170.000.000 đồng (Bằng chữ: " + AmountInWords.of(170_000_000L) + "), tiết kiệm "
                        + VietnameseNumbers.format(total - 170_000_000L) + " đồng so với dự toán.");
        assertThat(ResultsReportAbroadDocument.spending(total + 5, SampleOutbound.estimate())).endsWith(", vượt 5 đồng so với dự toán.");
        assertThat(ResultsReportAbroadDocument.spending(total, SampleOutbound.estimate())).endsWith(", bằng dự toán.");
    }

    @Test
    void theReportOfAnEstimateWithoutTheCountrysRatesSaysItsTotalIsProvisional() throws IOException {
        AbroadSource source = withoutKoreanRates().withReport(IssueNumber.DRAFT, 150_000_000L);
        String flat = flat(text(AbroadDocuments.Kind.REPORT, source, "bao-cao-du-thao"));
        assertThat(flat).contains("1. Dự toán kinh phí (tạm tính, dự toán còn là dự thảo): "
                + VietnameseNumbers.format(source.estimate().total()) + " đồng",
                "2. Kinh phí thực hiện: 150.000.000 đồng (Bằng chữ: " + AmountInWords.of(150_000_000L) + ").");
        assertThat(flat).doesNotContain("tiết kiệm", "so với dự toán");
    }

    @Test
    void eachDocumentIsWrittenUnderANameThatSaysTheDocumentTheCountryAndTheMonth(@TempDir Path dir) {
        AbroadSource source = sample();
        assertThat(AbroadDocuments.fileName(AbroadDocuments.Kind.PROPOSAL, source)).isEqualTo("To-trinh-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(AbroadDocuments.fileName(AbroadDocuments.Kind.DECISION, source))
                .isEqualTo("Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(AbroadDocuments.fileName(AbroadDocuments.Kind.ITINERARY, source)).isEqualTo("Lich-trinh-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(AbroadDocuments.fileName(AbroadDocuments.Kind.ESTIMATE, source)).isEqualTo("Du-toan-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(AbroadDocuments.fileName(AbroadDocuments.Kind.REPORT, source))
                .isEqualTo("Bao-cao-ket-qua-doan-ra_Han-Quoc_04-2026.pdf");
        Path target = dir.resolve(AbroadDocuments.fileName(AbroadDocuments.Kind.DECISION, source));
        documents.write(AbroadDocuments.Kind.DECISION, source, target);
        assertThat(target).exists();
        try {
            assertThat(PdfPages.allText(Files.readAllBytes(target))).contains("C7102384");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
