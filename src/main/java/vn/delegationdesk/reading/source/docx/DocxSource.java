package vn.delegationdesk.reading.source.docx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.reading.source.PassageCollector;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceReading;

/**
 * A Word document (.docx) as a {@link vn.delegationdesk.reading.SourceDocument}, in reading order: each paragraph of
 * the body (its runs joined, bold when every run holding text is bold, directly or by its style, a list's number
 * rendered as its label: "1. ", "a) ", "- "), each table cell by cell with its row and column (the cell's paragraphs,
 * those of a table nested in it too, joined by line breaks); headers, footers, notes and comments are not read.
 * Blank paragraphs and cells are left out.
 * <p>The file passes {@link DocxGuard} before POI opens it: a zip bomb, broken XML, a workbook or deck renamed .docx
 * or a 500-page document is refused in seconds with a message naming the file. An old .doc (OLE2) is refused with
 * the advice to save it as .docx. A document without text is read as an empty document with the "nothing to read"
 * notice. Stateless and thread-safe.
 */
public final class DocxSource {
    /** Tables nested in table cells read at most this deep; Word documents rarely nest more than one. */
    static final int MAX_NESTING = 5;

    /** Reads {@code file}; its name is the document's. */
    public SourceReading read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileMagic magic = magic(file, name);
        return switch (magic) {
            case OOXML -> readDocx(file, name);
            case OLE2 -> throw oldOffice(file, name);
            case PDF -> throw notWord(name, "reading.source.kind.pdf", magic);
            case RTF -> throw notWord(name, "reading.source.kind.rtf", magic);
            default -> throw notWord(name, "reading.source.kind.other", magic);
        };
    }

    private static SourceException notWord(String name, String kindKey, FileMagic magic) {
        return SourceException.of("reading.source.notWord", "file magic " + magic, null, name, Phrase.of(kindKey));
    }

    static FileMagic magic(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw SourceException.of("reading.source.fileNotFound", "no such file", null, file.toString());
            }
            if (Files.size(file) == 0) {
                throw SourceException.of("reading.source.emptyFile", "0 bytes", null, name);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                return FileMagic.valueOf(in);
            }
        } catch (NoSuchFileException e) {
            throw SourceException.of("reading.source.fileNotFound", "no such file", e, file.toString());
        } catch (EmptyFileException e) {
            throw SourceException.of("reading.source.emptyFile", "empty", e, name);
        } catch (IOException e) {
            throw SourceException.of("reading.source.unreadable", String.valueOf(e), e, name, String.valueOf(e.getMessage()));
        }
    }

    /** An OLE2 container: a Word 97–2003 .doc, an encrypted .docx, an old Excel workbook, or something else of that age. */
    private static SourceException oldOffice(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return SourceException.of("reading.source.passwordProtected", "encrypted OOXML", null, name);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return SourceException.of("reading.source.notWord", "OLE2 workbook", null, name,
                        Phrase.of("reading.source.kind.oldExcel"));
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable as OLE2: still no .docx; the advice for a .doc is the likeliest to help.
        }
        return SourceException.of("reading.source.oldWord", "OLE2 container", null, name);
    }

    private static SourceReading readDocx(Path file, String name) {
        DocxGuard.check(file, name);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            @SuppressWarnings("resource") // Closed by reverting its read-only package below.
            XWPFDocument document = new XWPFDocument(pkg);
            PassageCollector passages = new PassageCollector(name);
            DocxNumbering numbering = new DocxNumbering(document.getNumbering());
            DocxBold bold = new DocxBold(document.getStyles());
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    passages.paragraph(numbering.label(paragraph) + paragraph.getText(), bold.isBold(paragraph));
                } else if (element instanceof XWPFTable table) {
                    table(table, passages, bold);
                } else if (element instanceof XWPFSDT control) {
                    passages.paragraph(control.getContent().getText(), false);
                }
            }
            return SourceReading.of(passages.document());
        } catch (SourceException e) {
            throw e;
        } catch (Exception e) {
            throw corrupt(name, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** Each cell of each row: its paragraphs' text joined by line breaks, bold when all of them are. */
    private static void table(XWPFTable table, PassageCollector passages, DocxBold bold) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = new ArrayList<>();
                boolean allBold = cellLines(cells.get(c), lines, bold, 0);
                passages.cell(String.join("\n", lines), allBold && !lines.isEmpty(), r, c);
            }
        }
    }

    /**
     * Adds the cell's non-blank paragraphs to {@code lines}, those of a table nested in it too (row by row, at most
     * {@link #MAX_NESTING} deep); whether all of them are bold.
     */
    private static boolean cellLines(XWPFTableCell cell, List<String> lines, DocxBold bold, int depth) {
        boolean allBold = true;
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (!text.isBlank()) {
                    lines.add(text);
                    allBold &= bold.isBold(paragraph);
                }
            } else if (element instanceof XWPFTable nested && depth < MAX_NESTING) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        allBold &= cellLines(inner, lines, bold, depth + 1);
                    }
                }
            }
        }
        return allBold;
    }

    static SourceException corrupt(String fileName, Exception e) {
        return SourceException.of("reading.source.corrupt", e.getClass().getName() + ": " + e.getMessage(), e, fileName);
    }
}
