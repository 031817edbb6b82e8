package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;
import vn.delegationdesk.testing.TestDelegations;

/** Sentences the documents build from the delegation's own words, read back from the PDFs: no word said twice. */
class WordingPdfTest {
    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void aTitleThatAlreadySaysWhereTheDelegationGoesIsNotGivenASecondVerb() {
        String decision = text(DocumentFile.DECISION_PDF, SmallDelegation.create());

        assertThat(decision).contains("Về việc cử Đoàn đi học tập kinh nghiệm bảo tồn và phát huy giá trị di sản văn hóa tại "
                + "thành phố Huế").doesNotContain("đi công tác tại thành phố Huế");
    }

    @Test
    void thePlansOpeningNamesTheBodyOnceAndWhatItOrganises() {
        String small = text(DocumentFile.PLAN_PDF, SmallDelegation.create());
        String typedWithCity = text(DocumentFile.PLAN_PDF, TestDelegations.daklakLamDong());

        assertThat(small).contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình xây dựng kế hoạch tổ chức Đoàn đi học tập "
                + "kinh nghiệm", "Trên đây là Kế hoạch tổ chức Đoàn đi học tập kinh nghiệm");
        assertThat(typedWithCity).contains("Sở Văn hóa và Thể thao thành phố Hà Nội xây dựng kế hoạch tổ chức Đoàn khảo sát")
                .doesNotContain("thành phố Hà Nội thành phố Hà Nội");
        assertThat(text(DocumentFile.DECISION_PDF, SmallDelegation.create()))
                .contains("của Sở Văn hóa, Thể thao và Du lịch về việc tổ chức Đoàn đi học tập kinh nghiệm");
    }

    private String text(DocumentFile file, Delegation d) {
        DocumentSource source = new DocumentSource(d, DocumentSettings.defaults(),
                EstimateCalculator.compute(d, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));
        return PdfPages.allText(pack.render(file, source)).replaceAll("\\s+", " ");
    }
}
