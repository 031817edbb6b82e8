package vn.delegationdesk.documents.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;

/** The Bảng kê as laid out (the text a reader sees): the marks of members not paid as travellers, the settings' lines. */
class SettlementSheetBuilderTest {
    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static String text(Delegation delegation, Settlement settlement, DocumentSettings settings) {
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement, EstimateInputs.DEFAULT, BuiltInRateSets.all());
        PrintedDocument document = new SettlementSheetBuilder(SettlementFormSettings.defaults()).build(delegation, settings,
                settlement.settlementDate(), sheet);
        return document.plainText();
    }

    @Test
    void aReplacedMemberAndOneDeletedFromThePlanAfterAnAdvanceKeepTheirRowsMarked() {
        Delegation delegation = SampleDelegation.create();
        List<Member> members = delegation.members();
        Settlement settlement = new Settlement(oct(30), List.of(new Advance("x-cu", oct(9), "PC-0099", 2_000_000L)),
                List.of(MemberOutcome.replacedBy(members.get(0).id(), members.get(1).id()),
                        MemberOutcome.went(members.get(1).id(), List.of(new CertifiedStay("tỉnh Đắk Lắk", oct(14), oct(14))))),
                List.of());

        String text = text(delegation, settlement, DocumentSettings.defaults());

        assertThat(text).contains("1\n" + members.get(0).fullName() + "\n(đã có người đi thay)\n")
                .contains("2\n" + members.get(1).fullName() + "\n" + members.get(1).sendingUnit() + "\n-\n-\n300.000\n")
                .contains((members.size() + 1) + "\nThành viên mã «x-cu»\n(không còn trong danh sách đoàn)\n-\n-\n-\n-\n-\n"
                        + "2.000.000\n2.000.000\n-\n")
                .contains("Tổng số tiền (Viết bằng chữ): Ba trăm nghìn đồng");
    }

    @Test
    void theUnitCodeAndDepartmentComeFromTheDocumentSettingsAndATripWithoutDatesPrintsNone() {
        DocumentSettings settings = DocumentSettings.defaults().withBudgetUnitCode("1234567")
                .withTravelOrderDepartment("Phòng Kế hoạch - Tài chính");
        Delegation undated = SampleDelegation.create().toBuilder().startDate(null).endDate(null).legs(List.of())
                .programme(List.of()).conferences(List.of()).build();

        String text = text(undated, new Settlement(oct(30), List.of(), List.of(), List.of()), settings);

        assertThat(text).contains("Bộ phận: Phòng Kế hoạch - Tài chính\nMã QHNS: 1234567", "Tháng 10 năm 2025",
                        "Tổng số tiền (Viết bằng chữ): Không đồng")
                .doesNotContain("Thời gian công tác");
    }
}
