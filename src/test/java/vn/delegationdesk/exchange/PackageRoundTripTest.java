package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.sample.SampleDelegation;

class PackageRoundTripTest {
    private final DelegationPackageReader reader = new DelegationPackageReader();

    @TempDir
    Path dir;

    @Test
    void richDelegationRoundTripsWithEveryFieldEqual() throws IOException {
        Delegation rich = RichDelegation.create();
        Path file = dir.resolve("doan.json");

        PackageFiles.WRITER.write(rich, file);

        Delegation back = reader.read(file);
        assertThat(back).isEqualTo(rich.withId(null));
        assertThat(back.members().get(0).allowanceCoefficient()).hasToString("0.7");
    }

    @Test
    void referenceSampleRoundTrips() throws IOException {
        Path file = dir.resolve("mau.json");
        new DelegationPackageWriter().write(SampleDelegation.create(), file);

        assertThat(reader.read(file)).isEqualTo(SampleDelegation.create());
    }

    @Test
    void envelopeComesFirstInFixedOrderAndTheStoredIdIsNotExported() throws IOException {
        JsonNode root = PackageJson.MAPPER.readTree(PackageFiles.WRITER.toBytes(RichDelegation.create()));

        assertThat(names(root)).containsExactly("format", "formatVersion", "exportedAt", "application", "delegation");
        assertThat(root.get("format").textValue()).isEqualTo("delegation-desk/package");
        assertThat(root.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(root.get("exportedAt").textValue()).isEqualTo("2025-10-01T08:30:00+07:00");
        assertThat(root.get("application").textValue()).isEqualTo("Delegation Desk 0.1.0");
        assertThat(names(root.get("delegation"))).containsExactly("title", "status", "issuingBody", "document",
                "legalBases", "purposes", "exchangeTopics", "departurePlace", "startDate", "endDate", "legs", "plannedSize",
                "transportModes",
                "fundingSource", "groups", "members", "programme", "nights", "conferences", "responsibilities", "recipients",
                "signer", "sample");
        assertThat(root.get("delegation").get("members").get(0).get("id").textValue()).isEqualTo("tv-01");
    }

    @Test
    void outputIsStablePrettyUtf8WithUnixNewlines() {
        byte[] first = PackageFiles.WRITER.toBytes(RichDelegation.create());
        byte[] second = PackageFiles.WRITER.toBytes(RichDelegation.create());
        String text = new String(first, StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
        assertThat(text).startsWith("{\n  \"format\": \"delegation-desk/package\",\n  \"formatVersion\": 1,\n")
                .endsWith("}\n").doesNotContain("\r").doesNotContain("\\u");
        assertThat(text).contains("\n        \"allowanceCoefficient\": 0.7,\n");
        assertThat(text).contains("\"dateOfBirth\": null").contains("\"startDate\": \"2025-10-14\"");
    }

    @Test
    void vietnameseTextSurvivesByteExactInUtf8() throws IOException {
        Path file = dir.resolve("doan.json");
        PackageFiles.WRITER.write(RichDelegation.create(), file);
        byte[] bytes = Files.readAllBytes(file);

        for (String text : List.of("Đắk Lắk", "Trần Thị Hương", "PHÓ GIÁM ĐỐC", "ký tự 𠀧 ngoài BMP")) {
            assertThat(indexOf(bytes, text.getBytes(StandardCharsets.UTF_8))).as(text).isNotNegative();
        }
        Delegation back = reader.read(file);
        assertThat(back.members().get(1).notes()).isEqualTo(RichDelegation.TRICKY_TEXT);
        assertThat(back.title().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(RichDelegation.create().title().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decomposedInputComesBackComposed() throws IOException {
        String composed = new String(PackageFiles.WRITER.toBytes(RichDelegation.create()), StandardCharsets.UTF_8);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        Delegation back = reader.read(PackageFiles.write(dir, decomposed));

        assertThat(back).isEqualTo(RichDelegation.create().withId(null));
        assertThat(Normalizer.isNormalized(back.title(), Normalizer.Form.NFC)).isTrue();
        assertThat(back.legs().get(0).place()).isEqualTo("tỉnh Đắk Lắk");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] bytes = PackageFiles.WRITER.toBytes(RichDelegation.create());
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);

        assertThat(reader.read(withBom)).isEqualTo(RichDelegation.create().withId(null));
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() {
        ObjectNode tree = PackageFiles.tree(RichDelegation.create());
        tree.put("checksum", "abc");
        PackageFiles.body(tree).putObject("budget").put("total", 123);
        PackageFiles.element(tree, "members", 0).put("email", "huong@example.vn");

        assertThat(reader.read(PackageFiles.write(dir, tree))).isEqualTo(RichDelegation.create().withId(null));
    }

    @Test
    void optionalFieldsMayBeLeftOutOrNull() {
        String text = """
                {"format": "delegation-desk/package", "formatVersion": 1,
                 "delegation": {"title": "Đoàn tối giản", "status": "DRAFT", "plannedSize": 2, "signer": null,
                   "members": [{"id": "a", "fullName": "Nguyễn Văn A", "onStatePayroll": true, "role": "HEAD",
                                "dateOfBirth": null, "allowanceCoefficient": null}]}}
                """;

        Delegation d = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(d.id()).isNull();
        assertThat(d.status()).isEqualTo(DelegationStatus.DRAFT);
        assertThat(d.legs()).isEmpty();
        assertThat(d.issuingBody().name()).isEmpty();
        assertThat(d.signer().name()).isEmpty();
        assertThat(d.document().date()).isNull();
        assertThat(d.members().get(0).gender()).isEqualTo(Gender.UNSPECIFIED);
        assertThat(d.members().get(0).role()).isEqualTo(DelegationRole.HEAD);
        assertThat(d.members().get(0).notes()).isEmpty();
        assertThat(d.sample()).isFalse();
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("doan.json"), "bản cũ");

        PackageFiles.WRITER.write(RichDelegation.create(), file);

        assertThat(reader.read(file)).isEqualTo(RichDelegation.create().withId(null));
        assertThat(listing()).containsExactly("doan.json");
    }

    @Test
    void failedExportLeavesNoHalfFileAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("doan.json"));
        Files.writeString(target.resolve("giu-nguyen.txt"), "không được mất");

        assertThatThrownBy(() -> PackageFiles.WRITER.write(RichDelegation.create(), target)).isInstanceOf(IOException.class);

        assertThat(listing()).containsExactly("doan.json");
        assertThat(Files.readString(target.resolve("giu-nguyen.txt"))).isEqualTo("không được mất");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
