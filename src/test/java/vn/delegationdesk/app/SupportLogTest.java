package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.ui.DocumentRow;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * The support log after a working session over a real store, through the real services and the workspace's view
 * models: one line per operation with its milliseconds, refused input with its field keys, and none of the sample
 * members' names, ID numbers, phones or dates of birth.
 */
class SupportLogTest {
    private static final String MS = " in \\d+ ms";

    @TempDir
    Path dataDir;

    @TempDir
    Path exports;

    @Test
    void aWorkingSessionLeavesOneLinePerOperationAndNoPersonalData() throws Exception {
        Delegation sample = SampleDelegation.create();
        RecordingDialogService dialogs = new RecordingDialogService();
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            Workspace workspace = new Workspace(services, new DirectTaskRunner(), dialogs, SampleDelegation::create,
                    () -> LocalDate.of(2025, 10, 1),
                    new Workspace.Devices(new EstimateWorkbookWriter()::write, TestServices.quietDevices().documents()));
            long id = services.delegations().create(sample);
            workspace.editor().open(services.delegations().open(id).orElseThrow());

            workspace.stay().selectedProperty().set(2);
            workspace.stay().hotelProperty().set("Khách sạn Sài Gòn – Đà Lạt");
            assertThat(workspace.editor().save()).isTrue();

            Delegation current = workspace.editor().draft().get();
            List<Member> members = new ArrayList<>(current.members());
            members.set(3, members.get(3).toBuilder().idNumber("12AB-" + members.get(3).idNumber()).fullName("").build());
            workspace.editor().draft().replace(current.toBuilder().members(members).build());
            assertThat(workspace.editor().save()).isFalse();
            assertThatThrownBy(() -> services.delegations().save(workspace.editor().draft().get()))
                    .isInstanceOf(ValidationException.class);
            workspace.editor().open(services.delegations().open(id).orElseThrow());

            workspace.documents().choices().selectedProperty().set(DocumentKind.PLAN);
            workspace.documents().preview().refresh();
            dialogs.chooseFile(exports.resolve("du-toan"));
            workspace.estimate().export();
            for (DocumentRow row : workspace.documents().choices().rows()) {
                row.chosenProperty().set(row.kind() == DocumentKind.TRAVEL_ORDERS || row.kind() == DocumentKind.MEMBER_LIST);
            }
            dialogs.chooseFile(exports.resolve("van-ban"));
            workspace.documents().commands().savePdf();

            PackageService packages = new PackageService(services.delegations(), services.budget(), services.documents());
            Path pack = exports.resolve("goi.json");
            packages.exportPackage(id, pack);
            long imported = packages.importPackage(pack);
            services.delegations().delete(imported);
        }
        assertThat(dialogs.shown("error")).singleElement().extracting(RecordingDialogService.Shown::title)
                .isEqualTo("Chưa lưu được đoàn công tác");
        assertThat(exports.resolve("du-toan.xlsx")).exists();

        String log = Files.readString(dataDir.resolve("logs").resolve("delegation-desk.log"), StandardCharsets.UTF_8);
        List<String> lines = log.lines().toList();
        assertThat(lines).anyMatch(line -> line.matches(".* INFO .* - create: ok" + MS + " \\(members=37, delegation=1\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - open: ok" + MS + " \\(delegation=1, members=37, found=true\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - save: ok" + MS + " \\(delegation=1, members=37\\)"));
        assertThat(lines).as("the editor's refused save")
                .anyMatch(line -> line.matches(".*DelegationEditorViewModel - save: refused 2 problems in "
                        + "members\\[3]\\.fullName members\\[3]\\.idNumber" + MS));
        assertThat(lines).as("the service's refusal")
                .anyMatch(line -> line.matches(".*DelegationService - save: refused 2 problems in "
                        + "members\\[3]\\.fullName members\\[3]\\.idNumber" + MS + " \\(delegation=1, members=37\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - export-estimate-excel: ok" + MS + " \\(delegation=1, lines=\\d+\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - write-documents: ok" + MS
                + " \\(delegation=1, files=2, member=false\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - render: ok" + MS + " \\(delegation=1, doc=PLAN, format=pdf, "
                + "member=false, bytes=\\d+\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - export-package: ok" + MS + " \\(delegation=1, members=37\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - import-package: ok" + MS + " \\(members=37, delegation=2\\)"));
        assertThat(lines).anyMatch(line -> line.matches(".* - delete: ok" + MS + " \\(delegation=2, found=true\\)"));

        for (Member member : sample.members()) {
            assertThat(log).doesNotContain(member.fullName());
            if (!member.idNumber().isEmpty()) {
                assertThat(log).doesNotContain(member.idNumber());
            }
            if (!member.phone().isEmpty()) {
                assertThat(log).doesNotContain(member.phone());
            }
            if (member.dateOfBirth() != null) {
                assertThat(log).doesNotContain(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(member.dateOfBirth()),
                        member.dateOfBirth().toString());
            }
        }
        assertThat(log).doesNotContain("12AB-", "Sài Gòn");
    }
}
