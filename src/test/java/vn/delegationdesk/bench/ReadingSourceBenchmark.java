package vn.delegationdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.reading.source.Seed000;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.TextSource;
import vn.delegationdesk.reading.source.docx.DocxSource;
import vn.delegationdesk.reading.source.docx.Seed000Docx;
import vn.delegationdesk.reading.source.pdf.PdfSource;
import vn.delegationdesk.reading.source.pdf.SeedPdf;
import vn.delegationdesk.testing.RawDocx;

/**
 * What the sources of issue 21 cost, warm: seed 000 read as a .docx (built by {@link Seed000Docx}), as text and as a
 * PDF with a text layer (built by {@link SeedPdf}: A4 pages, a running header, page numbers), then the refusals of a
 * 25,000-paragraph document and of a 300 MB zip bomb. The reading of a seed, recognisers included,
 * has the target of 500 ms; the source is measured against it alone. Medians of {@code --runs} after three
 * warm-ups. A main class, not a unit test:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.ReadingSourceBenchmark --runs 20
 * </pre>
 */
public final class ReadingSourceBenchmark {
    private ReadingSourceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        Path dir = Files.createTempDirectory("dd-reading-bench");
        Path docx = dir.resolve("seed-000.docx");
        Seed000Docx.write(docx);
        Path text = dir.resolve("seed-000.txt");
        Files.writeString(text, Seed000.text(), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("seed-000.pdf");
        int pages = SeedPdf.write(pdf, Seed000.lines(), true);
        Path longDocx = dir.resolve("500-trang.docx");
        RawDocx.write(longDocx, RawDocx.parts(RawDocx.paragraphs(25_000)));
        Path bomb = RawDocx.bomb(dir.resolve("bom.docx"), 0.01, 300L * 1024 * 1024).file();

        DocxSource docxSource = new DocxSource();
        TextSource textSource = new TextSource();
        PdfSource pdfSource = new PdfSource();
        List<Long> docxTimes = new ArrayList<>();
        List<Long> textTimes = new ArrayList<>();
        List<Long> longTimes = new ArrayList<>();
        List<Long> bombTimes = new ArrayList<>();
        List<Long> pdfTimes = new ArrayList<>();
        int passages = 0;
        int pdfPassages = 0;
        for (int run = 0; run < runs + 3; run++) {
            long t0 = System.nanoTime();
            passages = docxSource.read(docx).document().passages().size();
            long t1 = System.nanoTime();
            textSource.read(text);
            long t2 = System.nanoTime();
            refuse(docxSource, longDocx);
            long t3 = System.nanoTime();
            refuse(docxSource, bomb);
            long t4 = System.nanoTime();
            pdfPassages = pdfSource.read(pdf).document().passages().size();
            long t5 = System.nanoTime();
            if (run >= 3) {
                pdfTimes.add(t5 - t4);
                docxTimes.add(t1 - t0);
                textTimes.add(t2 - t1);
                longTimes.add(t3 - t2);
                bombTimes.add(t4 - t3);
            }
        }
        BenchFigures.print("seed 000 as .docx (" + passages + " passages)", docxTimes, 500);
        BenchFigures.print("seed 000 as text", textTimes, 500);
        BenchFigures.print("seed 000 as PDF (" + pages + " pages, " + pdfPassages + " passages)", pdfTimes, 500);
        BenchFigures.print("25,000-paragraph .docx refused", longTimes, Double.NaN);
        BenchFigures.print("300 MB .docx bomb refused", bombTimes, Double.NaN);
        for (Path file : List.of(docx, text, pdf, longDocx, bomb)) {
            Files.deleteIfExists(file);
        }
        Files.deleteIfExists(dir);
    }

    private static void refuse(DocxSource source, Path file) {
        try {
            source.read(file);
            throw new IllegalStateException(file + " was read");
        } catch (SourceException expected) {
            // Refused, as it must be.
        }
    }
}
