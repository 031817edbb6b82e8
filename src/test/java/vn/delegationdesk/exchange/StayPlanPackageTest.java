package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The stay plan and activity times in a package: written, read back, optional for older files, checked on import. */
class StayPlanPackageTest {
    private final DelegationPackageReader reader = new DelegationPackageReader();
    private final InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
    private final PackageService service = new PackageService(new DelegationService(repository));

    @TempDir
    Path dir;

    @Test
    void nightsAndTimesAreWrittenAsDocumentedAndReadBackEqual() {
        Delegation rich = RichDelegation.create();
        String text = new String(PackageFiles.WRITER.toBytes(rich), StandardCharsets.UTF_8);

        assertThat(text).contains("\"startTime\": \"06:15\",\n", "\"endTime\": \"08:00\"", "\"endTime\": null",
                "\"hotel\": \"Nhà khách Tỉnh ủy\"", "\"hostProvides\": true");
        Delegation back = reader.read(PackageFiles.write(dir, text));
        assertThat(back.nights()).isEqualTo(rich.nights());
        assertThat(StayPlans.of(back).stays()).hasSize(3);
        assertThat(back.programme().get(0).activities().get(0).startTime()).isEqualTo(LocalTime.of(6, 15));
    }

    @Test
    void aPackageWithoutNightsOrTimesFollowsTheProgramme() {
        ObjectNode tree = PackageFiles.tree(SampleDelegation.create());
        PackageFiles.body(tree).remove("nights");
        for (JsonNode day : PackageFiles.body(tree).get("programme")) {
            for (JsonNode activity : day.get("activities")) {
                ((ObjectNode) activity).remove(List.of("startTime", "endTime"));
            }
        }

        long id = service.importPackage(PackageFiles.write(dir, tree));

        Delegation imported = repository.findById(id).orElseThrow();
        assertThat(imported).isEqualTo(SampleDelegation.create().withId(id));
        StayPlan plan = StayPlans.of(imported);
        assertThat(plan.derived()).isTrue();
        assertThat(plan.nightsAt("tỉnh Đắk Lắk")).hasSize(2);
        assertThat(plan.nightsAt("tỉnh Lâm Đồng")).hasSize(3);
    }

    @Test
    void aTimeThatIsNotHhMmIsRefusedByName() {
        ObjectNode tree = PackageFiles.tree(SampleDelegation.create());
        activity(tree, 0, 0).put("startTime", "8h00");
        activity(tree, 0, 1).put("endTime", "24:00");

        assertThat(refused(tree)).extracting(e -> new Messages().describe(e)).containsExactly(
                "programme[0].activities[0].startTime: phải là giờ trong ngày, viết dạng HH:mm theo 24 giờ (ví dụ 08:00, "
                        + "14:30), không phải \"8h00\"",
                "programme[0].activities[1].endTime: phải là giờ trong ngày, viết dạng HH:mm theo 24 giờ (ví dụ 08:00, "
                        + "14:30), không phải \"24:00\"");
    }

    @Test
    void nightsThatDoNotCoverTheTripAreRefusedNightByNight() {
        ObjectNode tree = PackageFiles.tree(SampleDelegation.create());
        ArrayNode nights = PackageFiles.body(tree).putArray("nights");
        night(nights, "2025-10-14", "tỉnh Đắk Lắk");
        night(nights, "2025-10-15", "tỉnh Đắk Lắk");
        night(nights, "2025-10-15", "tỉnh Đắk Lắk");
        night(nights, "2025-10-17", "tỉnh Khánh Hòa");
        night(nights, "2025-10-18", "tỉnh Lâm Đồng");
        night(nights, "2025-10-19", "tỉnh Lâm Đồng");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey).containsExactly(
                tuple("nights[2].date", "validation.nightTwice"),
                tuple("nights[3].place", "validation.nightNoLeg"),
                tuple("nights[5].date", "validation.nightOutsideTrip"),
                tuple("nights", "validation.nightMissing"));
    }

    @Test
    void aBrokenNightIsReportedOnceWhereItIs() {
        ObjectNode tree = PackageFiles.tree(SampleDelegation.create());
        ArrayNode nights = PackageFiles.body(tree).putArray("nights");
        for (LocalDate date = LocalDate.of(2025, 10, 14); date.isBefore(LocalDate.of(2025, 10, 19)); date = date.plusDays(1)) {
            night(nights, date.toString(), "tỉnh Lâm Đồng");
        }
        ((ObjectNode) nights.get(2)).put("date", "16/10/2025");
        ((ObjectNode) nights.get(3)).remove("place");

        assertThat(refused(tree)).extracting(ValidationError::path, ValidationError::messageKey).containsExactly(
                tuple("nights[2].date", "exchange.error.expectedDate"),
                tuple("nights[3].place", "exchange.error.missingField"));
    }

    @Test
    void theImportedNightsAreTheOnesInTheFile() {
        Delegation edited = StayPlans.edited(SampleDelegation.create(), StayPlans.of(SampleDelegation.create())
                .withNight(Night.at(LocalDate.of(2025, 10, 16), "tỉnh Đắk Lắk")));

        long id = service.importPackage(PackageFiles.write(dir, PackageFiles.tree(edited)));

        assertThat(StayPlans.of(repository.findById(id).orElseThrow()).nightsAt("tỉnh Đắk Lắk")).hasSize(3);
    }

    private static ObjectNode activity(ObjectNode tree, int day, int index) {
        return (ObjectNode) PackageFiles.element(tree, "programme", day).get("activities").get(index);
    }

    private static void night(ArrayNode nights, String date, String place) {
        nights.addObject().put("date", date).put("place", place);
    }

    private List<ValidationError> refused(ObjectNode tree) {
        PackageException refusal = catchThrowableOfType(PackageException.class,
                () -> service.importPackage(PackageFiles.write(dir, tree)));
        assertThat(refusal).as("import must be refused").isNotNull();
        assertThat(repository.size()).isZero();
        return refusal.errors();
    }
}
