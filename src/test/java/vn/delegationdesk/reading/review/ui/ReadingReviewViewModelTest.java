package vn.delegationdesk.reading.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.NewDelegation;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.delegation.DelegationDraft;
import vn.delegationdesk.reading.delegation.DelegationPlanReader;
import vn.delegationdesk.reading.plan.PlanDraft;
import vn.delegationdesk.reading.plan.PlanReader;
import vn.delegationdesk.reading.plan.SeedText;
import vn.delegationdesk.reading.review.DraftEntry;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;

class ReadingReviewViewModelTest {
    private final Messages messages = new Messages();
    private final MemoryPlanRepository planStore = new MemoryPlanRepository();
    private final PlanService plans = new PlanService(planStore, RoleGate.everyRole(() -> "lan"));

    private ReadingReviewViewModel seed001() {
        SourceDocument source = SeedText.seed("001");
        PlanDraft draft = new PlanReader().read(source);
        return ReadingReviewViewModel.forPlan(source, draft, plans, new DirectTaskRunner(), messages);
    }

    @Test
    void editedLeadUnitOfSeed001IsStored() {
        ReadingReviewViewModel review = seed001();
        assertEquals("Nhiệm vụ 2.1 – Đơn vị chủ trì", review.form().entry("task.2.1.leadUnit").orElseThrow().label());
        review.text("task.2.1.leadUnit").set("Phòng Quản lý Thể dục thể thao");
        List<Long> created = new ArrayList<>();
        review.setOnCreated(created::add);
        review.create();
        assertEquals(List.of(), review.problems());
        assertEquals(1, created.size());
        Plan stored = plans.find(created.get(0)).orElseThrow();
        PlanTask task = stored.tasks().stream().filter(t -> t.number().equals("2.1")).findFirst().orElseThrow();
        assertEquals("Phòng Quản lý Thể dục thể thao", task.leadUnit());
        assertEquals(review.form().value("title"), stored.title());
        assertEquals("Đã tạo.", review.statusProperty().get());
    }

    @Test
    void aBadDateNamesTheEntryAndStoresNothing() {
        ReadingReviewViewModel review = seed001();
        review.text("task.2.1.due").set("31/13/2025");
        review.create();
        assertEquals(List.of("Nhiệm vụ 2.1 – Hạn hoàn thành: «31/13/2025» không phải ngày dd/mm/yyyy"), review.problems());
        assertEquals("Nhiệm vụ 2.1 – Hạn hoàn thành: «31/13/2025» không phải ngày dd/mm/yyyy",
                review.entryErrors().get("task.2.1.due"));
        assertTrue(plans.list().isEmpty(), "nothing stored");
        review.text("task.2.1.due").set("31/12/2025");
        assertFalse(review.entryErrors().containsKey("task.2.1.due"), "editing the entry clears its mark");
    }

    @Test
    void aBlankTitleIsRefusedByTheValidatorAndStoresNothing() {
        ReadingReviewViewModel review = seed001();
        review.text("title").set("  ");
        review.create();
        assertFalse(review.problems().isEmpty());
        assertTrue(review.problems().get(0).contains("chưa nhập"), review.problems().toString());
        assertTrue(plans.list().isEmpty(), "nothing stored");
    }

    @Test
    void countsGapsAndUnplacedPassagesAreShownInWords() {
        ReadingReviewViewModel review = seed001();
        long blank = review.passages().stream().filter(p -> p.state() == ReadingReviewViewModel.PassageState.BLANK).count();
        long notUnderstood = review.passages().stream()
                .filter(p -> p.state() == ReadingReviewViewModel.PassageState.NOT_UNDERSTOOD).count();
        int total = review.passages().size() - (int) blank;
        assertEquals(review.form().unplaced().size(), notUnderstood);
        assertEquals("Đã đọc " + (total - notUnderstood) + "/" + total + " đoạn, " + notUnderstood + " chưa hiểu, "
                + review.gaps().size() + " việc cần bổ sung", review.counts());
        assertEquals(review.form().unplaced().size(), review.unplaced().size());
        review.unplaced().forEach(line -> assertTrue(line.matches("Đoạn \\d+: .+"), line));
    }

