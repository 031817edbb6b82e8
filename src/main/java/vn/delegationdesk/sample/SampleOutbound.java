package vn.delegationdesk.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadEstimateCalculator;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;

/**
 * An outbound delegation in the spirit of seed document 002 (the Sở's plan for taking part in the UNESCO Creative Cities
 * Network): five people of the Sở go to the network's annual meeting in Seoul, Hàn Quốc, 06/4 to 09/4/2026. The seed
 * names the work and its funding; the meeting's city and dates, the five people, their passports, the flights, the
 * quoted prices and the exchange rate are invented and marked "dữ liệu mẫu" where the screen shows them.
 *
 * <p>The foreign rate set is SAMPLE DATA, not Thông tư 140/2025/TT-BTC's figures (its Phụ lục was not read): its name,
 * basis and notes say "dữ liệu mẫu, chưa xác minh" and its rates are not verified, so the app warns on screen, the
 * working notes never reach paper and the printed estimate carries a draft mark saying its caps were not checked.
 */
public final class SampleOutbound {
    public static final long DELEGATION_ID = 902L;
    public static final String RATE_SET_ID = "mau-doan-ra";
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Currency USD = Currency.getInstance("USD");
    private static final String SAMPLE_NOTE = "Dữ liệu mẫu";
    private static final String NETWORK = "Mạng lưới các Thành phố Sáng tạo của UNESCO";
    private static final String SO = "Sở Văn hóa và Thể thao Hà Nội";
    private static final String HERITAGE = "Phòng Quản lý Di sản văn hóa";
    private static final String MEETING_PLACE = "Trung tâm hội nghị, thành phố Seoul";

    private SampleOutbound() {
    }

