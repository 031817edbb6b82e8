package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.OtherCost;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.app.samples.OutboundSampleService;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleOutbound;

/**
 * The delegation package carries the outbound plan between two H2 stores: the stops, the flights in local time with their
 * zones, the passports by member, the exchange rate and the inputs as exact decimal strings, and the rate set by name.
 * A store that keeps the set gets it chosen; one that does not falls back to the set in force and the import says so. A
 * malformed outbound part refuses the whole file with its path, nothing stored.
 */
class OutboundPackageStoreTest {
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path sender;

    @TempDir
    Path receiver;

    @TempDir
    Path files;

    private static PackageService packages(AppServices services) {
        return new PackageService(services.delegations(), services.budget(), services.documents(), services.abroad());
    }

    private Path exportSample() throws Exception {
        Path file = files.resolve("doan-ra.json");
        try (AppServices services = StoreServices.open(sender, MESSAGES)) {
            long id = new OutboundSampleService(services.delegations(), services.abroad()).create().delegationId();
            packages(services).exportPackage(id, file);
        }
        return file;
    }

    @Test
    void theFileWritesTheTripAsOnTheTicketAndAmountsAsExactStrings() throws Exception {
        String json = Files.readString(exportSample());

        assertThat(json).contains("\"outbound\": {").contains("\"version\": 1")
                .contains("\"departureLocal\": \"2026-04-06T00:05\"").contains("\"fromZone\": \"Asia/Ho_Chi_Minh\"")
                .contains("\"arrivalLocal\": \"2026-04-06T06:35\"").contains("\"toZone\": \"Asia/Seoul\"")
                .contains("\"vndPerUnit\": \"25345.5\"").contains("\"amount\": \"32.5\"")
                .contains("\"memberId\": \"dr-01\"").contains("\"type\": \"CONG_VU\"")
                .contains("\"name\": \"Bộ định mức mẫu (dữ liệu mẫu, chưa xác minh)\"")
                .doesNotContain(SampleOutbound.RATE_SET_ID);
    }

