package vn.delegationdesk.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The seed-000 trip (Đắk Lắk 14–16/10/2025, Lâm Đồng 17–19/10/2025) with four invented members, and a rate set of
 * TEST DATA holding invoice caps the built-in TT 12/2025 set leaves empty (its lodging figures are not verified).
 */
final class SettlementFixtures {
    static final String DAK_LAK = "tỉnh Đắk Lắk";
    static final String LAM_DONG = "tỉnh Lâm Đồng";
    static final String AN = "a";
    static final String BINH = "b";
    static final String CUC = "c";
    static final String DUNG = "d";
    static final String TEST_RATES_ID = "test-caps";
    static final LocalDate SETTLED_ON = LocalDate.of(2025, 10, 30);

    private SettlementFixtures() {
    }

    static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    static Delegation delegation() {
        return SampleDelegation.create().toBuilder().members(List.of(
                member(AN, "Nguyễn Văn An", Gender.MALE, null, DelegationRole.HEAD),
                member(BINH, "Trần Văn Bình", Gender.MALE, null, DelegationRole.MEMBER),
                member(CUC, "Lê Thị Cúc", Gender.FEMALE, new BigDecimal("1.25"), DelegationRole.MEMBER),
                member(DUNG, "Phạm Thị Dung", Gender.FEMALE, null, DelegationRole.MEMBER))).build();
    }

    private static Member member(String id, String name, Gender gender, BigDecimal coefficient, DelegationRole role) {
        return new Member(id, name, gender, LocalDate.of(1980, 1, 1), "Chuyên viên", "Văn phòng Sở", "", coefficient, true,
                "", "", role, "", true);
    }

    /** TEST DATA, not a regulation's figures: the TT 12/2025 values plus invoice caps and flat rates for lodging. */
    static RateSet testRates() {
        RateSet tt12 = BuiltInRateSets.all().stream().filter(s -> s.id().equals(BuiltInRateSets.TT12_ID)).findFirst()
                .orElseThrow();
        List<RateValue> values = new ArrayList<>(tt12.values().stream().filter(v -> v.hasAmount()).toList());
        values.removeIf(v -> v.key().name().startsWith("LODGING"));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SHARED_OTHER, 1_000_000L, "Dữ liệu kiểm thử, 2 người/phòng", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SHARED_CITY, 1_000_000L, "Dữ liệu kiểm thử, 2 người/phòng", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SENIOR_OTHER, 1_200_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_INVOICE_SENIOR_CITY, 1_200_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_FLAT_PROVINCE, 350_000L, "Dữ liệu kiểm thử", false));
        values.add(new RateValue(RateKey.LODGING_FLAT_SENIOR, 600_000L, "Dữ liệu kiểm thử", false));
        return new RateSet(TEST_RATES_ID, "Bộ định mức kiểm thử (dữ liệu thử)", "", "", RateSetKind.NATIONAL,
                LocalDate.of(2025, 5, 4), null, "Dữ liệu kiểm thử, không phải số liệu của văn bản.", values);
    }

    static List<RateSet> allRates() {
        List<RateSet> sets = new ArrayList<>(BuiltInRateSets.all());
        sets.add(testRates());
        return sets;
    }

    static EstimateInputs invoiceWithTestCaps() {
        return new EstimateInputs(TEST_RATES_ID, null, LodgingMode.INVOICE, Map.of());
    }

    static EstimateInputs flatWithTestRates() {
        return new EstimateInputs(TEST_RATES_ID, null, LodgingMode.FLAT, Map.of());
    }

    static MemberOutcome wholeTrip(String memberId) {
        return MemberOutcome.went(memberId, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                new CertifiedStay(LAM_DONG, oct(17), oct(19))));
    }

    static Voucher invoice(String number, String supplier, LocalDate date, long amount) {
        return new Voucher(VoucherKind.INVOICE, number, date, supplier, amount);
    }

    static ActualLine economyTicket(String memberId, String route, String number, long cost) {
        return ActualLine.ticket("", "Vé máy bay " + route, memberId, FlightClass.ECONOMY, null, cost,
                List.of(new Voucher(VoucherKind.TICKET, number, oct(10), "Vietnam Airlines", cost)));
    }

    static Settlement settlement(List<Advance> advances, List<MemberOutcome> outcomes, List<ActualLine> lines) {
        return new Settlement(SETTLED_ON, advances, outcomes, lines);
    }
}
