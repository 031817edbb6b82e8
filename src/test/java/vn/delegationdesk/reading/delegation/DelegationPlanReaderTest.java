package vn.delegationdesk.reading.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.UnplacedPassage;
import vn.delegationdesk.reading.plan.SeedText;
import vn.delegationdesk.sample.SampleDelegation;

class DelegationPlanReaderTest {
    private final DelegationPlanReader reader = new DelegationPlanReader();
    private final Messages messages = new Messages();

    private DelegationDraft read(String... lines) {
        return reader.read(SeedText.lines("plan.txt", String.join("\n", lines)));
    }

    @Test
    void aWeekdayThatContradictsItsDateIsFlaggedAndTheDateKept() {
        DelegationDraft draft = read("KẾ HOẠCH", "Đoàn công tác tỉnh Huế", "II. THỜI GIAN, ĐỊA ĐIỂM",
                "- Từ ngày 14/10/2025 - 15/10/2025: Tại tỉnh Huế (Thứ Hai, Thứ Tư)",
                "IV. NỘI DUNG", "2. Chương trình", "* Ngày 15/10/2025 (thứ Năm):", "- Buổi sáng: Khảo sát thực tế.");
        List<String> weekdays = draft.gaps().stream().filter(g -> g.messageKey().equals(LegLines.WEEKDAY_GAP))
                .map(this::text).toList();
        assertEquals(List.of(
                "Ngày 14/10/2025: văn bản ghi «Thứ Hai» nhưng ngày này là Thứ Ba; đã theo ngày, cần kiểm tra lại văn bản.",
                "Ngày 15/10/2025: văn bản ghi «thứ Năm» nhưng ngày này là Thứ Tư; đã theo ngày, cần kiểm tra lại văn bản."),
                weekdays);
        Delegation delegation = draft.delegation();
        assertEquals(LocalDate.of(2025, 10, 14), delegation.legs().get(0).startDate());
        assertEquals(LocalDate.of(2025, 10, 15), delegation.programme().get(0).date());
        assertEquals(List.of("legs.0", "programme.2025-10-15"),
                draft.gaps().stream().filter(g -> g.messageKey().equals(LegLines.WEEKDAY_GAP)).map(Gap::field).toList());
    }

