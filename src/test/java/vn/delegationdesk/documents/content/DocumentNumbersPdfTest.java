package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * Numbers typed in full ("125/QĐ-SVHTTDL") or bare ("125") print once, with one symbol, in every document that
 * cites them: the headers, the decision's plan citation and annex, the travel orders, the report and the estimate.
 */
class DocumentNumbersPdfTest {
    /** A symbol followed by a second one: "125/QĐ-SVHTTDL/QĐ-SVHTTDL". */
    private static final Pattern DOUBLED = Pattern.compile("/\\p{Lu}+-\\p{Lu}+/\\p{Lu}+-\\p{Lu}+");
    private final DocumentPack pack = StandardDocuments.pack();

    @Test
    void numbersTypedWithTheirSymbolArePrintedOnceEverywhere() {
        Delegation d = SampleDocuments.source().delegation().toBuilder()
                .issuingBody(new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"))
                .document(new DocumentInfo("45/KH-SVHTTDL", "KH-SVHTTDL", "Hà Nội", LocalDate.of(2025, 9, 30))).build();
        DocumentSettings settings = DocumentSettings.defaults()
                .withDecision(new IssueNumber("125/QĐ-SVHTTDL", LocalDate.of(2025, 10, 6)))
                .withResultsReport(new IssueNumber("12/BC-SVHTTDL", LocalDate.of(2025, 10, 30)));
        String all = allPdfText(new DocumentSource(d, settings, SampleEstimates.priced()));

        assertThat(DOUBLED.matcher(all).find()).as(firstDoubled(all)).isFalse();
        assertThat(all).contains("Số: 45/KH-SVHTTDL", "Số: 125/QĐ-SVHTTDL", "Số: 12/BC-SVHTTDL",
                "Quyết định số 125/QĐ-SVHTTDL ngày 06/10/2025", "Kế hoạch số 45/KH-SVHTTDL ngày",
                "Kèm theo Quyết định số 125/QĐ-SVHTTDL", "Kèm theo Kế hoạch số 45/KH-SVHTTDL");
    }

    @Test
    void bareNumbersTakeTheSymbolOfTheirKind() {
        Delegation d = SampleDocuments.source().delegation().toBuilder()
                .document(new DocumentInfo("45", "KH-SVHTT", "Hà Nội", LocalDate.of(2025, 9, 30))).build();
        DocumentSettings settings = DocumentSettings.defaults().withDecision(new IssueNumber("125", LocalDate.of(2025, 10, 6)))
                .withResultsReport(new IssueNumber("12", null));
        String all = allPdfText(new DocumentSource(d, settings, SampleEstimates.priced()));

        assertThat(all).contains("Số: 45/KH-SVHTT", "Số: 125/QĐ-SVHTT", "Số: 12/BC-SVHTT", "Quyết định số 125/QĐ-SVHTT",
                "Kèm theo Kế hoạch số 45/KH-SVHTT");
    }

    private String allPdfText(DocumentSource source) {
        StringBuilder all = new StringBuilder();
        for (DocumentFile file : DocumentFile.values()) {
            if (file.format() == DocumentFormat.PDF) {
                all.append(PdfPages.allText(pack.render(file, source)).replaceAll("\\s+", " ")).append('\n');
            }
        }
        return all.toString();
    }

    private static String firstDoubled(String text) {
        Matcher m = DOUBLED.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 10)) : "";
    }
}