    @Test
    void aStoreWithoutTheRateSetGetsThePlanWithTheSetInForceAndIsToldSo() throws Exception {
        Path file = exportSample();
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageService.Imported imported = packages(services).importWithNotes(file);

            SavedOutbound saved = services.abroad().load(imported.id()).orElseThrow();
            OutboundPlan expected = SampleOutbound.plan();
            assertThat(saved.plan()).isEqualTo(new OutboundPlan(imported.id(), expected.stops(), expected.legs(),
                    expected.passports(), "", expected.exchangeRate()));
            assertThat(saved.plan().exchangeRate().vndPerUnit()).hasToString("25345.5");
            assertThat(saved.inputs()).isEqualTo(SampleOutbound.inputs());
            assertThat(services.delegations().find(imported.id()).orElseThrow().members())
                    .extracting(m -> m.id() + " " + m.fullName()).contains("dr-01 Trịnh Thu Hà");
            assertThat(imported.notes()).hasSize(1);
            assertThat(MESSAGES.get(imported.notes().get(0).key(), imported.notes().get(0).args().toArray())).startsWith(
                    "Kho dữ liệu này không có bộ định mức nước ngoài «Bộ định mức mẫu (dữ liệu mẫu, chưa xác minh)» mà gói đã chọn: "
                            + "dự toán đoàn ra dùng bộ định mức có hiệu lực vào ngày xuất cảnh");
        }
    }

    @Test
    void aStoreThatKeepsTheRateSetGetsItChosenByNameAndTheSameEstimate() throws Exception {
        Path file = exportSample();
        try (AppServices services = StoreServices.open(sender, MESSAGES)) {
            PackageService.Imported imported = packages(services).importWithNotes(file);

            String setId = services.abroad().rateSets().stream().filter(s -> s.name().equals(SampleOutbound.rateSet().name()))
                    .map(ForeignRateSet::id).findFirst().orElseThrow();
            SavedOutbound saved = services.abroad().load(imported.id()).orElseThrow();
            assertThat(saved.plan().foreignRateSetId()).isEqualTo(setId);
            assertThat(imported.notes()).isEmpty();
            assertThat(services.abroad().estimate(services.delegations().find(imported.id()).orElseThrow()).orElseThrow()
                    .total()).isEqualTo(172_093_867L);
        }
    }

    @Test
    void theLinesOfChiPhiKhacAndTheEditedQuantitiesTravelWithThePlanAndABrokenLineIsNamedByItsPath() throws Exception {
        Path file = files.resolve("doan-ra-chi-phi-khac.json");
        AbroadInputs withOthers = SampleOutbound.inputs().withOtherCosts(List.of(
                new OtherCost("Cước hành lý quá cước", "kiện", 2, 1, Price.of("35.50", "USD"), "Báo giá hãng bay"),
                new OtherCost("Lệ phí sân bay", "người", 5, 1, null, ""))).withOverrides(Map.of(
                "other.insurance", new LineOverride(4L, null)));
        try (AppServices services = StoreServices.open(sender, MESSAGES)) {
            long id = new OutboundSampleService(services.delegations(), services.abroad()).create().delegationId();
            OutboundPlan plan = services.abroad().load(id).orElseThrow().plan();
            services.abroad().save(plan, withOthers);
            packages(services).exportPackage(id, file);
        }
        String json = Files.readString(file);
        assertThat(json).contains("\"content\": \"Cước hành lý quá cước\"").contains("\"amount\": \"35.50\"")
                .contains("\"other.insurance\": {");
        Path broken = Files.writeString(files.resolve("sai.json"), json.replace("\"quantity\": 5", "\"quantity\": 0"));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            long id = packages(services).importPackage(file);
            assertThat(services.abroad().load(id).orElseThrow().inputs()).isEqualTo(withOthers);

            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(broken));
            assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly("$.outbound.inputs.otherCosts[1].quantity: Chi phí "
                    + "khác dòng 2 – Số lượng: 0 không hợp lệ, phải là số nguyên từ 1 đến 100.000");
            assertThat(services.delegations().list()).hasSize(1);
        }
    }

    @Test
    void aFlightLandingBeforeItLeavesRefusesTheWholeFileWithItsPath() throws Exception {
        String json = Files.readString(exportSample());
        Path broken = Files.writeString(files.resolve("sai.json"),
                json.replace("\"arrivalLocal\": \"2026-04-09T13:15\"", "\"arrivalLocal\": \"2026-04-09T08:15\""));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(broken));

            assertThat(MESSAGES.describeAll(refusal.errors())).singleElement().asString()
                    .startsWith("$.outbound.flights[1].arrivalLocal: Chặng bay 2 (VN417 Seoul (Incheon) – Hà Nội (Nội Bài)) – Giờ đến:");
            assertThat(services.delegations().list()).isEmpty();
        }
    }

    @Test
    void wrongValuesAreEachNamedByPathAndNothingIsStored() throws Exception {
        String json = Files.readString(exportSample());
        Path broken = Files.writeString(files.resolve("sai.json"), json
                .replace("\"vndPerUnit\": \"25345.5\"", "\"vndPerUnit\": 25345.5")
                .replace("\"toZone\": \"Asia/Seoul\"", "\"toZone\": \"Seoul\"")
                .replace("\"departureLocal\": \"2026-04-09T10:35\"", "\"departureLocal\": \"09/04/2026 10:35\"")
                .replace("\"flightNumber\": \"VN416\"", "\"flightNumber\": \"VN416\", \"gate\": \"A3\""));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(broken));

            assertThat(MESSAGES.describeAll(refusal.errors())).containsExactlyInAnyOrder(
                    "$.outbound.flights[0].gate: trường không có trong kế hoạch đi nước ngoài của gói (có thể viết sai tên); "
                            + "các trường hợp lệ: flightNumber, fromPlace, fromZone, departureLocal, toPlace, toZone, arrivalLocal",
                    "$.outbound.flights[0].toZone: múi giờ phải là tên múi giờ IANA (ví dụ \"Asia/Seoul\", \"Asia/Ho_Chi_Minh\"), "
                            + "không phải \"Seoul\"",
                    "$.outbound.flights[1].departureLocal: giờ phải là ngày giờ địa phương dạng yyyy-MM-ddTHH:mm "
                            + "(ví dụ \"2026-04-06T00:05\"), không phải \"09/04/2026 10:35\"",
                    "$.outbound.exchangeRate.vndPerUnit: mức chi phải ghi trong ngoặc kép như một số thập phân chính xác "
                            + "(ví dụ \"60\" hoặc \"60.5\"), không phải 25345.5");
            assertThat(services.delegations().list()).isEmpty();
        }
    }

    @Test
    void aPassportOfNobodyInTheDelegationIsNamedByItsPath() throws Exception {
        String json = Files.readString(exportSample());
        Path broken = Files.writeString(files.resolve("sai.json"),
                json.replace("\"memberId\": \"dr-05\"", "\"memberId\": \"dr-09\""));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(broken));

            assertThat(MESSAGES.describeAll(refusal.errors())).singleElement().asString()
                    .startsWith("$.outbound.passports[4].memberId: ").contains("dr-09");
            assertThat(services.delegations().list()).isEmpty();
        }
    }

    @Test
    void aFlightClassOfNobodyInTheDelegationIsNamedByItsPath() throws Exception {
        String json = Files.readString(exportSample());
        Path broken = Files.writeString(files.resolve("sai.json"), json.replace("\"dr-01\": \"BUSINESS\"", "\"dr-09\": \"BUSINESS\""));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(broken));

            assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly(
                    "$.outbound.inputs.flightClasses.dr-09: không có thành viên mã \"dr-09\" trong đoàn của gói");
            assertThat(services.delegations().list()).isEmpty();
        }
    }

    @Test
    void anOutboundPartOfALaterVersionIsRefusedByNameAndCanBeLeftOut() throws Exception {
        String json = Files.readString(exportSample());
        Path later = Files.writeString(files.resolve("sau.json"), json.replace("\"version\": 1,", "\"version\": 2,"));
        try (AppServices services = StoreServices.open(receiver, MESSAGES)) {
            PackageException refusal = catchThrowableOfType(PackageException.class, () -> packages(services).importPackage(later));

            assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly("$.outbound.version: kế hoạch đi nước ngoài "
                    + "trong gói là phiên bản 2, ứng dụng này chỉ đọc phiên bản 1; hãy cập nhật ứng dụng, hoặc xóa trường "
                    + "\"outbound\" để nhập đoàn không kèm kế hoạch đi nước ngoài");
            assertThat(services.delegations().list()).isEmpty();
        }
    }
}
