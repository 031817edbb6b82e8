package vn.delegationdesk.documents.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.PdfPages;

/**
 * The Bảng kê C17-HD of the seed delegation read back from the PDF: the form's top lines, the twelve columns, the members
 * with their marks, a "Cộng" row that is the sum of the printed rows, the total in words; and a 2,000-member sheet over
 * several pages with the column titles again on page 2. Set -Dc17.pdf=DIR to keep the PDFs for looking at them.
 */
class SettlementSheetPdfTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";
    private static final String AMOUNT = "(?:\\d{1,3}(?:\\.\\d{3})*|-)";
    /** A member's row as PDFBox reads its first line: number, name and unit, then the eight amounts. */
    private static final Pattern ROW = Pattern.compile("^(\\d+) (.+?) ((?:" + AMOUNT + " ){7}" + AMOUNT + ")$");
    private static final Pattern TOTAL = Pattern.compile("^Cộng ((?:" + AMOUNT + " ){7}" + AMOUNT + ")$");

    private final SettlementSheetService service = new SettlementSheetService(PdfDocumentWriter::new);

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static MemberOutcome wholeTrip(String memberId) {
        return MemberOutcome.went(memberId, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                new CertifiedStay(LAM_DONG, oct(17), oct(19))));
    }

    private static ActualLine ticket(String memberId, String route, String number, long cost) {
        return ActualLine.ticket("", "Vé máy bay " + route, memberId, FlightClass.ECONOMY, null, cost,
                List.of(new Voucher(VoucherKind.TICKET, number, oct(10), "Vietnam Airlines", cost)));
    }

    private static SettlementSheet compute(Delegation delegation, Settlement settlement) {
        return SettlementCalculator.compute(delegation, settlement, EstimateInputs.DEFAULT, BuiltInRateSets.all());
    }

    @Test
    void theSampleSheetNamesTheMembersUnderTheFormsColumnsAndItsTotalIsTheSumOfTheRowsInFiguresAndWords() throws IOException {
        Delegation delegation = SampleDelegation.create().withId(1L);
        List<Member> members = delegation.members();
        String first = members.get(0).id();
        String second = members.get(1).id();
        String withdrew = members.get(2).id();
        String fourth = members.get(3).id();
        Settlement settlement = new Settlement(oct(30),
                List.of(new Advance(first, oct(10), "PC-0101", 5_000_000L), new Advance(withdrew, oct(10), "PC-0103", 3_000_000L)),
                List.of(wholeTrip(first), MemberOutcome.went(second, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)))),
                        MemberOutcome.withdrew(withdrew), wholeTrip(fourth)),
                List.of(ticket(first, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                        ticket(first, "Đà Lạt – Hà Nội", "738-0002", 1_200_000L),
                        ticket(withdrew, "Hà Nội – Buôn Ma Thuột", "738-0003", 1_500_000L)));
        SettlementSheet sheet = compute(delegation, settlement);
        assertThat(sheet.disallowedTotal()).as("the withdrawn member's ticket").isEqualTo(1_500_000L);
        assertThat(sheet.warnings()).as("members without certified dates are warned about on screen").isNotEmpty();

        byte[] pdf = service.render(delegation, DocumentSettings.defaults(), SettlementFormSettings.defaults(), settlement, sheet);
        keep(pdf, "c17-sample.pdf");
        List<String> pages = PdfPages.text(pdf);
        String all = oneSpace(String.join(" ", pages));

        assertThat(oneSpace(pages.get(0))).contains("Mẫu số C17-HD", "Đơn vị: " + delegation.issuingBody().name(),
                "BẢNG KÊ THANH TOÁN CÔNG TÁC PHÍ", "Tháng 10 năm 2025", "Thời gian công tác: từ ngày 14/10/2025 đến ngày 19/10/2025",
                "A B C 1 2 3 4 5 6 7 8 D");
        // Wrapped titles read cell by cell, in the order they were written.
        assertThat(inWritingOrder(pdf, 1)).contains(
                "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)",
                String.join(" ", SettlementSheetBuilder.COLUMN_TITLES))
                .contains("STT Họ và tên Đơn vị Tiền vé (tàu, xe, …) Tiền thuê phương tiện đi lại Tiền phụ cấp lưu trú Tiền phòng "
                        + "nghỉ Cộng Số tiền đã tạm ứng Số nộp trả lại Số tiền còn được nhận Ký nhận");
        for (int i = 0; i < 4; i++) {
            assertThat(all).contains(members.get(i).fullName());
        }
        assertThat(all).contains(members.get(2).fullName() + " ").contains("(không đi công tác)");

        List<List<Long>> rows = new ArrayList<>();
        List<Long> total = null;
        for (String page : pages) {
            for (String line : page.split("\\R")) {
                String text = oneSpace(line);
                Matcher row = ROW.matcher(text);
                Matcher sum = TOTAL.matcher(text);
                if (row.matches()) {
                    rows.add(amounts(row.group(3)));
                } else if (sum.matches()) {
                    total = amounts(sum.group(1));
                }
            }
        }
        assertThat(rows).as("one numbered row per member").hasSize(members.size());
        MemberSettlement firstRow = sheet.member(first).orElseThrow();
        assertThat(rows.get(0)).as("tickets, vehicles, per diem, lodging, sum, advance, to return, to receive")
                .containsExactly(2_400_000L, 0L, 1_800_000L, 0L, 4_200_000L, 5_000_000L, 800_000L, 0L)
                .containsExactlyElementsOf(SettlementSheetBuilder.amounts(firstRow));
        assertThat(rows.get(1)).containsExactly(0L, 0L, 900_000L, 0L, 900_000L, 0L, 0L, 900_000L);
        assertThat(rows.get(2)).as("withdrew: returns the whole advance").containsExactly(0L, 0L, 0L, 0L, 0L, 3_000_000L,
                3_000_000L, 0L);
        List<Long> sums = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
        rows.forEach(r -> {
            for (int i = 0; i < 8; i++) {
                sums.set(i, sums.get(i) + r.get(i));
            }
        });
        SettlementTotals totals = sheet.totals();
        assertThat(total).as("the Cộng row").isEqualTo(sums).containsExactly(totals.tickets(), totals.vehicles(),
                totals.perDiem(), totals.lodging(), totals.total(), totals.advanced(), totals.toReturn(), totals.toReceive());
        assertThat(totals.total()).isEqualTo(4_200_000L + 900_000L + 1_800_000L);
        assertThat(all).contains("Cộng 2.400.000 - 4.500.000 - 6.900.000 8.000.000 3.800.000 2.700.000")
                .contains("Tổng số tiền (Viết bằng chữ): " + AmountInWords.of(totals.total()))
                .contains("Tổng số tiền (Viết bằng chữ): Sáu triệu chín trăm nghìn đồng")
                .contains("NGƯỜI LẬP", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC", delegation.signer().name(), "ngày 30 tháng 10 năm 2025");
        assertThat(all).as("nothing meant only for the clerk reaches paper")
                .doesNotContainIgnoringCase("dữ liệu mẫu").doesNotContain("chưa nhập ngày được xác nhận", "không được thanh toán");
    }

    @Test
    void anEditedFormCodeAndCircularArePrintedInsteadOfTheDefaults() {
        Delegation delegation = SampleDelegation.create().withId(1L);
        Settlement settlement = new Settlement(oct(30), List.of(), List.of(wholeTrip(delegation.members().get(0).id())), List.of());
        SettlementFormSettings form = new SettlementFormSettings("Mẫu số C17-HD (sửa đổi)",
                "(Ban hành kèm theo Thông tư số 24/2024/TT-BTC ngày 17/4/2024 của Bộ Tài chính)");
        String page = oneSpace(PdfPages.text(service.render(delegation, DocumentSettings.defaults(), form, settlement,
                compute(delegation, settlement))).get(0));
        assertThat(page).contains("Mẫu số C17-HD (sửa đổi)", "Thông tư số 24/2024/TT-BTC ngày 17/4/2024")
                .doesNotContain("107/2017");
        assertThat(new SettlementFormSettings(" ", "").formCode()).isEqualTo("Mẫu số C17-HD");
    }

    @Test
    void twoThousandMembersRunOverPagesWithTheColumnTitlesOnEachAndTheTotalAtTheEnd() throws IOException {
        List<Member> members = new ArrayList<>();
        List<MemberOutcome> outcomes = new ArrayList<>();
        List<Advance> advances = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            String id = "m" + i;
            members.add(new Member(id, "Thành viên số " + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(1980, 1, 1),
                    "Chuyên viên", "Phòng Quản lý văn hóa", "", BigDecimal.ONE, true, "", "", DelegationRole.MEMBER, "", true));
            outcomes.add(wholeTrip(id));
            if (i % 10 == 0) {
                advances.add(new Advance(id, oct(10), "PC-" + i, 2_000_000L));
            }
        }
        Delegation delegation = SampleDelegation.create().toBuilder().members(members).build().withId(2L);
        Settlement settlement = new Settlement(oct(30), advances, outcomes, List.of());
        SettlementSheet sheet = compute(delegation, settlement);

        byte[] pdf = service.render(delegation, DocumentSettings.defaults(), SettlementFormSettings.defaults(), settlement, sheet);
        keep(pdf, "c17-2000.pdf");
        List<String> pages = PdfPages.text(pdf);

        assertThat(pages.size()).isGreaterThan(1);
        assertThat(oneSpace(pages.get(1))).contains("A B C 1 2 3 4 5 6 7 8 D").doesNotContain("BẢNG KÊ THANH TOÁN CÔNG TÁC PHÍ");
        assertThat(inWritingOrder(pdf, 2)).contains(String.join(" ", SettlementSheetBuilder.COLUMN_TITLES));
        String last = oneSpace(pages.get(pages.size() - 1));
        // 2,000 × 6 days × 300.000; 200 advances of 2.000.000 against 1.800.000 → 200.000 to return each, the other 1,800
        // members 1.800.000 to receive.
        assertThat(last).contains("2000 Thành viên số 2000").contains("Cộng - - 3.600.000.000 - 3.600.000.000 400.000.000 "
                + "40.000.000 3.240.000.000")
                .contains("Tổng số tiền (Viết bằng chữ): " + AmountInWords.of(3_600_000_000L));
    }

    private static List<Long> amounts(String text) {
        List<Long> out = new ArrayList<>();
        for (String token : text.split(" ")) {
            out.add(token.equals("-") ? 0L : VietnameseNumbers.parseWhole(token).orElseThrow());
        }
        return out;
    }

    /** The text of page {@code page} (from 1) in the order it was written, a wrapped cell's lines joined. */
    private static String inWritingOrder(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return oneSpace(stripper.getText(document));
        }
    }

    private static String oneSpace(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void keep(byte[] pdf, String name) throws IOException {
        String folder = System.getProperty("c17.pdf");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), pdf);
        }
    }
}
