package vn.delegationdesk.exchange.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetFileException;
import vn.delegationdesk.exchange.PackageFiles;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The foreign rate-set file (rate-set format version 2, scope FOREIGN): written and read back exactly, every malformed
 * file refused with the Vietnamese sentence naming its field, and the domestic files of version 1 still read. All
 * figures are TEST DATA, not the circular's.
 */
class ForeignRateSetFileTest {
    private static final Messages MESSAGES = new Messages();
    private static final Currency USD = Currency.getInstance("USD");
    private static final ForeignRateSetFileWriter WRITER = new ForeignRateSetFileWriter(PackageFiles.CLOCK);
    private static final ForeignRateSetFileReader READER = new ForeignRateSetFileReader();
    private static final String FILE_NAME = "Dinh-muc-nuoc-ngoai_140-2025-TT-BTC.json";

    @TempDir
    Path dir;

    /** TT 140/2025 as an office would fill it: TEST DATA figures, a group, an unknown cap, a figure with two decimals. */
    static ForeignRateSet filledTt140() {
        ForeignRateSet tt140 = BuiltInForeignRateSets.all().stream()
                .filter(s -> s.id().equals(BuiltInForeignRateSets.TT140_ID)).findFirst().orElseThrow();
        return tt140.withRates(List.of(
                CountryRate.country("KR", "Hàn Quốc", USD, new BigDecimal("60"), new BigDecimal("45"),
                        "Dữ liệu thử, không phải số liệu của Phụ lục", true),
                CountryRate.country("JP", "Nhật Bản", Currency.getInstance("JPY"), new BigDecimal("8000"), null,
                        "Dữ liệu thử", false),
                new CountryRate("NHOM-1", "Nhóm 1 (dữ liệu thử)", List.of("LA", "KH"), USD, new BigDecimal("60.50"),
                        new BigDecimal("40.125"), "Dữ liệu thử", false)));
    }

    @Test
    void aSetWrittenAndReadBackIsTheSameSetWithItsDecimalsAsTyped() {
        ForeignRateSet set = filledTt140();

        ForeignRateSet read = READER.read(WRITER.toBytes(set), FILE_NAME);

        assertThat(read.id()).isEmpty();
        assertThat(read).isEqualTo(new ForeignRateSet("", set.name(), set.documentNumber(), set.effectiveFrom(),
                set.effectiveTo(), set.notes(), set.rates()));
        CountryRate group = read.rates().get(2);
        assertThat(group.perDiem()).isEqualTo(new BigDecimal("60.50")).hasToString("60.50");
        assertThat(group.lodgingCap()).hasToString("40.125");
        assertThat(read.rates().get(1).lodgingCap()).isNull();
        assertThat(read.rateFor("LA")).contains(group);
    }

    @Test
    void theFileIsVersionTwoOfScopeForeignWithAmountsAsExactStrings() throws IOException {
        Path file = dir.resolve(FILE_NAME);
        new ForeignRateSetExchange(WRITER).write(filledTt140(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n  \"format\": \"delegation-desk/rate-set\",\n  \"formatVersion\": 2,\n")
                .contains("\"scope\": \"FOREIGN\",\n  \"foreignRateSet\": {\n    \"name\": \"Thông tư 140/2025/TT-BTC\"")
                .contains("\"perDiem\": \"60.50\"", "\"lodgingCap\": \"40.125\"", "\"perDiem\": \"60\"", "\"lodgingCap\": null")
                .contains("\"countries\": [\n          \"LA\",\n          \"KH\"\n        ]");
        assertThat(new ForeignRateSetExchange().read(file).rates()).isEqualTo(filledTt140().rates());
    }

    @Test
    void theBuiltInEmptySetsRoundTrip() {
        for (ForeignRateSet set : BuiltInForeignRateSets.all()) {
            ForeignRateSet read = READER.read(WRITER.toBytes(set), FILE_NAME);
            assertThat(read.rates()).isEmpty();
            assertThat(read.effectiveTo()).isEqualTo(set.effectiveTo());
            assertThat(read.notes()).isEqualTo(set.notes());
        }
    }

    @Test
    void anUnknownCountryCode() {
        ObjectNode tree = tree();
        rate(tree, 0).put("code", "XK1");
        rate(tree, 1).put("code", "kr");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[0].code: mã nước \"XK1\" không phải mã ISO 3166-1 alpha-2 (hai chữ cái in hoa, ví dụ KR, "
                        + "JP, US); một nhóm nước ghi các nước của nhóm trong \"countries\"",
                "$.foreignRateSet.rates[1].code: mã nước \"kr\" không phải mã ISO 3166-1 alpha-2 (hai chữ cái in hoa, ví dụ KR, "
                        + "JP, US); một nhóm nước ghi các nước của nhóm trong \"countries\"");
    }

