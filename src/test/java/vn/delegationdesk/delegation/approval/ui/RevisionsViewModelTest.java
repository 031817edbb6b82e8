package vn.delegationdesk.delegation.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.delegation.approval.ui.RevisionComparisonViewModel.Row;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * The revisions of "Phê duyệt" in the workspace over a real store, without a screen: each submission freezes a
 * numbered revision with the standard PDFs; two revisions and a revision with the plan as it is now are compared side
 * by side; the approved revision's documents are written byte for byte as frozen, whatever changed after.
 */
class RevisionsViewModelTest {
    private static final String OLD_PROPOSER = "Trưởng phòng Tổ chức cán bộ";
    private static final String NEW_PROPOSER = "Chánh Văn phòng Sở Nội vụ";

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    private Workspace workspace(AppServices services) {
        return new Workspace(services, new DirectTaskRunner(), dialogs, SampleDelegation::create, () -> LocalDate.of(2025, 10, 1),
                TestServices.quietDevices());
    }

    private static String money(long value) {
        return VietnameseNumbers.format(value) + " đồng";
    }

    @Test
    void submissionsMakeRevisionsComparedSideBySideAndTheApprovedDocumentsAreWrittenAsFrozen() throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            services.user().set(User.everyRole("nguyen.lan"));
            long id = services.delegations().create(SampleDelegation.create());
            services.documents().saveSettings(id, services.documents().settings(id).withDecisionProposer(OLD_PROPOSER));
            Workspace workspace = workspace(services);
            ApprovalViewModel approval = workspace.approval();
            RevisionsViewModel revisions = approval.revisions();
            workspace.editor().open(services.delegations().find(id).orElseThrow());
            assertThat(revisions.rows()).isEmpty();
            assertThat(revisions.compareUnavailableProperty().get()).isEqualTo("Chưa có bản nào được trình.");
            assertThat(revisions.saveApprovedUnavailableProperty().get()).isEqualTo("Chỉ có khi kế hoạch đã được phê duyệt.");

            approval.submit();
            long firstTotal = services.budget().estimate(services.delegations().find(id).orElseThrow()).total();
            assertThat(revisions.rows()).extracting(RevisionRow::name, RevisionRow::frozenBy, RevisionRow::total)
                    .containsExactly(tuple("Bản 1", "nguyen.lan", money(firstTotal)));
            assertThat(approval.history().get(0).what()).isEqualTo("Trình duyệt – bản 1");
            List<RevisionFile> frozenOne = services.approvals().documents(id, 1);
            assertThat(frozenOne).hasSize(7).allSatisfy(f -> assertThat(f.fileName()).endsWith(".pdf"));
            assertThat(frozenOne.get(0).fileName()).startsWith("Ke-hoach_");
            assertThat(frozenOne).allSatisfy(f -> assertThat(new String(f.bytes(), 0, 5, "US-ASCII")).isEqualTo("%PDF-"));

            // Returned, edited and saved, submitted again: revision 2; revision 1 is as it was.
            approval.startReturn();
            approval.returnReasonProperty().set("Bớt một người, sửa chức vụ");
            assertThat(approval.returnToDraft()).isTrue();
            Delegation stored = services.delegations().find(id).orElseThrow();
            List<Member> members = new ArrayList<>(stored.members());
            Member first = members.get(0);
            Member dropped = members.remove(members.size() - 1);
            members.set(0, first.toBuilder().position("Chuyên viên chính Phòng Quản lý văn hóa").build());
            workspace.editor().draft().update(b -> b.members(members).plannedSize(stored.plannedSize() - 1));
            assertThat(workspace.editor().save()).isTrue();
            approval.submit();
            long secondTotal = services.budget().estimate(services.delegations().find(id).orElseThrow()).total();
            assertThat(secondTotal).isNotEqualTo(firstTotal);
            assertThat(revisions.rows()).extracting(RevisionRow::name, RevisionRow::total)
                    .containsExactly(tuple("Bản 2", money(secondTotal)), tuple("Bản 1", money(firstTotal)));
            assertThat(services.approvals().documents(id, 1)).isEqualTo(frozenOne);
            assertThat(approval.history()).extracting(AuditRow::what).contains("Trình duyệt – bản 2", "Trình duyệt – bản 1");

