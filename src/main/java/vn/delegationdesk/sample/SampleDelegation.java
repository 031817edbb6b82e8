package vn.delegationdesk.sample;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * The reference delegation of seed document 000: the Hanoi Department of Culture and Sports' plan for
 * a 37-person study trip to Đắk Lắk and Lâm Đồng in October 2025. Texts are the plan's own, with
 * obvious typing slips corrected ("quản bá các các", "Sở Văn hóa và Thể thao và Du lịch",
 * "Buôn Mê Thuột"). The plan names no people: members come from {@link SampleMembers}.
 */
public final class SampleDelegation {
    public static final String CONFERENCE_DAK_LAK = "hoi-nghi-dak-lak";
    public static final String CONFERENCE_LAM_DONG = "hoi-nghi-lam-dong";

    static final String THEME = "mô hình quản lý, hoạt động phát triển công nghiệp văn hóa; việc đầu tư nguồn nhân lực và "
            + "biện pháp ưu tiên các nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả việc phát triển văn hóa và hội nhập "
            + "quốc tế trong lĩnh vực nghệ thuật biểu diễn, di sản, thể thao thành tích cao";
    private static final String NQ09_SUBJECT = "phát triển công nghiệp văn hoá trên địa bàn Thủ đô giai đoạn 2021-2025, "
            + "định hướng đến năm 2030, tầm nhìn đến 2045";
    private static final String SPORTS_INVESTMENT = "đầu tư nguồn lực phát triển thể thao thành tích cao, xây dựng công trình "
            + "thể thao hiện đại đạt tiêu chuẩn khu vực và thế giới; đào tạo, bồi dưỡng vận động viên, huấn luyện viên đạt "
            + "trình độ quốc gia, quốc tế; khuyến khích tổ chức, cá nhân tham gia phát triển thể thao thành tích cao, thể thao "
            + "chuyên nghiệp";
    private static final String HOST_DAK_LAK = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk";
    private static final String HOST_LAM_DONG = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng";
    private static final String FIELDS = "nghệ thuật biểu diễn, di sản, không gian sáng tạo và du lịch văn hóa";

    private SampleDelegation() {
    }

