package vn.delegationdesk.reading.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.SourceDocument;
import vn.delegationdesk.reading.UnplacedPassage;

/** Which passage fed which field of the plan: the review screen highlights with these. */
class PlanReaderPlacementTest {
    private final PlanReader reader = new PlanReader();

    static List<String> plans() {
        return SeedText.PLANS;
    }

    private static Set<String> fieldsOf(PlanDraft draft, int passage) {
        return draft.placements().stream().filter(p -> p.passage() == passage).map(Placement::field)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int lineOf(SourceDocument source, String start) {
        return source.passages().stream().filter(p -> p.text().strip().startsWith(start)).mapToInt(Passage::index).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void aPassageIsPlacedExactlyWhenItIsNotListedAsUnplaced(String seed) {
        SourceDocument source = SeedText.seed(seed);
        PlanDraft draft = reader.read(source);
        Set<Integer> placed = draft.placements().stream().map(Placement::passage).collect(Collectors.toSet());
        Set<Integer> unplaced = draft.unplaced().stream().map(UnplacedPassage::index).collect(Collectors.toSet());
        for (Passage passage : source.passages()) {
            if (Normalised.text(passage.text()).isEmpty()) {
                assertTrue(!placed.contains(passage.index()), "blank line " + passage.index() + " placed");
                continue;
            }
            assertTrue(placed.contains(passage.index()) != unplaced.contains(passage.index()),
                    "seed " + seed + " line " + (passage.index() + 1) + " placed " + fieldsOf(draft, passage.index())
                            + ", unplaced " + unplaced.contains(passage.index()) + ": " + passage.text());
        }
    }

    @Test
    void seed001TaskLinesGoToTheTaskItsLeadUnitItsTimeAndItsTargets() {
        SourceDocument source = SeedText.seed("001");
        PlanDraft draft = reader.read(source);
        PlanTask task = draft.plan().tasks().stream().filter(t -> t.number().equals("2.4")).findFirst().orElseThrow();
        int heading = lineOf(source, "2.4.");
        assertEquals(Set.of("task.2.4"), fieldsOf(draft, heading));

        List<Integer> leadLines = draft.placements().stream().filter(p -> p.field().equals("task.1.1.leadUnit"))
                .map(Placement::passage).toList();
        assertEquals(List.of(76), leadLines, "line 77: \"- *Đơn vị chủ trì:* Sở Văn hóa, Thể thao và Du lịch.\"");
        assertEquals(Set.of("task.1.1.coordinatingUnits"), fieldsOf(draft, 78));

        for (String targetId : task.targetIds()) {
            assertTrue(draft.placements().stream().anyMatch(p -> p.field().equals("target." + targetId)), targetId);
        }
        assertEquals(Set.of("kind"), fieldsOf(draft, lineOf(source, "KẾ HOẠCH")));
        assertEquals(Set.of("title"), fieldsOf(draft, lineOf(source, "Triển khai thực hiện các nhiệm vụ chiến lược")));
        assertEquals(Set.of("number", "symbol"), fieldsOf(draft, lineOf(source, "Số:")));
        assertEquals(Set.of("signer"), fieldsOf(draft, lineOf(source, "Vũ Thị Hiền Hạnh")));
        assertEquals(Set.of("grounds.0", "grounds.1", "issuingBody.name"), fieldsOf(draft, lineOf(source, "Thực hiện Quyết định số 2486")),
                "two grounds and the opening that names the issuer");
    }

    @Test
    void seed003ReportingParagraphFeedsBothRules() {
        SourceDocument source = SeedText.seed("003");
        PlanDraft draft = reader.read(source);
        assertEquals(Set.of("reporting.0", "reporting.1"), fieldsOf(draft, lineOf(source, "1. Căn cứ các nội dung của Kế hoạch")));
        assertEquals(Set.of("recipients.0"), fieldsOf(draft, lineOf(source, "- Bộ Văn hóa, Thể thao và Du lịch (b/c)")));
        assertEquals(Set.of("purposes.1"), fieldsOf(draft, lineOf(source, "- Tiếp tục nâng cao nhận thức")));
        assertEquals(Set.of("tasks.units"), fieldsOf(draft, lineOf(source, "IV. TỔ CHỨC THỰC HIỆN")));
    }
}
