package vn.delegationdesk.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** Which documents the tab is about, without a screen: names, whose travel orders, and what the commands take. */
class DocumentChoicesTest {
    private final Messages messages = new Messages();
    private final DocumentChoices choices = new DocumentChoices(messages);
    private final Delegation sample = SampleDelegation.create();

    @Test
    void startsWithThePlanShownForEveryMember() {
        choices.showMembers(null);

        assertThat(choices.selectedProperty().get()).isEqualTo(DocumentKind.PLAN);
        assertThat(choices.name(DocumentKind.ESTIMATE)).isEqualTo("Dự toán kinh phí");
        assertThat(choices.memberChoices()).extracting(MemberChoice::label).containsExactly("Tất cả thành viên");
        assertThat(choices.memberChoiceProperty().get().everyone()).isTrue();
        assertThat(choices.memberId()).isNull();
    }

    @Test
    void membersAreNamedWithTheirPositionAndTheChosenOneStaysWhileInThePlan() {
        choices.showMembers(sample);
        Member first = sample.members().get(0);
        Member second = sample.members().get(1);
        assertThat(choices.memberChoices()).hasSize(sample.members().size() + 1);
        assertThat(choices.memberChoices().get(1).label()).isEqualTo("Nguyễn Thị Hương – Phó Giám đốc Sở");

        choices.memberChoiceProperty().set(choices.memberChoices().get(2));
        choices.showMembers(sample.toBuilder().members(List.of(second)).build());
        assertThat(choices.memberId()).isEqualTo(second.id());

        Member noPosition = new Member(first.id(), first.fullName(), first.gender(), first.dateOfBirth(), "", first.sendingUnit(),
                first.groupId(), first.allowanceCoefficient(), first.onStatePayroll(), first.phone(), first.idNumber(), first.role(),
                first.notes(), first.sample());
        choices.showMembers(sample.toBuilder().members(List.of(noPosition)).build());
        assertThat(choices.memberChoiceProperty().get().label()).isEqualTo("Tất cả thành viên");
        assertThat(choices.memberChoices()).extracting(MemberChoice::label).containsExactly("Tất cả thành viên", "Nguyễn Thị Hương");
    }

    @Test
    void theCommandsTakeTheTickedDocumentsOrTheOneShown() {
        choices.selectedProperty().set(DocumentKind.ITINERARY);
        assertThat(choices.shownPdf()).isEqualTo(DocumentFile.ITINERARY_PDF);
        assertThat(choices.files(DocumentFormat.PDF)).containsExactly(DocumentFile.ITINERARY_PDF);
        assertThat(choices.files(DocumentFormat.DOCX)).isEmpty();

        tick(DocumentKind.RESULTS_REPORT);
        tick(DocumentKind.DECISION);
        assertThat(choices.files(DocumentFormat.PDF)).containsExactly(DocumentFile.DECISION_PDF, DocumentFile.RESULTS_REPORT_PDF);
        assertThat(choices.files(DocumentFormat.DOCX)).containsExactly(DocumentFile.DECISION_DOCX);
    }

    private void tick(DocumentKind kind) {
        choices.rows().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().chosenProperty().set(true);
    }
}
