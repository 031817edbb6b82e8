package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * No text of a plan package escapes the text policy: every text of a plan with every field set gets a BEL appended, and
 * the import names a control character once at each of those places, with the row and field in Vietnamese. Ids and
 * references to them, enums, dates, days of the year and result periods are left alone.
 */
class PlanEveryTextFieldCheckedTest {
    private static final Set<String> LEFT_ALONE = Set.of("id", "taskId", "targetIds", "kind", "status", "frequency",
            "countedKind", "period", "dueBefore", "onceOn", "issuedOn", "date", "from", "to", "due");

    @TempDir
    Path dir;

    @Test
    void aBellInEveryTextIsReportedOnceAtEachPlace() throws IOException {
        ObjectNode tree = (ObjectNode) PackageJson.MAPPER.readTree(PlanPackageRoundTripTest.WRITER.toBytes(RichPlan.create()));
        List<String> damaged = new ArrayList<>();
        ring(tree.get("plan"), "", damaged);
        MemoryPlanRepository repository = new MemoryPlanRepository();
        PlanPackageService service = new PlanPackageService(new PlanService(repository, RoleGate.everyRole(() -> "lan")));

        PackageException refusal = catchThrowableOfType(PackageException.class,
                () -> service.importPlan(PackageFiles.write(dir, tree)));

        assertThat(damaged).as("texts damaged").hasSizeGreaterThan(100);
        List<ValidationError> text = refusal.errors().stream().filter(e -> e.messageKey().equals("validation.text.named")).toList();
        // The validator names a ground and a result by the row: its text is the row.
        assertThat(text).extracting(ValidationError::path).containsExactlyInAnyOrderElementsOf(
                damaged.stream().map(p -> p.replaceAll("^(grounds\\[\\d+]|tasks\\[\\d+]\\.results\\[\\d+])\\.text$", "$1")).toList());
        assertThat(new Messages().describe(text.get(0))).isEqualTo("title: Tên kế hoạch: có ký tự điều khiển không in được "
                + "(U+0007) ở vị trí 37");
        assertThat(refusal.errors()).as("besides: the tasks' numbers, which a BEL breaks too")
                .filteredOn(e -> !text.contains(e)).extracting(ValidationError::messageKey)
                .containsOnly("validation.plan.task.number");
        assertThat(repository.findAll()).isEmpty();
    }

    /** Appends BEL to every text under {@code node}, collecting the paths. */
    private static void ring(JsonNode node, String path, List<String> damaged) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                String childPath = path.isEmpty() ? name : path + "." + name;
                if (LEFT_ALONE.contains(name)) {
                    continue;
                }
                if (child.isTextual()) {
                    if (!child.asText().isEmpty()) {
                        object.set(name, TextNode.valueOf(child.asText() + "\u0007"));
                        damaged.add(childPath);
                    }
                } else {
                    ring(child, childPath, damaged);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                String childPath = path + "[" + i + "]";
                if (child.isTextual()) {
                    array.set(i, TextNode.valueOf(child.asText() + "\u0007"));
                    damaged.add(childPath);
                } else {
                    ring(child, childPath, damaged);
                }
            }
        }
    }
}
