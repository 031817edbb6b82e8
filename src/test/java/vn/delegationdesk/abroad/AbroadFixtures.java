package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * An outbound trip of five invented members to Seoul in April 2026 (under TT 140/2025), and a rate set of TEST DATA:
 * its USD figures are NOT the circular's (its Phụ lục was not read), they only make the arithmetic visible.
 */
final class AbroadFixtures {
    static final long DELEGATION_ID = 7L;
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Currency USD = Currency.getInstance("USD");
    static final String TEST_SET_ID = "test-abroad";
    static final String VIETCOMBANK = "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)";

    private AbroadFixtures() {
    }

    static LocalDate april(int day) {
        return LocalDate.of(2026, 4, day);
    }

    static LocalDateTime april(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 4, day, hour, minute);
    }

    /** Five members: An (head), Bình, Cúc, Dung, Giang. */
    static Delegation delegation() {
        // A trip abroad only: its dates are those of the flights (05/4 23:50 – 09/4), without the sample's domestic legs.
        return SampleDelegation.create().toBuilder().id(DELEGATION_ID).startDate(april(5)).endDate(april(9)).legs(List.of())
                .programme(List.of()).nights(List.of()).conferences(List.of()).responsibilities(List.of()).groups(List.of())
                .members(List.of(
                member("a", "Nguyễn Văn An", Gender.MALE, DelegationRole.HEAD),
                member("b", "Trần Văn Bình", Gender.MALE, DelegationRole.MEMBER),
                member("c", "Lê Thị Cúc", Gender.FEMALE, DelegationRole.MEMBER),
                member("d", "Phạm Thị Dung", Gender.FEMALE, DelegationRole.MEMBER),
                member("g", "Hoàng Văn Giang", Gender.MALE, DelegationRole.MEMBER))).build();
    }

    private static Member member(String id, String name, Gender gender, DelegationRole role) {
        return new Member(id, name, gender, LocalDate.of(1980, 1, 1), "Chuyên viên", "Sở Văn hóa và Thể thao", "", null,
                true, "", "", role, "", true);
    }

    static CountryStop seoul(LocalDate from, LocalDate to) {
        return new CountryStop("KR", "Hàn Quốc", "Seoul", SEOUL, from, to);
    }

    static FlightLeg leg(String number, String from, ZoneId fromZone, LocalDateTime departure, String to, ZoneId toZone,
            LocalDateTime arrival) {
        return new FlightLeg(number, from, fromZone, departure, to, toZone, arrival);
    }

    /** Hà Nội 06/4 08:00 → Incheon 14:30; Incheon 09/4 18:00 → Hà Nội 20:40: 4 days, 3 nights in Hàn Quốc. */
    static OutboundPlan fourDaysInSeoul(ExchangeRate rate) {
        return new OutboundPlan(DELEGATION_ID, List.of(seoul(april(6), april(9))), List.of(
                leg("VN416", "Hà Nội", HANOI, april(6, 8, 0), "Incheon", SEOUL, april(6, 14, 30)),
                leg("VN417", "Incheon", SEOUL, april(9, 18, 0), "Hà Nội", HANOI, april(9, 20, 40))),
                passports(), TEST_SET_ID, rate);
    }

    static List<Passport> passports() {
        return List.of(
                new Passport("a", "C1234567", PassportType.CONG_VU, LocalDate.of(2030, 1, 1)),
                new Passport("b", "C2345678", PassportType.CONG_VU, LocalDate.of(2030, 1, 1)),
                new Passport("c", "C3456789", PassportType.CONG_VU, LocalDate.of(2030, 1, 1)),
                new Passport("d", "C4567890", PassportType.PHO_THONG, LocalDate.of(2030, 1, 1)),
                new Passport("g", "C5678901", PassportType.PHO_THONG, LocalDate.of(2030, 1, 1)));
    }

    static ExchangeRate usd(String vndPerUnit) {
        return new ExchangeRate(USD, new BigDecimal(vndPerUnit), april(1), VIETCOMBANK);
    }

    /** TEST DATA, not TT 140/2025's figures: Hàn Quốc 60 USD a day, 45 USD a night; nothing for any other country. */
    static ForeignRateSet testRates() {
        return new ForeignRateSet(TEST_SET_ID, "Bộ định mức thử (dữ liệu thử)", "TEST", LocalDate.of(2026, 2, 14), null,
                "DỮ LIỆU THỬ, không phải số liệu của Thông tư", List.of(CountryRate.country("KR", "Hàn Quốc", USD,
                        new BigDecimal("60"), new BigDecimal("45"), "Dữ liệu thử", false)));
    }
}