    @Test
    void aSelectedEntryHighlightsItsPassagesAndAPassageSelectsItsEntries() {
        SourceDocument source = SeedText.seed("001");
        PlanDraft read = new PlanReader().read(source);
        int titleLine = source.passages().stream().filter(p -> p.text().contains("KẾ HOẠCH")).findFirst().orElseThrow().index() + 1;
        PlanDraft draft = new PlanDraft(read.plan(), read.gaps(), read.unplaced(), List.of(new Placement(titleLine, "title"),
                new Placement(titleLine, "period")));
        ReadingReviewViewModel review = ReadingReviewViewModel.forPlan(source, draft, plans, new DirectTaskRunner(), messages);
        DraftEntry title = review.form().entry("title").orElseThrow();
        review.selectedEntryProperty().set(title);
        assertEquals(java.util.Set.of(titleLine), review.highlightedProperty().get());
        review.selectPassage(titleLine);
        assertEquals(List.of("Tên kế hoạch", "Thời gian thực hiện (từ ngày - đến ngày)"),
                review.entriesOfPassage().stream().map(DraftEntry::label).toList());
        assertEquals(title, review.selectedEntryProperty().get());
    }

    @Test
    void aDelegationDraftIsStoredAsADraftWithItsGroups() {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with();
        DelegationService delegations = new DelegationService(repository);
        Delegation built = NewDelegation.blank("Đoàn khảo sát học tập kinh nghiệm tại Đắk Lắk", LocalDate.of(2025, 10, 14),
                LocalDate.of(2025, 10, 18), null).toBuilder()
                .groups(List.of(new MemberGroup("g1", "Lãnh đạo Sở", "", List.of(new Quota("Ban Giám đốc", 2))))).build();
        SourceDocument source = SeedText.lines("seed-000.txt", "KẾ HOẠCH\nTổ chức Đoàn");
        ReadingReviewViewModel review = ReadingReviewViewModel.forDelegation(source,
                new DelegationDraft(built, List.of(), List.of(), List.of()), delegations, new DirectTaskRunner(), messages);
        assertEquals("Ban Giám đốc: 2", review.text("groups.0.quotas").get());
        review.text("groups.0.quotas").set("Ban Giám đốc: 2\nPhòng Quản lý Văn hóa: 03");
        review.text("dates").set("14/10/2025 - 16/10/2025");
        List<Long> created = new ArrayList<>();
        review.setOnCreated(created::add);
        review.create();
        assertEquals(List.of(), review.problems());
        Delegation stored = delegations.find(created.get(0)).orElseThrow();
        assertEquals(DelegationStatus.DRAFT, stored.status());
        assertEquals(LocalDate.of(2025, 10, 16), stored.endDate());
        assertEquals(List.of(new Quota("Ban Giám đốc", 2), new Quota("Phòng Quản lý Văn hóa", 3)), stored.groups().get(0).quotas());
        assertEquals("Lãnh đạo Sở", stored.groups().get(0).name());
    }

    @Test
    void seed000ReadByTheRealReaderIsStoredAsTheSamplesDelegationWithAGapListedOncePerSentence() {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with();
        DelegationService delegations = new DelegationService(repository);
        SourceDocument source = SeedText.seed("000");
        ReadingReviewViewModel review = ReadingReviewViewModel.forDelegation(source, new DelegationPlanReader().read(source),
                delegations, new DirectTaskRunner(), messages);

        assertTrue(review.gaps().contains("Đã sửa lỗi gõ «quản bá các các» thành «quảng bá các» (3 chỗ)."), review.gaps().toString());
        assertEquals(review.gaps().size(), review.gaps().stream().distinct().count());
        assertEquals("Đã đọc 231/237 đoạn, 6 chưa hiểu, " + review.gaps().size() + " việc cần bổ sung", review.counts());
        List<Long> created = new ArrayList<>();
        review.setOnCreated(created::add);
        review.create();

        assertEquals(List.of(), review.problems());
        Delegation stored = delegations.find(created.get(0)).orElseThrow();
        Delegation sample = SampleDelegation.create();
        assertEquals(DelegationStatus.DRAFT, stored.status());
        assertEquals(sample.legs(), stored.legs());
        assertEquals(sample.programme(), stored.programme());
        assertEquals(sample.responsibilities(), stored.responsibilities());
        assertEquals(37, stored.plannedSize());
    }
}
