package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.editor.BodyChoice;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * A delegation created for a kept body (Cao Bằng's department) while the Hà Nội sample is open takes that body and the
 * signer chosen, never the open one's, and every document of its pack prints them; its travel orders carry the body's
 * budget unit code.
 */
class BodyProfileDocumentsTest {
    @TempDir
    Path dataDir;

    @Test
    void aDelegationOfTheCaoBangProfilePrintsThatBodyAndSignerOnEveryDocument() throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            long sampleId = services.delegations().create(SampleDelegation.create());
            BodyProfile caoBang = services.bodies().save(CaoBangBody.profile());
            Workspace workspace = new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(), SampleDelegation::create,
                    () -> LocalDate.of(2026, 3, 1), TestServices.quietDevices());
            workspace.editor().addPart(workspace.documents()); // as the documents tab does when the window shows it
            workspace.editor().open(services.delegations().find(sampleId).orElseThrow());

            workspace.editor().create(SmallDelegation.TITLE, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 9),
                    new BodyChoice.FromProfile(caoBang, CaoBangBody.DEPUTY, true));

            long createdId = sampleId + 1;
            Delegation created = services.delegations().find(createdId).orElseThrow();
            assertThat(created.issuingBody()).isEqualTo(caoBang.body());
            assertThat(created.document().symbol()).isEqualTo("KH-SVHTTDL");
            assertThat(created.document().place()).isEqualTo("Cao Bằng");
            assertThat(created.departurePlace()).isEqualTo("Cao Bằng");
            assertThat(created.signer()).isEqualTo(CaoBangBody.DEPUTY);
            assertThat(created.legalBases()).containsExactly(CaoBangBody.AUTHORITY);
            DocumentSettings settings = services.documents().settings(createdId);
            assertThat(settings.budgetUnitCode()).isEqualTo(CaoBangBody.CODE);

            // The trip itself as the clerk would type it; body, number, grounds and signer stay as created.
            Delegation trip = SmallDelegation.create().toBuilder().id(createdId).issuingBody(created.issuingBody())
                    .document(created.document()).departurePlace(created.departurePlace()).signer(created.signer())
                    .legalBases(created.legalBases()).build();
            services.delegations().save(trip);
            DocumentSource source = new DocumentSource(services.delegations().find(createdId).orElseThrow(), settings,
                    EstimateCalculator.compute(trip, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));

            // The header wraps the body's name ("SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH") beside the national motto.
            for (DocumentKind kind : DocumentKind.values()) {
                String text = PdfPages.allText(services.documents().render(DocumentFile.of(kind, DocumentFormat.PDF).orElseThrow(),
                        source));
                assertThat(text).as(kind.name()).doesNotContain("SỞ VĂN HÓA VÀ THỂ THAO")
                        .doesNotContain("Bạch Liên Hương").doesNotContain("Hà Nội");
                if (kind == DocumentKind.TRAVEL_ORDERS) {
                    // Form C16-HD names the unit in a line of its own: "Đơn vị: Sở Văn hóa, Thể thao và Du lịch".
                    assertThat(text).contains("Đơn vị: Sở Văn hóa, Thể thao và Du lịch").contains("Cao Bằng, ngày");
                } else {
                    assertThat(text).as(kind.name()).contains("THỂ THAO VÀ DU LỊCH").contains(CaoBangBody.PARENT);
                }
                if (kind != DocumentKind.ITINERARY) {
                    assertThat(text).as(kind.name()).contains("Hoàng Thị Mai Lan");
                }
            }
            String orders = PdfPages.allText(services.documents().render(
                    DocumentFile.of(DocumentKind.TRAVEL_ORDERS, DocumentFormat.PDF).orElseThrow(), source));
            assertThat(orders).contains(CaoBangBody.CODE);
            String decision = PdfPages.allText(services.documents().render(
                    DocumentFile.of(DocumentKind.DECISION, DocumentFormat.PDF).orElseThrow(), source)).replaceAll("\\s+", " ");
            assertThat(decision).contains("Căn cứ Quyết định số 23/2023/QĐ-UBND ngày 15/6/2023 của UBND tỉnh Cao Bằng");
            assertThat(decision).contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC");
        }
    }
}