    @Test
    void nfdTextReadsAsNfc() {
        String nfd = Normalizer.normalize(String.join("\n", "KẾ HOẠCH", "Đoàn khảo sát tại tỉnh Đắk Lắk",
                "II. THỜI GIAN, ĐỊA ĐIỂM", "- Từ ngày 14/10/2025 - 16/10/2025: Tại tỉnh Đắk Lắk (Thứ Ba, Thứ Tư, Thứ Năm)",
                "III. THÀNH PHẦN", "a) Số lượng dự kiến: 05 người.", "* Lãnh đạo đoàn: 01 đồng chí Lãnh đạo Sở."),
                Normalizer.Form.NFD);
        DelegationDraft draft = reader.read(SeedText.lines("nfd.txt", nfd));
        Delegation delegation = draft.delegation();
        assertEquals("Đoàn khảo sát tại tỉnh Đắk Lắk", delegation.title());
        assertEquals(new Leg("tỉnh Đắk Lắk", "", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16), ""),
                delegation.legs().get(0));
        assertEquals(5, delegation.plannedSize());
        assertEquals("Lãnh đạo Sở", delegation.groups().get(0).quotas().get(0).sendingUnit());
        assertTrue(draft.gaps().stream().noneMatch(g -> g.messageKey().equals(LegLines.WEEKDAY_GAP)), draft.gaps().toString());
    }

    @Test
    void aLegLineWithAnEnDashOrWordsReadsTheSame() {
        DelegationDraft draft = read("II. THỜI GIAN, ĐỊA ĐIỂM",
                "- Từ ngày 17/10/2025 – 19/10/2025: Tại tỉnh Lâm Đồng (Thứ Sáu, Thứ Bảy, Chủ nhật)",
                "- Từ ngày 20/10/2025 đến ngày 21/10/2025: Tại thành phố Đà Nẵng.");
        assertEquals(List.of(
                new Leg("tỉnh Lâm Đồng", "", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19), ""),
                new Leg("thành phố Đà Nẵng", "", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 21), "")),
                draft.delegation().legs());
        assertEquals(LocalDate.of(2025, 10, 17), draft.delegation().startDate());
        assertEquals(LocalDate.of(2025, 10, 21), draft.delegation().endDate());
        assertEquals("Chặng tỉnh Lâm Đồng: chương trình không ghi đến thành phố nào của chặng; cần nhập nơi đến.",
                text(draft.gaps().stream().filter(g -> g.field().equals("legs.0")).findFirst().orElseThrow()));
    }

    @Test
    void aStoryIsNoPlanAndGivesGapsWithEverythingListed() {
        DelegationDraft draft = read("Chương một", "", "Trời mưa từ sáng. Cô ấy đi chợ,", "mua hai bó rau và một con cá.",
                "", "Ngày 14/10/2025 trời lại mưa.", "Chiều: cô ấy ngủ.");
        assertTrue(draft.fieldsToComplete().containsAll(List.of("title", "legs", "programme", "plannedSize", "groups", "signer")),
                draft.fieldsToComplete().toString());
        assertEquals(List.of(0, 2, 3, 5, 6), draft.unplaced().stream().map(UnplacedPassage::index).toList());
        assertEquals("", draft.delegation().title());
        assertEquals(List.of(), draft.delegation().programme());
        assertEquals("Tên kế hoạch: không thấy dòng sau chữ «KẾ HOẠCH»; cần nhập.",
                text(draft.gaps().stream().filter(g -> g.field().equals("title")).findFirst().orElseThrow()));
    }

    @Test
    void emptyAndOddTextNeverThrows() {
        for (String text : List.of("", "\n\n", "KẾ HOẠCH", "III. THÀNH PHẦN\n: 3 người", "* Ngày 31/02/2025:\n- Sáng:",
                "II. THỜI GIAN\n- Từ ngày 19/10/2025 - 17/10/2025: Tại tỉnh Huế", "IV. NỘI DUNG\n2. Chương trình\n+ Số lượng:")) {
            DelegationDraft draft = reader.read(SeedText.lines("odd.txt", text));
            assertTrue(draft.fieldsToComplete().contains("legs"), text);
        }
    }

    @Test
    void aHeaderGivesTheBodiesTheNumberAndTheDate() {
        DelegationDraft draft = read("UBND THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ VĂN HÓA VÀ THỂ THAO",
                "Độc lập - Tự do - Hạnh phúc", "Số: 715/KH-SVHTT", "Hà Nội, ngày 26 tháng 9 năm 2025", "", "KẾ HOẠCH",
                "Tổ chức Đoàn khảo sát", "Thực hiện Kế hoạch số 628/KH-SVHTT ngày 30/8/2024 của Sở Văn hóa và Thể thao về "
                        + "triển khai thi hành Luật Thủ đô.", "Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A");
        Delegation delegation = draft.delegation();
        assertEquals(new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"), delegation.issuingBody());
        assertEquals("715", delegation.document().number());
        assertEquals("KH-SVHTT", delegation.document().symbol());
        assertEquals("Hà Nội", delegation.document().place());
        assertEquals(LocalDate.of(2025, 9, 26), delegation.document().date());
        assertEquals("Tổ chức Đoàn khảo sát", delegation.title());
        assertEquals("628/KH-SVHTT", delegation.legalBases().get(0).number());
        assertEquals("KT.", delegation.signer().authorityPrefix());
        assertEquals("PHÓ GIÁM ĐỐC", delegation.signer().title());
        assertEquals("Nguyễn Văn A", delegation.signer().name());
        assertTrue(draft.fieldsToComplete().stream().noneMatch(f -> f.startsWith("issuingBody") || f.equals("number")
                || f.equals("issuedOn") || f.equals("signer")), draft.fieldsToComplete().toString());
    }

    @Test
    void groupSeatsThatDoNotMakeThePlannedSizeAreAGap() {
        DelegationDraft draft = read("III. THÀNH PHẦN", "a) Số lượng dự kiến: 10 người.", "* Lãnh đạo đoàn: 01 đồng chí Lãnh đạo Sở.",
                "- Đại diện các phòng thuộc Sở: 05 người, bao gồm:", "Phòng A (02 người); Phòng B (02 người).");
        List<String> texts = draft.gaps().stream().filter(g -> g.field().startsWith("groups")).map(this::text).toList();
        assertEquals(List.of("Nhóm «Đại diện các phòng thuộc Sở»: các đơn vị cộng lại 4 người, khác 5 người của nhóm; cần kiểm tra.",
                "Thành phần: các nhóm cộng lại 6 người, khác số lượng dự kiến 10 người; cần kiểm tra."), texts);
    }

    @Test
    void theComparisonNamesTheFirstDifferenceWithBothTexts() {
        Delegation sample = SampleDelegation.create();
        List<ProgrammeDay> days = new java.util.ArrayList<>(sample.programme());
        Activity first = days.get(0).activities().get(0);
        List<Activity> activities = new java.util.ArrayList<>(days.get(0).activities());
        activities.set(0, new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Đoàn xuất phát từ Hà Nội.", first.place(),
                first.host(), first.transport(), null, ""));
        days.set(0, new ProgrammeDay(days.get(0).date(), activities));
        Delegation changed = sample.toBuilder().programme(days).build();
        String first0 = new DelegationComparison(List.of(), Set.of()).first(sample, changed);
        assertTrue(first0.startsWith("programme[0].activities[0].description: the sample has «Đoàn xuất phát từ Hà Nội đến thành "
                + "phố Buôn Ma Thuột, tỉnh Đắk Lắk.» but the plan was read as «Đoàn xuất phát từ Hà Nội.»"), first0);
    }

    private String text(Gap gap) {
        return messages.get(gap.messageKey(), gap.arguments().toArray());
    }

    /**
     * Another body, province and season than the sample: a 12-person trip from Cao Bằng to Huế, a city that is itself
     * the leg's place, a group that is one named unit ("Đại diện Bảo tàng tỉnh: 05 người"), a full header.
     */
    @Test
    void anotherBodysTripToACityReadsWholeWithNoGap() throws Exception {
        String text;
        try (var in = DelegationPlanReaderTest.class.getResourceAsStream("/vn/delegationdesk/reading/other-delegation-hue.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        DelegationDraft draft = reader.read(SeedText.lines("ke-hoach-hue.txt", text));
        Delegation d = draft.delegation();

        assertEquals(List.of(), draft.gaps().stream().map(g -> messages.get(g.messageKey(), g.arguments().toArray())).toList());
        assertEquals(List.of(), draft.unplaced());
        assertEquals(new IssuingBody("UBND TỈNH CAO BẰNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"), d.issuingBody());
        assertEquals(List.of(new Leg("thành phố Huế", "Huế", LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 9), "")), d.legs());
        assertEquals(12, d.plannedSize());
        assertEquals(List.of("Phó Giám đốc Sở: 1", "Phòng Quản lý Di sản: 3", "Phòng Quản lý Du lịch: 2", "Văn phòng Sở: 1",
                "Bảo tàng tỉnh: 5"), d.groups().stream().flatMap(g -> g.quotas().stream())
                .map(q -> q.sendingUnit() + ": " + q.seats()).toList());
        List<String> sessions = d.programme().stream().flatMap(day -> day.activities().stream()
                .map(a -> day.date().getDayOfMonth() + " " + a.halfDay() + " " + a.kind() + " " + a.place())).toList();
        assertEquals(List.of("7 MORNING TRAVEL Cao Bằng – Huế", "7 AFTERNOON WORKING_MEETING thành phố Huế",
                "8 ALL_DAY FIELD_VISIT thành phố Huế", "9 MORNING FIELD_VISIT thành phố Huế", "9 AFTERNOON TRAVEL Huế – Cao Bằng"),
                sessions);
        assertEquals("Nông Thị Lan", d.signer().name());
        assertEquals(List.of("Phòng Quản lý Di sản", "Văn phòng Sở"), d.responsibilities().stream().map(r -> r.unit()).toList());
    }
}
