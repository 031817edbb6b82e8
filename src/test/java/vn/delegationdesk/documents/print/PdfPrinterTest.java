package vn.delegationdesk.documents.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.print.PrinterJob;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.SampleDocuments;

class PdfPrinterTest {
    @Test
    void aMachineWithoutPrintersIsToldSoInsteadOfAnEmptyDialog() {
        assumeTrue(PrinterJob.lookupPrintServices().length == 0, "this machine has a printer");
        byte[] pdf = FakeDocuments.pack().render(DocumentFile.PLAN_PDF, SampleDocuments.source());

        assertThatThrownBy(() -> new PdfPrinter().print(pdf, "Kế hoạch")).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(new Messages().describeFailure(e, " ")).startsWith("Máy này chưa cài máy in nào."));
    }
}