    public static Delegation create() {
        return new Delegation(
                null,
                "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về " + THEME + " tại tỉnh Đắk Lắk và tỉnh Lâm Đồng",
                DelegationStatus.DRAFT,
                new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                new DocumentInfo("", "KH-SVHTT", "Hà Nội", null),
                legalBases(),
                purposes(),
                exchangeTopics(),
                "Hà Nội",
                LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 19),
                legs(),
                37,
                List.of(TransportMode.PLANE, TransportMode.CAR),
                "Kinh phí tổ chức đoàn trao đổi, học tập kinh nghiệm trích từ nguồn kinh phí chi “Thực hiện các nhiệm vụ của "
                        + "Nghị quyết 09/NQ-TU của Thành ủy về phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn "
                        + "2021-2025, định hướng đến năm 2030, tầm nhìn đến năm 2045” giao Sở Văn hóa và Thể thao năm 2025.",
                SampleMembers.groups(),
                SampleMembers.members(),
                programme(),
                List.of(conferenceDakLak(), conferenceLamDong()),
                responsibilities(),
                List.of("Ban Giám đốc Sở", "Chánh VP Sở", "Các phòng, đơn vị sự nghiệp thuộc Sở",
                        "UBND các phường, xã (để p/h thực hiện)", "Lưu: VT, TCPC"),
                new Signer("", "", "GIÁM ĐỐC", "Bạch Liên Hương"),
                true);
    }

    private static List<LegalBasis> legalBases() {
        return List.of(
                new LegalBasis("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22), "Thành ủy Hà Nội", NQ09_SUBJECT),
                new LegalBasis("Kế hoạch", "217/KH-UBND", LocalDate.of(2022, 8, 12), "",
                        "“Phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn 2021 - 2025, định hướng đến năm 2030, "
                                + "tầm nhìn đến năm 2045”"),
                new LegalBasis("Kế hoạch", "129/KH-UBND", LocalDate.of(2024, 4, 25), "UBND Thành phố",
                        "việc thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội về “Phát triển công nghiệp "
                                + "văn hóa trên địa bàn Thủ đô giai đoạn 2021-2025, định hướng đến năm 2030, tầm nhìn đến năm "
                                + "2045” nhiệm vụ giai đoạn 2023-2025"),
                new LegalBasis("Kế hoạch", "628/KH-SVHTT", LocalDate.of(2024, 8, 30), "Sở Văn hóa và Thể thao",
                        "triển khai thi hành Luật Thủ đô"));
    }

    private static List<String> purposes() {
        return List.of(
                "Thực hiện có hiệu quả Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành uỷ Hà Nội về " + NQ09_SUBJECT
                        + "; Kế hoạch số 249/KH-UBND ngày 20/8/2024 của UBND Thành phố về Tổ chức phong trào thi đua phấn đấu "
                        + "hoàn thành xuất sắc nhiệm vụ triển khai thi hành Luật Thủ đô.",
                "Tiếp cận, học tập mô hình quản lý đặc biệt là các mô hình đang phát huy thế mạnh trong xây dựng, phát triển "
                        + "công nghiệp văn hóa về lĩnh vực " + FIELDS + " tại các địa phương để chia sẻ, hỗ trợ trong việc "
                        + "triển khai, nhân rộng và phát triển mô hình công nghiệp văn hóa trên địa bàn thành phố Hà Nội theo "
                        + "chỉ đạo của thành phố Hà Nội.",
                "Thông qua việc khảo sát thực tế để xây dựng kế hoạch tổ chức đào tạo, bồi dưỡng nâng cao nguồn nhân lực nhằm "
                        + "đáp ứng các nhiệm vụ của Thành ủy, UBND Thành phố giao về “Phát triển công nghiệp văn hóa trên địa "
                        + "bàn Thủ đô giai đoạn 2021-2025, định hướng đến năm 2030, tầm nhìn đến năm 2045” nhiệm vụ giai đoạn "
                        + "2023-2025 và xây dựng Nghị quyết quy định biện pháp ưu tiên các nguồn lực cho bảo vệ và phát triển "
                        + "văn hóa Thủ đô; việc đầu tư các nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả đáp ứng yêu cầu "
                        + "bảo vệ, phát triển văn hóa và hội nhập quốc tế; " + SPORTS_INVESTMENT + ".",
                "Tổ chức các chương trình làm việc phải cụ thể, khoa học, nội dung thiết thực, có tính ứng dụng, thực tiễn cao.");
    }

    private static List<String> exchangeTopics() {
        return List.of(
                "Khảo sát thực địa, học tập kinh nghiệm trong các mô hình phát triển công nghiệp văn hóa về lĩnh vực " + FIELDS
                        + ", thể thao.",
                "Trao đổi kinh nghiệm quản lý; đào tạo, phát triển nguồn nhân lực bền vững cho các mô hình phát triển công "
                        + "nghiệp văn hóa tại các địa phương nơi đến thực địa.",
                "Trao đổi kinh nghiệm huy động các nguồn lực tài chính, nhân lực.",
                "Trao đổi kinh nghiệm về quảng bá, thông tin truyền thông cho các lĩnh vực " + FIELDS + ", thể thao.",
                "Kinh nghiệm về liên kết ngành, liên kết vùng, liên kết quốc tế … để quảng bá các không gian sáng tạo công "
                        + "nghiệp văn hóa lĩnh vực " + FIELDS + ", thể thao.",
                "Trao đổi các biện pháp ưu tiên các nguồn lực cho bảo vệ và phát triển văn hóa; việc đầu tư các nguồn lực nhằm "
                        + "quản lý, khai thác, sử dụng hiệu quả đáp ứng yêu cầu bảo vệ, phát triển văn hóa và hội nhập quốc tế; "
                        + SPORTS_INVESTMENT + ".");
    }

    private static List<Leg> legs() {
        String studyIntro = "Trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, tổ chức hoạt động phục vụ phát triển "
                + "công nghiệp văn hoá và đầu tư các nguồn lực nhằm quản lý, khai thác, sử dụng hiệu quả đáp ứng yêu cầu bảo "
                + "vệ, phát triển văn hóa";
        return List.of(
                new Leg("tỉnh Đắk Lắk", "Buôn Ma Thuột", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16),
                        studyIntro + " Thủ đô và hội nhập quốc tế; " + SPORTS_INVESTMENT + "."),
                new Leg("tỉnh Lâm Đồng", "Bình Thuận", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19),
                        studyIntro + " và hội nhập quốc tế; " + SPORTS_INVESTMENT + "."));
    }

    private static List<ProgrammeDay> programme() {
        String conferencePrefix = "Tổ chức Hội nghị trao đổi, học tập kinh nghiệm thực tế về " + THEME;
        return List.of(
                day(14, activity(HalfDay.MORNING, ActivityKind.TRAVEL,
                                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
                                "Hà Nội – Buôn Ma Thuột", "", TransportMode.PLANE, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.CONFERENCE, conferencePrefix + " tại tỉnh Đắk Lắk.",
                                "Khách sạn 3 sao trở lên, Buôn Ma Thuột", HOST_DAK_LAK, null, CONFERENCE_DAK_LAK),
                        activity(HalfDay.EVENING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế.",
                                "tỉnh Đắk Lắk", HOST_DAK_LAK, null, null)),
                day(15, activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT,
                        "Khảo sát thực tế (địa điểm khảo sát do " + HOST_DAK_LAK + " bố trí).",
                        "tỉnh Đắk Lắk", HOST_DAK_LAK, null, null)),
                day(16, activity(HalfDay.MORNING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế.",
                                "tỉnh Đắk Lắk", HOST_DAK_LAK, null, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.TRAVEL, "Di chuyển đến Bình Thuận, tỉnh Lâm Đồng, kết thúc "
                                        + "chuyến trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk.",
                                "Buôn Ma Thuột – Bình Thuận", "", TransportMode.CAR, null)),
                day(17, activity(HalfDay.MORNING, ActivityKind.CONFERENCE, conferencePrefix + " tại tỉnh Lâm Đồng.",
                                "Khách sạn 3 sao trở lên, Bình Thuận", HOST_LAM_DONG, null, CONFERENCE_LAM_DONG),
                        activity(HalfDay.AFTERNOON, ActivityKind.FIELD_VISIT,
                                "Khảo sát thực tế tại các địa điểm do " + HOST_LAM_DONG + " bố trí.",
                                "tỉnh Lâm Đồng", HOST_LAM_DONG, null, null)),
                day(18, activity(HalfDay.ALL_DAY, ActivityKind.FIELD_VISIT,
                        "Khảo sát thực tế tại các địa điểm do " + HOST_LAM_DONG + " bố trí.",
                        "tỉnh Lâm Đồng", HOST_LAM_DONG, null, null)),
                day(19, activity(HalfDay.MORNING, ActivityKind.FIELD_VISIT, "Khảo sát thực tế.",
                                "tỉnh Lâm Đồng", HOST_LAM_DONG, null, null),
                        activity(HalfDay.AFTERNOON, ActivityKind.TRAVEL, "Di chuyển về Hà Nội, kết thúc chuyến trao đổi, học "
                                        + "tập kinh nghiệm thực tế tại tỉnh Lâm Đồng.",
                                "Bình Thuận – Hà Nội", "", TransportMode.PLANE, null)));
    }

    private static ProgrammeDay day(int dayOfOctober, Activity... activities) {
        return new ProgrammeDay(LocalDate.of(2025, 10, dayOfOctober), List.of(activities));
    }

    private static Activity activity(HalfDay halfDay, ActivityKind kind, String description, String place, String host,
            TransportMode transport, String conferenceId) {
        return new Activity(halfDay, kind, description, place, host, transport, conferenceId, "");
    }

    private static Conference conferenceDakLak() {
        return new Conference(CONFERENCE_DAK_LAK, "Hội nghị trao đổi, học tập kinh nghiệm thực tế về " + THEME
                + " tại tỉnh Đắk Lắk", LocalDate.of(2025, 10, 14), HalfDay.AFTERNOON,
                "Khách sạn tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk", "3 sao trở lên", 180, HOST_DAK_LAK,
                List.of(
                        new AgendaItem(sharing(FIELDS, "", ", thể thao", "Chiến lược phát triển ngành công nghiệp văn "
                                        + "hoá trên địa bàn tỉnh Đắk Lắk đến năm 2025 và tầm nhìn 2030 đã được Chính phủ phê duyệt"),
                                "Đại diện " + HOST_DAK_LAK, null),
                        new AgendaItem("Trao đổi của các doanh nghiệp; đại diện các cơ quan, đơn vị của tỉnh Đắk Lắk.",
                                "Các doanh nghiệp, cơ quan, đơn vị của tỉnh Đắk Lắk", null),
                        new AgendaItem(referenceDocuments(), "", null),
                        new AgendaItem("Ý kiến phát biểu của các thành viên đoàn công tác.", "Thành viên đoàn công tác", null),
                        new AgendaItem("Kết luận, kết thúc buổi làm việc.", "", null)));
    }

    private static Conference conferenceLamDong() {
        return new Conference(CONFERENCE_LAM_DONG, "Hội nghị trao đổi, học tập kinh nghiệm thực tế về " + THEME
                + " tại tỉnh Lâm Đồng", LocalDate.of(2025, 10, 17), HalfDay.MORNING,
                "Khách sạn tại Bình Thuận, tỉnh Lâm Đồng", "3 sao trở lên", 180, HOST_LAM_DONG,
                List.of(
                        new AgendaItem(sharing("di sản, không gian sáng tạo và du lịch văn hóa",
                                "Chiến lược phát triển ngành công nghiệp văn hoá trên địa bàn tỉnh theo chỉ đạo của Lãnh đạo "
                                        + "tỉnh; ", "",
                                "Chiến lược phát triển ngành công nghiệp văn hoá trên địa bàn tỉnh Lâm Đồng đến năm 2020 và tầm "
                                        + "nhìn 2030 đã được Chính phủ phê duyệt"), "Đại diện " + HOST_LAM_DONG, null),
                        new AgendaItem(referenceDocuments(), "", null),
                        new AgendaItem("Trao đổi của các doanh nghiệp; đại diện các cơ quan, đơn vị của tỉnh Lâm Đồng.",
                                "Các doanh nghiệp, cơ quan, đơn vị của tỉnh Lâm Đồng", null),
                        new AgendaItem("Ý kiến phát biểu của các thành viên đoàn công tác.", "Thành viên đoàn công tác", null),
                        new AgendaItem("Kết luận, kết thúc buổi làm việc.", "", null)));
    }

    /**
     * The host's opening presentation, which the plan words almost alike for both provinces: Đắk Lắk's adds sport to the
     * fields it promotes ({@code sport}), Lâm Đồng's puts the province's own strategy first.
     */
    private static String sharing(String fields, String provincialStrategy, String sport, String approvedStrategy) {
        String model = provincialStrategy.isEmpty() ? "mô hình quản lý" : "Mô hình quản lý";
        return "Chia sẻ kinh nghiệm về mô hình quản lý, tổ chức hoạt động ngành công nghiệp văn hóa lĩnh vực " + fields + "; "
                + provincialStrategy + model + "; đào tạo, phát triển nguồn nhân lực bền vững cho các mô hình phát "
                + "triển công nghiệp văn hóa tại các địa phương nơi đến thực địa; Trao đổi kinh nghiệm huy động các nguồn lực "
                + "tài chính, nhân lực; Trao đổi kinh nghiệm về quảng bá, thông tin truyền thông cho các lĩnh vực " + FIELDS + sport
                + ". Kinh nghiệm về liên kết ngành, liên kết vùng, liên kết quốc tế … để quảng bá các không gian sáng tạo công "
                + "nghiệp văn hóa lĩnh vực " + FIELDS + sport + "; " + approvedStrategy + ". Việc đầu tư các nguồn lực nhằm quản lý, "
                + "khai thác, sử dụng hiệu quả đáp ứng yêu cầu bảo vệ, phát triển văn hóa Thủ đô và hội nhập quốc tế; "
                + SPORTS_INVESTMENT + ".";
    }

    private static String referenceDocuments() {
        return "Tham khảo các văn bản lãnh đạo, chỉ đạo thực hiện của tỉnh: Đề án, Kế hoạch, Nghị quyết, công tác quy hoạch "
                + "mạng lưới ngành công nghiệp văn hóa, chính sách đặc thù của địa phương…";
    }

    private static List<Responsibility> responsibilities() {
        String prepare = "Chuẩn bị nội dung trao đổi tại các buổi làm việc với các tỉnh, thành phố.";
        return List.of(
                new Responsibility("Phòng Tổ chức - Pháp chế", ResponsibilityRole.LEAD, List.of(
                        "Chủ trì thực hiện các chương trình, kế hoạch của Sở đảm bảo đúng yêu cầu, mục đích đề ra.",
                        "Trực tiếp liên hệ với các Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố đến trao đổi, học tập "
                                + "kinh nghiệm thực tế và các cơ quan, đơn vị liên quan chuẩn bị nội dung, tài liệu tại các hội "
                                + "nghị và tổ chức Chương trình theo kế hoạch đề ra.",
                        "Lập dự toán kinh phí trình lãnh đạo Sở phê duyệt.",
                        "Tổ chức hậu cần (đi lại, ăn nghỉ, làm việc cho Đoàn).",
                        "Hoàn thiện các thủ tục thanh quyết toán theo quy định hiện hành.",
                        "Báo cáo kết quả Đoàn trao đổi và học tập kinh nghiệm."), null, TaskStatus.NOT_STARTED),
                new Responsibility("Văn phòng Sở", ResponsibilityRole.COORDINATING, List.of(
                        "Hướng dẫn phòng chuyên môn xây dựng dự toán kinh phí chi tiết.",
                        "Hỗ trợ công tác thanh quyết toán theo quy định."), null, TaskStatus.NOT_STARTED),
                new Responsibility("Các phòng, đơn vị sự nghiệp thuộc Sở", ResponsibilityRole.COORDINATING, List.of(
                        "Phối hợp với Phòng Tổ chức - Pháp chế thực hiện các nội dung kế hoạch, cử cán bộ tham gia đoàn công "
                                + "tác.", prepare), null, TaskStatus.NOT_STARTED),
                new Responsibility("UBND các xã, phường", ResponsibilityRole.COORDINATING, List.of(
                        "Phối hợp với Sở Văn hóa và Thể thao (qua Phòng Tổ chức - Pháp chế) thực hiện các nội dung kế hoạch, cử "
                                + "cán bộ tham gia đoàn công tác.", prepare), null, TaskStatus.NOT_STARTED));
    }
}
