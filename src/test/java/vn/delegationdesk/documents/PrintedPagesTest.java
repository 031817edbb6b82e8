package vn.delegationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.PageRules;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;

/**
 * Every page of every document keeps the page rules ({@link PageRules}: text inside the body area and inside its
 * cells, no page of only the closing, no heading last on a page) for the seed delegation, a 12-member one and a
 * 2,000-member one. The 2,000-member travel orders (2,000 pages, about 20 s on the build machine) are checked for
 * 300 members: every order is one page laid out alike, so 300 of them show what 2,000 would.
 */
class PrintedPagesTest {
    private static final int LARGE = 2000;
    private static final int LARGE_ORDERS = 300;
    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void everyPageOfTheSamplesDocumentsKeepsTheRules() {
        assertThat(problems(SampleDocuments.source(), List.of(DocumentKind.values()))).isEmpty();
    }

    @Test
    void everyPageOfATwelveMemberDelegationsDocumentsKeepsTheRules() {
        assertThat(problems(source(SmallDelegation.create()), List.of(DocumentKind.values()))).isEmpty();
    }

    @Test
    void everyPageOfATwoThousandMemberDelegationsDocumentsKeepsTheRules() {
        List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.values()));
        kinds.remove(DocumentKind.TRAVEL_ORDERS);

        assertThat(problems(source(LargeDelegation.of(LARGE)), kinds)).isEmpty();
        assertThat(problems(source(LargeDelegation.of(LARGE_ORDERS)), List.of(DocumentKind.TRAVEL_ORDERS))).isEmpty();
    }

    private List<String> problems(DocumentSource source, List<DocumentKind> kinds) {
        List<String> problems = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            PrintedDocument document = WorkingNotes.removeFrom(pack.layout(kind, source));
            PageRules.problems(document, pack.write(DocumentFormat.PDF, document)).forEach(p -> problems.add(kind + " " + p));
        }
        return problems;
    }

    private static DocumentSource source(Delegation d) {
        return new DocumentSource(d, DocumentSettings.defaults(),
                EstimateCalculator.compute(d, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));
    }
}
