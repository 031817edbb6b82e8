package vn.delegationdesk.documents.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentWriteException;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
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
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.PdfPages;

/**
 * The Giấy đề nghị thanh toán tạm ứng (C43-BB) of the seed delegation read back from the PDF: a page per member given an
 * advance and one for the delegation's own, each with its advances by voucher (A), the member's entitlement from the Bảng
 * kê in its lines (B) and the difference (C) equal to A − B or B − A. Set -Dc43.pdf=DIR to keep the PDF for looking at it.
 */
class AdvanceClaimPdfTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";

    private final SettlementSheetService service = new SettlementSheetService(PdfDocumentWriter::new);
    private final Delegation delegation = SampleDelegation.create().withId(1L);
    private final List<Member> members = delegation.members();

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static ActualLine ticket(String memberId, String number, long cost) {
        return ActualLine.ticket("", "Vé máy bay", memberId, FlightClass.ECONOMY, null, cost,
                List.of(new Voucher(VoucherKind.TICKET, number, oct(10), "Vietnam Airlines", cost)));
    }

    private Settlement settlement() {
        String first = members.get(0).id();
        String withdrew = members.get(2).id();
        return new Settlement(oct(30),
                List.of(new Advance(first, oct(10), "PC-0101", 5_000_000L), new Advance(first, oct(12), "PC-0102", 1_000_000L),
                        new Advance(withdrew, oct(10), "PC-0103", 3_000_000L), Advance.toDelegation(oct(9), "PC-0100", 20_000_000L)),
                List.of(MemberOutcome.went(first, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                        new CertifiedStay(LAM_DONG, oct(17), oct(19)))), MemberOutcome.withdrew(withdrew)),
                List.of(ticket(first, "738-0001", 1_200_000L), ticket(first, "738-0002", 1_300_000L),
                        ActualLine.direct("", "Thuê xe ô tô 45 chỗ", 18_500_000L,
                                List.of(new Voucher(VoucherKind.CONTRACT, "HĐ-17", oct(20), "Công ty Vận tải Tây Nguyên", 18_500_000L)))));
    }

    @Test
    void eachAdvancedMemberAndTheDelegationGetAPageWhoseDifferenceIsTheAdvanceLessWhatWasSpent() throws IOException {
        Settlement settlement = settlement();
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement, EstimateInputs.DEFAULT, BuiltInRateSets.all());
        MemberSettlement first = sheet.member(members.get(0).id()).orElseThrow();
        assertThat(first.perDiem()).as("6 days at 300.000").isEqualTo(1_800_000L);
        assertThat(first.tickets()).isEqualTo(2_500_000L);

        byte[] pdf = service.renderAdvanceClaims(delegation, DocumentSettings.defaults(), AdvanceClaimFormSettings.defaults(),
                settlement, sheet);
        keep(pdf);
        List<String> pages = PdfPages.text(pdf).stream().map(AdvanceClaimPdfTest::oneSpace).toList();

        assertThat(pages).hasSize(3);
        long spent = first.total();
        assertThat(pages.get(0)).contains("Mẫu số C43-BB", "Đơn vị: Sở Văn hóa và Thể thao",
                "GIẤY ĐỀ NGHỊ THANH TOÁN TẠM ỨNG", "Ngày 30 tháng 10 năm 2025",
                "Họ và tên người thanh toán: " + members.get(0).fullName(), "Bộ phận (hoặc địa chỉ): " + members.get(0).sendingUnit(),
                "Số tiền tạm ứng được thanh toán theo bảng dưới đây:", "Diễn giải Số tiền",
                "A. Số tiền tạm ứng 6.000.000", "I. Số tạm ứng các kỳ trước chưa chi hết -", "II. Số tạm ứng kỳ này: 6.000.000",
                "- Phiếu chi số PC-0101 ngày 10/10/2025 5.000.000", "- Phiếu chi số PC-0102 ngày 12/10/2025 1.000.000",
                "B. Số tiền đã chi " + money(spent), "1. Tiền vé (tàu, xe, …) 2.500.000", "3. Phụ cấp lưu trú 1.800.000",
                "1. Số tạm ứng chi không hết (A - B) " + money(6_000_000L - spent), "2. Chi quá số tạm ứng (B - A) -",
                "Thủ trưởng đơn vị Kế toán trưởng Kế toán thanh toán Người đề nghị thanh toán",
                delegation.signer().name());
        assertThat(6_000_000L - spent).as("A - B").isPositive();
        assertThat(pages.get(0)).doesNotContain("(không đi công tác)");

        assertThat(pages.get(1)).contains("Họ và tên người thanh toán: " + members.get(2).fullName(), "(không đi công tác)",
                "A. Số tiền tạm ứng 3.000.000", "- Phiếu chi số PC-0103 ngày 10/10/2025 3.000.000", "B. Số tiền đã chi -",
                "1. Số tạm ứng chi không hết (A - B) 3.000.000");
        assertThat(pages.get(2)).contains("(Tạm ứng chung của đoàn công tác, thanh toán các khoản đơn vị chi trực tiếp)",
                "A. Số tiền tạm ứng 20.000.000", "- Phiếu chi số PC-0100 ngày 09/10/2025 20.000.000",
                "B. Số tiền đã chi 18.500.000", "1. Thuê xe ô tô 45 chỗ 18.500.000",
                "1. Số tạm ứng chi không hết (A - B) 1.500.000", "2. Chi quá số tạm ứng (B - A) -");
        assertThat(String.join(" ", pages)).as("a member given no advance has no claim").doesNotContain(members.get(1).fullName());
    }

    @Test
    void aMemberWhoSpentMoreThanTheAdvanceHasItUnderChiQuaSoTamUng() throws IOException {
        String first = members.get(0).id();
        Settlement settlement = new Settlement(oct(30), List.of(new Advance(first, oct(10), "PC-0101", 1_000_000L)),
                List.of(MemberOutcome.went(first, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                        new CertifiedStay(LAM_DONG, oct(17), oct(19))))), List.of());
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement, EstimateInputs.DEFAULT, BuiltInRateSets.all());
        long spent = sheet.member(first).orElseThrow().total();

        String page = oneSpace(PdfPages.text(service.renderAdvanceClaims(delegation, DocumentSettings.defaults(),
                new AdvanceClaimFormSettings("Mẫu số C43-BB (TT 24/2024)", ""), settlement, sheet)).get(0));

        assertThat(page).contains("Mẫu số C43-BB (TT 24/2024)", "B. Số tiền đã chi " + money(spent),
                "1. Số tạm ứng chi không hết (A - B) -", "2. Chi quá số tạm ứng (B - A) " + money(spent - 1_000_000L));
    }

    @Test
    void withoutAnyAdvanceThereIsNoClaimAndTheReasonIsSaidInVietnamese() {
        Settlement none = new Settlement(oct(30), List.of(), List.of(), List.of());
        SettlementSheet sheet = SettlementCalculator.compute(delegation, none, EstimateInputs.DEFAULT, BuiltInRateSets.all());

        assertThat(SettlementSheetService.hasAdvanceClaims(none)).isFalse();
        assertThatThrownBy(() -> service.renderAdvanceClaims(delegation, DocumentSettings.defaults(),
                AdvanceClaimFormSettings.defaults(), none, sheet))
                .isInstanceOfSatisfying(DocumentWriteException.class, e -> assertThat(new Messages().describeFailure(e, " "))
                        .contains("Giấy đề nghị thanh toán tạm ứng", "Giay-de-nghi-thanh-toan-tam-ung_Dak-Lak-Lam-Dong_10-2025.pdf",
                                "chưa ai được tạm ứng"));
    }

    private static String money(long amount) {
        return amount == 0 ? "-" : VietnameseNumbers.format(amount);
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void keep(byte[] pdf) throws IOException {
        String dir = System.getProperty("c43.pdf");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "c43-sample.pdf"), pdf);
        }
    }
}
