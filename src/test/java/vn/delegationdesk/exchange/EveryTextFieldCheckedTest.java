package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.StayDerivation;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * No text field escapes the policy: every text of the sample package (with a stay plan set, so that its nights are
 * there too) gets a BEL appended, and the import reports exactly one control-character problem at each of those
 * paths. Ids and the references to them are left alone, as are enums, dates and times.
 */
class EveryTextFieldCheckedTest {
    private static final Set<String> LEFT_ALONE = Set.of("id", "groupId", "conferenceId", "status", "halfDay", "kind", "transport",
            "gender", "role", "date", "startDate", "endDate", "dateOfBirth", "dueDate", "startTime", "endTime");
    private static final Pattern NOT_TEXT = Pattern.compile("[A-Z_]+|\\d{4}-\\d{2}-\\d{2}|\\d{2}:\\d{2}");

    @TempDir
    Path dir;

    @Test
    void aBellInEveryTextIsReportedOnceAtEachPath() {
        Delegation sample = SampleDelegation.create();
        Accommodation hotel = new Accommodation("Khách sạn Sài Gòn – Ban Mê", "01–03 Lý Thường Kiệt", "0262 3 812 345", false);
        Delegation withNights = sample.toBuilder().nights(StayDerivation.nights(sample.firstDate().orElseThrow(),
                sample.lastDate().orElseThrow(), sample.legs(), sample.programme()).stream()
                .map(night -> night.withAccommodation(hotel)).toList()).build();
        ObjectNode tree = PackageFiles.tree(withNights);
        List<String> damaged = new ArrayList<>();
        ring(PackageFiles.body(tree), "", damaged);
        InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
        PackageService service = new PackageService(new DelegationService(repository));

        PackageException refusal = catchThrowableOfType(PackageException.class,
                () -> service.importPackage(PackageFiles.write(dir, tree)));

        assertThat(damaged).as("texts damaged").hasSizeGreaterThan(300);
        List<ValidationError> text = refusal.errors().stream().filter(e -> e.messageKey().equals("validation.text.control")).toList();
        assertThat(text).extracting(ValidationError::path).containsExactlyInAnyOrderElementsOf(damaged);
        assertThat(refusal.errors()).as("besides: the formats of ID numbers and phones, which a BEL breaks too")
                .filteredOn(e -> !text.contains(e)).extracting(ValidationError::messageKey)
                .containsOnly("validation.idNumber", "validation.phone");
        assertThat(repository.size()).isZero();
    }

    /** Appends BEL to every text under {@code node}, collecting the paths, as the validator writes them. */
    private static void ring(JsonNode node, String path, List<String> damaged) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(field -> names.add(field.getKey()));
            for (String name : names) {
                JsonNode child = object.get(name);
                String childPath = path.isEmpty() ? name : path + "." + name;
                if (child.isTextual()) {
                    if (!LEFT_ALONE.contains(name) && !child.asText().isEmpty() && !NOT_TEXT.matcher(child.asText()).matches()) {
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
                    if (!NOT_TEXT.matcher(child.asText()).matches()) {
                        array.set(i, TextNode.valueOf(child.asText() + "\u0007"));
                        damaged.add(childPath);
                    }
                } else {
                    ring(child, childPath, damaged);
                }
            }
        }
    }
}
