package vn.delegationdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.EstimateApproval;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.TestServices;

/** A package carries the estimate worksheet and the document settings, so a colleague gets the prices and numbers too. */
class PackageAttachmentsTest {
    private static final DocumentSettings NUMBERED = new DocumentSettings(new IssueNumber("125", LocalDate.of(2025, 9, 30)),
            "Trưởng phòng Tổ chức - Pháp chế", List.of("Như Điều 4", "Lưu: VT, TCPC"), IssueNumber.DRAFT, 400_000_000L,
            "1234567", "Phòng Tổ chức - Pháp chế", 41, List.of("Đ/c Lê Quang Minh: 0914 074 207"),
            new EstimateApproval("Sở Tài chính", "215/QĐ-STC", LocalDate.of(2025, 9, 20), 433_410_000L));

    @TempDir
    Path dir;

    private final InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
    private final DelegationService delegations = new DelegationService(repository);
    private final BudgetService budget = TestServices.budget();
    private final DocumentService documents = TestServices.documents();
    private final PackageService service = new PackageService(delegations, budget, documents);

    @Test
    void theWorksheetAndTheDocumentSettingsTravelWithTheDelegation() throws IOException {
        long original = delegations.create(SampleDelegation.create());
        budget.saveWorksheet(original, SampleEstimates.pricedWorksheet());
        documents.saveSettings(original, NUMBERED);
        Path file = dir.resolve("doan.json");

        service.exportPackage(original, file);
        long copy = service.importPackage(file);

        assertThat(budget.worksheet(copy)).isEqualTo(SampleEstimates.pricedWorksheet());
        assertThat(budget.estimate(delegations.find(copy).orElseThrow()).total()).isEqualTo(433_410_000L);
        assertThat(documents.settings(copy)).isEqualTo(NUMBERED);
        assertThat(documents.settings(copy).approval().total()).as("the approval travels too").isEqualTo(433_410_000L);
    }

    @Test
    void aDelegationWithNothingTypedInWritesTheFileAsBefore() throws IOException {
        long id = delegations.create(SampleDelegation.create());
        Path file = dir.resolve("doan.json");

        service.exportPackage(id, file);

        assertThat(Files.readString(file)).doesNotContain(PackageAttachments.WORKSHEET, PackageAttachments.DOCUMENTS);
        assertThat(budget.worksheet(service.importPackage(file))).isEqualTo(EstimateWorksheet.EMPTY);
    }

    @Test
    void anUnreadableWorksheetIsRefusedByNameAndNothingIsStored() {
        ObjectNode tree = PackageFiles.tree(SampleDelegation.create());
        tree.put(PackageAttachments.WORKSHEET, 5);
        tree.putObject(PackageAttachments.DOCUMENTS).put("version", 99);
        Path file = PackageFiles.write(dir, tree);

        assertThatThrownBy(() -> service.importPackage(file)).isInstanceOfSatisfying(PackageException.class, e -> {
            Messages messages = new Messages();
            assertThat(e.errors()).extracting(messages::describe).containsExactly(
                    "$.estimateWorksheet: không đọc được dự toán kèm theo (không phải bảng dự toán của Delegation Desk, hoặc "
                            + "của phiên bản mới hơn); hãy xuất lại gói hoặc xóa mục này để nhập đoàn không kèm dự toán.",
                    "$.documentSettings: không đọc được thông tin văn bản kèm theo (không phải của Delegation Desk, hoặc của "
                            + "phiên bản mới hơn); hãy xuất lại gói hoặc xóa mục này.");
        });
        assertThat(delegations.list()).isEmpty();
    }
}
