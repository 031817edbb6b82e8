package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.SectionKind;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The text policy through the package import into a real store: a package whose texts hold control characters, broken
 * UTF-16 or more than a field's maximum is refused with the field's path and the Vietnamese message, and nothing is
 * stored (counted in the store, not in a fake); a text the policy allows is stored exactly as it was in the file.
 * The damage is written as JSON escapes ({@code \u001b}, {@code \uD800}) in the file's text, as a hostile file has it.
 */
class PackageTextPolicyTest {
    private static final Messages MESSAGES = new Messages();
    /** Stands in the tree for the escape written into the file's text. */
    private static final String MARK = "@@MARK@@";

    @TempDir
    Path dir;
    @TempDir
    Path dataDir;

    private Database database;
    private JdbcDelegationRepository repository;
    private PackageService service;
    private ObjectNode tree;

    @BeforeEach
    void open() {
        database = Database.openStore(dataDir);
        repository = new JdbcDelegationRepository(database);
        service = new PackageService(new DelegationService(repository));
        tree = PackageFiles.tree(SampleDelegation.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The package's text with {@link #MARK} replaced by {@code escape} as written in JSON. */
    private Path fileWith(String escape) {
        try {
            return PackageFiles.write(dir, PackageJson.PRETTY.writeValueAsString(tree).replace(MARK, escape));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> refused(Path file) {
        PackageException refusal = catchThrowableOfType(PackageException.class, () -> service.importPackage(file));

        assertThat(refusal).as("import must be refused").isNotNull();
        assertThat(storedDelegations()).as("nothing stored").isZero();
        return MESSAGES.describeAll(refusal.errors());
    }

    private int storedDelegations() {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM delegation"); ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private ObjectNode member(int index) {
        return PackageFiles.element(tree, "members", index);
    }

    @Test
    void anEscapeCharacterInAMembersNameIsRefusedWithPathCodeAndPosition() {
        member(3).put("fullName", "Nguyễn Văn " + MARK + " An");

        assertThat(refused(fileWith("\\u001b"))).containsExactly(
                "members[3].fullName: có ký tự điều khiển không in được (U+001B) ở vị trí 12");
    }

    @Test
    void nulAndBellAreRefusedToo() {
        member(0).put("position", "Phó Giám đốc" + MARK);
        PackageFiles.element(tree, "legs", 0).put("summary", MARK + "Làm việc");

        assertThat(refused(fileWith("\\u0000"))).containsExactly(
                "legs[0].summary: có ký tự điều khiển không in được (U+0000) ở vị trí 1",
                "members[0].position: có ký tự điều khiển không in được (U+0000) ở vị trí 13");
        assertThat(refused(fileWith("\\u0007"))).hasSize(2).allSatisfy(text -> assertThat(text).contains("(U+0007)"));
    }

    @Test
    void aLoneSurrogateIsRefusedNotTurnedIntoAQuestionMark() {
        member(3).put("fullName", "Nguyễn Văn " + MARK + " An");

        assertThat(refused(fileWith("\\uD800"))).containsExactly(
                "members[3].fullName: có ký tự hỏng (U+D800, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 12");
    }

    @Test
    void aTitleOneCharacterTooLongNamesTheLimit() {
        PackageFiles.body(tree).put("title", "Đ".repeat(2001));

        assertThat(refused(fileWith(""))).containsExactly("title: dài 2.001 ký tự, tối đa 2.000");
    }

    @Test
    void aDirectionOverrideAndALineBreakInAOneLineFieldAreRefused() {
        PackageFiles.element(tree, "legs", 0).put("place", "tỉnh " + MARK + "kắL kắĐ");
        member(5).put("idNumber", "0010" + "\n" + "85012345");

        assertThat(refused(fileWith("\\u202E"))).containsExactly(
                "members[5].idNumber: số định danh (CCCD/CMND) phải gồm 9 hoặc 12 chữ số",
                "legs[0].place: có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 6, có thể làm chữ hiện khác với nội dung thật",
                "members[5].idNumber: có dấu xuống dòng (U+000A) ở vị trí 5; trường này chỉ nhận một dòng");
    }

    @Test
    void whatThePolicyAllowsIsStoredExactlyAsInTheFile() {
        String purpose = "Học tập kinh nghiệm:\n\t- bảo tồn di sản 🏛️;\r\n\t- du lịch cộng đồng 👨\u200D👩\u200D👧";
        ((ArrayNode) PackageFiles.body(tree).get("purposes")).set(0, purpose);
        member(3).put("fullName", "Nguyễn Văn An 😀");

        long id = service.importPackage(fileWith(""));

        Delegation stored = repository.findById(id).orElseThrow();
        assertThat(stored.purposes().get(0)).isEqualTo(purpose);
        assertThat(stored.members().get(3).fullName()).isEqualTo("Nguyễn Văn An 😀");
    }

    @Test
    void aRefusedTextInTheDocumentSettingsRefusesTheWholePackage() throws IOException {
        DocumentSettings settings = DocumentSettings.defaults().withDecisionProposer("Trưởng phòng " + MARK + "Tổ chức");
        tree = (ObjectNode) PackageJson.MAPPER.readTree(PackageFiles.WRITER.toBytes(
                new DelegationPackage(SampleDelegation.create(), null, settings)));

        assertThat(refused(fileWith("\\u001b"))).containsExactly("$.documentSettings.decisionProposer: Xét đề nghị của: "
                + "có ký tự điều khiển không in được (U+001B) ở vị trí 14");
    }

    @Test
    void aDirectionOverrideInAnAddedEstimateLineRefusesTheWholePackage() throws IOException {
        EstimateWorksheet worksheet = SampleEstimates.pricedWorksheet().withManualLines(List.of(new ManualLine("m1",
                SectionKind.OTHER.name(), "Quà tặng " + MARK + "đơn vị bạn", "phần", 2, 1, 500_000L, "")));
        tree = (ObjectNode) PackageJson.MAPPER.readTree(PackageFiles.WRITER.toBytes(
                new DelegationPackage(SampleDelegation.create(), worksheet, null)));

        assertThat(refused(fileWith("\\u202e"))).containsExactly("$.estimateWorksheet.manualLines[0].content: Nội dung: "
                + "có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 10, có thể làm chữ hiện khác với nội dung thật");
    }

    @Test
    void thePricedSampleWorksheetAndSettingsStillImport() throws IOException {
        tree = (ObjectNode) PackageJson.MAPPER.readTree(PackageFiles.WRITER.toBytes(new DelegationPackage(
                SampleDelegation.create(), SampleEstimates.pricedWorksheet(), DocumentSettings.defaults()
                        .withDecisionProposer("Trưởng phòng Tổ chức - Pháp chế"))));

        service.importPackage(fileWith(""));

        assertThat(storedDelegations()).isEqualTo(1);
    }
}
