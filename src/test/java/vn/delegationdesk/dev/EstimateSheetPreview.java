package vn.delegationdesk.dev;

import java.nio.file.Path;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * Writes the seed delegation's priced estimate to an .xlsx (default {@code /tmp/estimate.xlsx}) for looking at
 * the printed sheet, e.g. {@code soffice --headless --convert-to pdf --outdir /tmp /tmp/estimate.xlsx}:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.dev.EstimateSheetPreview /tmp/estimate.xlsx
 * </pre>
 */
public final class EstimateSheetPreview {
    private EstimateSheetPreview() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "/tmp/estimate.xlsx");
        new EstimateWorkbookWriter().write(SampleEstimates.priced(), SampleDelegation.create(), target);
        System.out.println("written: " + target.toAbsolutePath());
    }
}