    @Test
    void aGroupNamingAnUnknownCountryOrVietNam() {
        ObjectNode tree = tree();
        ((ArrayNode) rate(tree, 2).get("countries")).add("ZZ").add("VN");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[2].countries[2]: mã nước \"ZZ\" không phải mã ISO 3166-1 alpha-2 (hai chữ cái in hoa, ví dụ "
                        + "KR, JP, US); một nhóm nước ghi các nước của nhóm trong \"countries\"",
                "$.foreignRateSet.rates[2].countries[3]: Việt Nam (VN) không phải nước đến của chuyến công tác nước ngoài");
    }

    @Test
    void aGroupMemberThatIsNotATextIsReportedOnce() {
        ObjectNode tree = tree();
        ((ArrayNode) rate(tree, 2).get("countries")).add(7);
        assertThat(refused(tree)).containsExactly("$.foreignRateSet.rates[2].countries[2]: phải là chuỗi ký tự, không phải 7");
    }

    @Test
    void aCountryGivenTwiceOrInTwoGroups() {
        ObjectNode tree = tree();
        rate(tree, 1).put("code", "KR");
        ObjectNode second = ((ArrayNode) body(tree).get("rates")).addObject();
        second.put("code", "NHOM-2").put("currency", "USD").putArray("countries").add("KH");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[1].code: mã KR đã có ở $.foreignRateSet.rates[0]; mỗi nước hoặc nhóm nước chỉ được ghi một lần",
                "$.foreignRateSet.rates[3].countries[0]: nước KH đã thuộc nhóm ở $.foreignRateSet.rates[2]; mỗi nước chỉ thuộc "
                        + "một nhóm");
    }

    @Test
    void aNegativeAmount() {
        ObjectNode tree = tree();
        rate(tree, 0).put("perDiem", "-60");
        assertThat(refused(tree)).containsExactly("$.foreignRateSet.rates[0].perDiem: mức chi không được âm (đang ghi -60)");
    }

    @Test
    void anAmountThatIsNotANumber() {
        ObjectNode tree = tree();
        rate(tree, 0).put("perDiem", "sáu mươi");
        rate(tree, 0).put("lodgingCap", "1,200.5");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[0].perDiem: mức chi phải là số không âm, viết bằng chữ số, dấu chấm trước phần thập phân, "
                        + "không có dấu phân cách hàng nghìn (ví dụ \"60\" hoặc \"60.5\"), không phải \"sáu mươi\"",
                "$.foreignRateSet.rates[0].lodgingCap: mức chi phải là số không âm, viết bằng chữ số, dấu chấm trước phần thập "
                        + "phân, không có dấu phân cách hàng nghìn (ví dụ \"60\" hoặc \"60.5\"), không phải \"1,200.5\"");
    }

    @Test
    void anAmountWrittenAsAJsonNumberIsRefusedSinceOtherToolsReadItAsFloatingPoint() {
        ObjectNode tree = tree();
        rate(tree, 0).put("perDiem", new BigDecimal("60.5"));
        assertThat(refused(tree)).containsExactly("$.foreignRateSet.rates[0].perDiem: mức chi phải ghi trong ngoặc kép như một "
                + "số thập phân chính xác (ví dụ \"60\" hoặc \"60.5\"), không phải 60.5");
    }

    @Test
    void anAmountTooLargeOrTooFine() {
        ObjectNode tree = tree();
        rate(tree, 0).put("perDiem", "60000000000");
        rate(tree, 0).put("lodgingCap", "45.00001");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[0].perDiem: mức chi 60000000000 quá lớn (tối đa 1000000000); có thể thừa chữ số 0",
                "$.foreignRateSet.rates[0].lodgingCap: mức chi 45.00001 có quá 4 chữ số thập phân");
    }

    @Test
    void aCurrencyThatIsNotIso4217() {
        ObjectNode tree = tree();
        rate(tree, 0).put("currency", "US$");
        rate(tree, 1).put("currency", "ABC");
        rate(tree, 2).remove("currency");
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.rates[0].currency: tiền tệ \"US$\" không phải mã ISO 4217 (ba chữ cái in hoa, ví dụ USD, EUR, JPY)",
                "$.foreignRateSet.rates[1].currency: tiền tệ \"ABC\" không phải mã ISO 4217 (ba chữ cái in hoa, ví dụ USD, EUR, JPY)",
                "$.foreignRateSet.rates[2].currency: thiếu trường bắt buộc");
    }

    @Test
    void aMissingHeader() {
        ObjectNode noFormat = tree();
        noFormat.remove("format");
        assertThat(refused(noFormat)).containsExactly("$.format: thiếu trường \"format\", tệp không phải tệp bộ định mức "
                + "(định dạng cần có: delegation-desk/rate-set)");
        ObjectNode noVersion = tree();
        noVersion.remove("formatVersion");
        assertThat(refused(noVersion)).containsExactly("$.formatVersion: thiếu trường bắt buộc");
        ObjectNode noScope = tree();
        noScope.remove("scope");
        assertThat(refused(noScope)).containsExactly("$.scope: thiếu trường bắt buộc \"scope\" của tệp bộ định mức phiên bản 2: "
                + "ghi DOMESTIC (bộ định mức trong nước) hoặc FOREIGN (bộ định mức công tác nước ngoài)");
        ObjectNode otherScope = tree();
        otherScope.put("scope", "ABROAD");
        assertThat(refused(otherScope)).containsExactly("$.scope: loại bộ định mức \"ABROAD\" không hợp lệ; giá trị cho phép: "
                + "DOMESTIC (trong nước), FOREIGN (công tác nước ngoài)");
        ObjectNode noBody = tree();
        noBody.remove("foreignRateSet");
        assertThat(refused(noBody)).containsExactly("$.foreignRateSet: thiếu trường bắt buộc");
        ObjectNode noName = tree();
        body(noName).remove("name");
        body(noName).remove("effectiveFrom");
        assertThat(refused(noName)).containsExactly("$.foreignRateSet.name: thiếu trường bắt buộc",
                "$.foreignRateSet.effectiveFrom: thiếu trường bắt buộc");
    }

    @Test
    void aMisspeltField() {
        ObjectNode tree = tree();
        rate(tree, 0).remove("verified");
        rate(tree, 0).put("verifed", true);
        assertThat(refused(tree)).containsExactly("$.foreignRateSet.rates[0].verifed: trường không có trong tệp bộ định mức "
                + "(có thể viết sai tên); các trường hợp lệ: code, name, countries, currency, perDiem, lodgingCap, basis, verified");
    }

    @Test
    void aDomesticFileGivenWhereAForeignOneIsExpected() {
        byte[] domestic = RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12());
        assertThat(refused(domestic)).containsExactly("tệp này là bộ định mức trong nước (công tác phí trong nước, bằng "
                + "đồng), không phải bộ định mức công tác nước ngoài; hãy nhập ở mục \"Bộ định mức…\"");

        ObjectNode versionTwo = RateSetFiles.tree(RateSetFiles.completedTt12());
        versionTwo.put("formatVersion", 2);
        versionTwo.put("scope", "DOMESTIC");
        assertThat(refused(bytes(versionTwo))).containsExactly("$.scope: tệp này là bộ định mức trong nước (công tác phí trong "
                + "nước, bằng đồng), không phải bộ định mức công tác nước ngoài; hãy nhập ở mục \"Bộ định mức…\"");
    }

    @Test
    void aForeignFileGivenWhereADomesticOneIsExpected() {
        RateSetFileException refusal = catchThrowableOfType(RateSetFileException.class,
                () -> new RateSetFileReader().read(WRITER.toBytes(filledTt140()), FILE_NAME));
        assertThat(refusal.fileName()).isEqualTo(FILE_NAME);
        assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly("$.scope: tệp này là bộ định mức công tác nước "
                + "ngoài (mức theo từng nước, bằng ngoại tệ), không phải bộ định mức trong nước; hãy nhập ở mục \"Nhập bộ định "
                + "mức nước ngoài\"");
    }

    @Test
    void anOldDomesticFileOfVersionOneIsStillRead() {
        RateSet minimal = new RateSetFileReader().read(Path.of("docs/examples/minimal-rate-set.json"));
        assertThat(minimal.name()).isEqualTo("Quy chế chi tiêu nội bộ 2025 (ví dụ)");
        assertThat(minimal.value(RateKey.CONFERENCE_REFRESHMENT).orElseThrow().amount()).isEqualTo(40_000L);

        byte[] written = RateSetFiles.WRITER.toBytes(RateSetFiles.completedTt12());
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"formatVersion\": 1,").doesNotContain("scope");
        assertThat(new RateSetFileReader().read(written, FILE_NAME).values()).isEqualTo(RateSetFiles.completedTt12().values());
    }

    @Test
    void aDomesticFileOfVersionTwoWithItsScopeIsRead() {
        ObjectNode versionTwo = RateSetFiles.tree(RateSetFiles.completedTt12());
        versionTwo.put("formatVersion", 2);
        versionTwo.put("scope", "DOMESTIC");
        RateSet read = new RateSetFileReader().read(bytes(versionTwo), FILE_NAME);
        assertThat(read.value(RateKey.LODGING_INVOICE_SHARED_OTHER).orElseThrow().amount()).isEqualTo(1_500_000L);

        ObjectNode versionOneWithScope = RateSetFiles.tree(RateSetFiles.completedTt12());
        versionOneWithScope.put("scope", "DOMESTIC");
        RateSetFileException refusal = catchThrowableOfType(RateSetFileException.class,
                () -> new RateSetFileReader().read(bytes(versionOneWithScope), FILE_NAME));
        assertThat(MESSAGES.describeAll(refusal.errors())).containsExactly("$.scope: trường không có trong tệp bộ định mức (có "
                + "thể viết sai tên); các trường hợp lệ: format, formatVersion, exportedAt, application, rateSet");
    }

    @Test
    void anEndBeforeTheStart() {
        ObjectNode tree = tree();
        body(tree).put("effectiveTo", LocalDate.of(2026, 1, 1).toString());
        assertThat(refused(tree)).containsExactly(
                "$.foreignRateSet.effectiveTo: ngày hết hiệu lực 2026-01-01 trước ngày có hiệu lực 2026-02-14");
    }

    private List<String> refused(ObjectNode tree) {
        return refused(bytes(tree));
    }

    private List<String> refused(byte[] bytes) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RateSetFileException refusal = catchThrowableOfType(RateSetFileException.class, () -> READER.read(file));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.fileName()).isEqualTo(FILE_NAME);
        return MESSAGES.describeAll(refusal.errors());
    }

    private static ObjectNode tree() {
        try {
            return (ObjectNode) PackageJson.MAPPER.readTree(WRITER.toBytes(filledTt140()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode tree) {
        try {
            return PackageJson.PRETTY.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode body(ObjectNode tree) {
        return (ObjectNode) tree.get("foreignRateSet");
    }

    private static ObjectNode rate(ObjectNode tree, int index) {
        return (ObjectNode) body(tree).get("rates").get(index);
    }
}
