package vn.delegationdesk.documents.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class DocumentSettingsPersistenceTest {
    private static final DocumentSettings EDITED = new DocumentSettings(
            new IssueNumber("125/QĐ-SVHTT", LocalDate.of(2025, 10, 6)), "Trưởng phòng Tổ chức - Pháp chế",
            List.of("Như Điều 3;", "Lưu: VT, TCPC."), new IssueNumber("", LocalDate.of(2025, 10, 25)), 64_250_000L,
            "1234567", "Văn phòng Sở", 41, List.of("Đ/c Nguyễn Văn A, Văn phòng Sở: 0912 345 678"));

    @RegisterExtension
    final TestStores stores;

    DocumentSettingsPersistenceTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void settingsRoundTripWholeAndGoWithTheirDelegation() {
        try (Store database = stores.open()) {
            long id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            JdbcDocumentSettingsRepository repository = new JdbcDocumentSettingsRepository(database);
            assertThat(repository.find(id)).isEmpty();

            repository.save(id, DocumentSettings.defaults());
            assertThat(repository.find(id)).contains(DocumentSettings.defaults());
            repository.save(id, EDITED);
            assertThat(repository.find(id)).contains(EDITED);

            new JdbcDelegationRepository(database).delete(id);
            assertThat(repository.find(id)).isEmpty();
        }
        try (Store database = stores.open()) {
            int rows = database.inSnapshot(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM document_settings");
                        var result = s.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOnesTakeTheirDefault() {
        DocumentSettings read = DocumentSettingsJson.read("{\"version\": 1, \"decision\": {\"number\": \"7/QĐ-SVHTT\"},"
                + " \"actualSpending\": 1200000, \"signatureImage\": \"x.png\"}");
        assertThat(read.decision()).isEqualTo(new IssueNumber("7/QĐ-SVHTT", null));
        assertThat(read.actualSpending()).isEqualTo(1_200_000L);
        assertThat(read.resultsReport()).isEqualTo(IssueNumber.DRAFT);
        assertThat(read.decisionRecipients()).isEmpty();
        assertThat(read.firstTravelOrderNumber()).isZero();
        assertThat(read.approval()).as("settings stored before approvals: not approved").isNull();
    }

    @Test
    void anApprovalRoundTripsAndAnEmptyOneIsRefused() {
        DocumentSettings approved = DocumentSettings.defaults()
                .withApproval(new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 433_410_000L));
        assertThat(DocumentSettingsJson.read(DocumentSettingsJson.write(approved))).isEqualTo(approved);
        assertThat(DocumentSettingsJson.read(DocumentSettingsJson.write(approved.withApproval(null))).approval()).isNull();
        assertThat(approved.forCopy().approval()).as("a copy is a new trip").isNull();
        assertThatThrownBy(() -> DocumentSettingsJson.read("{\"version\": 1, \"estimateApproval\": {\"number\": \"215\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProposalAbroadRoundTripsAndIsADraftInSettingsStoredBeforeIt() {
        DocumentSettings proposed = DocumentSettings.defaults()
                .withOutboundProposal(new IssueNumber("12/TTr-SVHTT", LocalDate.of(2026, 3, 2)));
        assertThat(DocumentSettingsJson.read(DocumentSettingsJson.write(proposed))).isEqualTo(proposed);
        assertThat(DocumentSettingsJson.write(DocumentSettings.defaults())).as("a domestic trip's settings as before")
                .doesNotContain("outboundProposal");
        assertThat(DocumentSettingsJson.read("{\"version\": 1}").outboundProposal()).isEqualTo(IssueNumber.DRAFT);
        assertThat(proposed.forCopy().outboundProposal()).as("a copy is a new trip").isEqualTo(IssueNumber.DRAFT);
        assertThat(proposed.withDecision(new IssueNumber("1/QĐ", null)).outboundProposal()).isEqualTo(proposed.outboundProposal());
    }

    @Test
    void unreadableSettingsAreReportedInVietnameseAndLeftAsTheyAre() {
        try (Store database = stores.open()) {
            long id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            String stored = "{\"version\": 2, \"decision\": {}}";
            database.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO document_settings (delegation_id, content) VALUES (?, ?)")) {
                    s.setLong(1, id);
                    s.setString(2, stored);
                    return s.executeUpdate();
                }
            });
            JdbcDocumentSettingsRepository repository = new JdbcDocumentSettingsRepository(database);
            assertThatThrownBy(() -> repository.find(id)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).userMessage(new Messages()))
                            .startsWith("Không đọc được các thông tin văn bản đã lưu của đoàn này"));
            String left = database.inSnapshot(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT content FROM document_settings");
                        var result = s.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            });
            assertThat(left).isEqualTo(stored);
        }
    }

    @Test
    void garbageIsNotSettings() {
        for (String text : List.of("not json", "[]", "{\"version\": 1, \"actualSpending\": \"nhiều\"}",
                "{\"version\": 1, \"decision\": {\"date\": \"31/02/2025\"}}", "{\"version\": 1, \"actualSpending\": -5}")) {
            assertThatThrownBy(() -> DocumentSettingsJson.read(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