    /** The delegation: five invented members, the Sở's header and signer, the programme of the meeting in Seoul. */
    public static Delegation delegation() {
        return new Delegation(
                DELEGATION_ID,
                "Đoàn công tác của " + SO + " tham dự Hội nghị thường niên " + NETWORK + " năm 2026 tại Hàn Quốc",
                DelegationStatus.DRAFT,
                new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                new DocumentInfo("", "KH-SVHTT", "Hà Nội", null),
                List.of(new LegalBasis("Kế hoạch", "102/KH-UBND", LocalDate.of(2022, 4, 1), "UBND thành phố Hà Nội",
                        "việc thực hiện các sáng kiến gia nhập " + NETWORK + " đến năm 2025")),
                List.of("Triển khai các hoạt động với vai trò là thành viên " + NETWORK + ", tham gia các hoạt động mạng lưới góp "
                                + "phần tuyên truyền, giới thiệu về định hướng phát triển mới của thành phố Hà Nội, các tiềm năng, cơ "
                                + "hội hợp tác trong lĩnh vực thiết kế sáng tạo.",
                        "Tham dự đầy đủ các hội nghị, diễn đàn của " + NETWORK + "; trao đổi kinh nghiệm, kết nối với các "
                                + "thành phố thành viên trong lĩnh vực thiết kế sáng tạo."),
                List.of("Báo cáo tham luận về các hoạt động sáng tạo của Hà Nội tại Hội nghị.",
                        "Trao đổi kinh nghiệm xây dựng, phát triển không gian sáng tạo với các thành phố thành viên."),
                "Hà Nội",
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 9),
                List.of(new Leg("Hàn Quốc", "Seoul", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9),
                        "Tham dự Hội nghị thường niên " + NETWORK + " năm 2026.")),
                5,
                List.of(TransportMode.PLANE),
                "Kinh phí từ nguồn kinh phí Các hoạt động của Hà Nội tham gia " + NETWORK + " giao " + HERITAGE
                        + " năm 2026.",
                List.of(),
                members(),
                programme(),
                List.of(),
                List.of(),
                List.of("UBND Thành phố (để báo cáo)", "Ban Giám đốc Sở", "Phòng Kế hoạch Tài chính", "Lưu: VT, QLDSVH"),
                new Signer("", "", "GIÁM ĐỐC", "Đỗ Đình Hồng"),
                true);
    }

    /** Five invented people (names, birth dates and identity numbers are sample data). */
    static List<Member> members() {
        return List.of(
                member("dr-01", "Trịnh Thu Hà", Gender.FEMALE, 1972, "Phó Giám đốc", SO, DelegationRole.HEAD),
                member("dr-02", "Lưu Quang Huy", Gender.MALE, 1978, "Trưởng phòng", HERITAGE, DelegationRole.MEMBER),
                member("dr-03", "Đinh Ngọc Ánh", Gender.FEMALE, 1986, "Chuyên viên", HERITAGE, DelegationRole.SECRETARY),
                member("dr-04", "Mạc Văn Toàn", Gender.MALE, 1975, "Phó Giám đốc", "Bảo tàng Hà Nội", DelegationRole.MEMBER),
                member("dr-05", "Tô Minh Châu", Gender.FEMALE, 1990, "Chuyên viên", "Văn phòng Sở", DelegationRole.MEMBER));
    }

    private static Member member(String id, String name, Gender gender, int born, String position, String unit,
            DelegationRole role) {
        return new Member(id, name, gender, LocalDate.of(born, 3, 15), position, unit, "", null, true, "", "", role,
                SAMPLE_NOTE, true);
    }

    private static List<ProgrammeDay> programme() {
        return List.of(
                day(6, activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Làm thủ tục nhập cảnh, di chuyển về khách sạn, nhận phòng.",
                                "Incheon – Seoul", LocalTime.of(8, 0)),
                        activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE, "Đăng ký đại biểu, nhận tài liệu Hội nghị.",
                                MEETING_PLACE, LocalTime.of(14, 0))),
                day(7, activity(HalfDay.ALL_DAY, ActivityKind.CONFERENCE, "Dự phiên khai mạc và các phiên toàn thể của Hội nghị "
                        + "thường niên; trình bày tham luận về hoạt động sáng tạo của Hà Nội.", MEETING_PLACE, LocalTime.of(9, 0))),
                day(8, activity(HalfDay.MORNING, ActivityKind.WORKING_MEETING, "Dự các phiên chuyên đề của nhóm Thành phố Thiết kế.",
                                MEETING_PLACE, LocalTime.of(9, 0)),
                        activity(HalfDay.AFTERNOON, ActivityKind.FIELD_VISIT, "Tham quan không gian sáng tạo, trao đổi kinh nghiệm "
                                + "với thành phố chủ nhà.", "Seoul", LocalTime.of(14, 0))),
                day(9, activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Làm thủ tục trả phòng, ra sân bay quốc tế Incheon.",
                        "Seoul – Incheon", LocalTime.of(7, 30))));
    }

    private static ProgrammeDay day(int dayOfApril, Activity... activities) {
        return new ProgrammeDay(LocalDate.of(2026, 4, dayOfApril), List.of(activities));
    }

    private static Activity activity(HalfDay halfDay, ActivityKind kind, String description, String place, LocalTime start) {
        return new Activity(halfDay, kind, description, place, "", null, null, "", start, null);
    }

    /**
     * The plan: Seoul 06/4–09/4/2026 (3 nights); VN416 leaves Nội Bài at 00:05 and lands at Incheon at 06:35 Seoul time,
     * VN417 leaves Incheon at 10:35 and lands at Nội Bài at 13:15 Hà Nội time: 4 days, 06/4 to 09/4. Passports công vụ
     * (numbers invented); the exchange rate 25.345,5 đ/USD of 01/4/2026 is a sample figure.
     */
    public static OutboundPlan plan() {
        return new OutboundPlan(DELEGATION_ID,
                List.of(new CountryStop("KR", "Hàn Quốc", "Seoul", SEOUL, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9))),
                List.of(new FlightLeg("VN416", "Hà Nội (Nội Bài)", HANOI, april(6, 0, 5), "Seoul (Incheon)", SEOUL,
                                april(6, 6, 35)),
                        new FlightLeg("VN417", "Seoul (Incheon)", SEOUL, april(9, 10, 35), "Hà Nội (Nội Bài)", HANOI,
                                april(9, 13, 15))),
                List.of(passport("dr-01", "C7102384"), passport("dr-02", "C7102391"), passport("dr-03", "C8315620"),
                        passport("dr-04", "C6920457"), passport("dr-05", "C9047713")),
                RATE_SET_ID,
                exchangeRate());
    }

    private static Passport passport(String memberId, String number) {
        return new Passport(memberId, number, PassportType.CONG_VU, LocalDate.of(2030, 6, 30));
    }

    private static LocalDateTime april(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 4, day, hour, minute);
    }

    /** 1 USD = 25.345,5 đ on 01/4/2026: a sample figure, its source marked so on screen. */
    public static ExchangeRate exchangeRate() {
        return new ExchangeRate(USD, new BigDecimal("25345.5"), LocalDate.of(2026, 4, 1),
                "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank), tỷ giá bán chuyển khoản (dữ liệu mẫu)");
    }

    /**
     * SAMPLE DATA, not the circular's figures: Hàn Quốc 60 USD a day and 45 USD a night, unverified, to show the
     * arithmetic. No other country has a rate.
     */
    public static ForeignRateSet rateSet() {
        return new ForeignRateSet(RATE_SET_ID, "Bộ định mức mẫu (dữ liệu mẫu, chưa xác minh)", "MẪU", LocalDate.of(2026, 2, 14),
                null, "DỮ LIỆU MẪU, không phải số liệu của Thông tư 140/2025/TT-BTC: nhập mức của Phụ lục trước khi dùng.",
                List.of(CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"), new BigDecimal("45"),
                        "Dữ liệu mẫu, chưa xác minh", false)));
    }

    /** The quoted prices, invented: economy and business fares in đồng, transfers, insurance and an interpreter in USD. */
    public static AbroadInputs inputs() {
        Map<FlightClass, Price> fares = new EnumMap<>(FlightClass.class);
        fares.put(FlightClass.ECONOMY, Price.of("12500000", "VND"));
        fares.put(FlightClass.BUSINESS, Price.of("38600000", "VND"));
        return new AbroadInputs(Map.of("dr-01", FlightClass.BUSINESS), fares, null, Price.of("32.5", "USD"),
                Price.of("150", "USD"), Price.of("6000000", "VND"), Price.of("180", "USD"));
    }

    /** The estimate of the sample with its sample rate set. */
    public static AbroadEstimate estimate() {
        return AbroadEstimateCalculator.compute(delegation(), plan(), List.of(rateSet()), inputs());
    }
}