            // Bản 1 | Bản 2, whichever order they were chosen in.
            revisions.choose(List.copyOf(revisions.rows()));
            assertThat(revisions.compareUnavailableProperty().get()).isEmpty();
            revisions.compare();
            RevisionComparisonViewModel comparison = revisions.comparisonProperty().get();
            assertThat(comparison.title()).isEqualTo("So sánh Bản 1 với Bản 2");
            assertThat(comparison.leftHeading()).isEqualTo("Bản 1");
            assertThat(comparison.rightHeading()).isEqualTo("Bản 2");
            assertThat(comparison.rows()).extracting(Row::what, Row::left, Row::right).contains(
                    tuple("Số lượng dự kiến", String.valueOf(stored.plannedSize()), String.valueOf(stored.plannedSize() - 1)),
                    tuple("Thành viên " + first.fullName() + " – Chức vụ", first.position(), "Chuyên viên chính Phòng Quản lý văn hóa"),
                    tuple("Thành viên " + dropped.fullName(), "Có trong đoàn", "Không có trong đoàn"),
                    tuple("Tổng dự toán", money(firstTotal), money(secondTotal)));
            assertThat(comparison.rows()).filteredOn(Row::heading).extracting(Row::what)
                    .containsExactly("Kế hoạch", "Dự toán kinh phí");
            assertThat(comparison.summary()).isEqualTo("Kế hoạch khác nhau ở " + comparison.planDifferences()
                    + " điểm. Tổng dự toán: Bản 1 " + money(firstTotal) + "; Bản 2 " + money(secondTotal) + ".");
            revisions.closeComparison();

            // Bản 2 | Hiện tại: the plan as the editor has it now, unsaved edits included.
            workspace.editor().draft().update(b -> b.title("Đoàn học tập kinh nghiệm (sửa)"));
            revisions.choose(List.of(revisions.rows().get(0)));
            revisions.compare();
            comparison = revisions.comparisonProperty().get();
            assertThat(comparison.title()).isEqualTo("So sánh Bản 2 với Hiện tại");
            assertThat(comparison.rows()).extracting(Row::what, Row::left, Row::right).contains(
                    tuple("Tên kế hoạch", stored.title(), "Đoàn học tập kinh nghiệm (sửa)"),
                    tuple("Tổng dự toán", money(secondTotal), money(secondTotal)));
            workspace.editor().revert();

            // Approved; then a document setting changes: the approved documents are still those frozen.
            approval.appraise();
            approval.startApproval();
            approval.approvalBodyProperty().set("UBND thành phố Hà Nội");
            approval.approvalNumberProperty().set("2468/QĐ-UBND");
            approval.approvalDate().textProperty().set("30/09/2025");
            assertThat(approval.approve()).isTrue();
            assertThat(revisions.saveApprovedUnavailableProperty().get()).isEmpty();
            services.documents().saveSettings(id, services.documents().settings(id).withDecisionProposer(NEW_PROPOSER));
            Delegation approved = services.delegations().find(id).orElseThrow();
            byte[] renderedNow = services.documents().render(DocumentFile.DECISION_PDF, new DocumentSource(approved,
                    services.documents().settings(id), services.budget().estimate(approved)));
            assertThat(oneLine(renderedNow)).contains(NEW_PROPOSER);

            dialogs.chooseFile(out);
            revisions.saveApproved();
            List<RevisionFile> frozenTwo = services.approvals().documents(id, 2);
            try (Stream<Path> written = Files.list(out)) {
                assertThat(written.map(p -> p.getFileName().toString()).sorted())
                        .containsExactlyElementsOf(frozenTwo.stream().map(RevisionFile::fileName).sorted().toList());
            }
            for (RevisionFile file : frozenTwo) {
                assertThat(Files.readAllBytes(out.resolve(file.fileName()))).as(file.fileName()).isEqualTo(file.bytes());
            }
            String decision = frozenTwo.stream().filter(f -> f.fileName().startsWith("Quyet-dinh")).findFirst().orElseThrow()
                    .fileName();
            String decisionText = oneLine(Files.readAllBytes(out.resolve(decision)));
            assertThat(decisionText).contains("Xét đề nghị của " + OLD_PROPOSER).doesNotContain(NEW_PROPOSER);
            assertThat(dialogs.shown("info")).extracting(RecordingDialogService.Shown::message).containsExactly(
                    "Đã lưu 7 văn bản của Bản 2, đúng như lúc trình, vào thư mục " + out.toAbsolutePath() + ".");

            // An earlier revision's documents, from the list.
            Path older = out.resolve("ban-1");
            dialogs.chooseFile(older);
            revisions.choose(List.of(revisions.rows().get(1)));
            revisions.saveChosen();
            for (RevisionFile file : frozenOne) {
                assertThat(Files.readAllBytes(older.resolve(file.fileName()))).isEqualTo(file.bytes());
            }
            assertThat(services.approvals().revisions(id)).extracting(Revision::number).containsExactly(1, 2);
            assertThat(dialogs.shown("error")).isEmpty();
        }
    }

    private static String oneLine(byte[] pdf) {
        return PdfPages.allText(pdf).replaceAll("\\s+", " ");
    }
}
