package vn.delegationdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx files written part by part, as a hostile or unusual producer might: the minimal parts of a one-sheet
 * workbook around the sheet XML, shared strings and styles given as text.
 */
public final class RawXlsx {
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    public static final String SHARED_STRINGS_PART = "xl/sharedStrings.xml";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private RawXlsx() {
    }

    /** The parts of a workbook whose one sheet "Danh sách" is {@code sheetXml}; shared strings and styles if given. */
    public static Map<String, byte[]> parts(String sheetXml, String sharedStringsXml, String stylesXml) {
        Map<String, byte[]> parts = skeleton(sharedStringsXml != null, stylesXml != null);
        parts.put(SHEET_PART, utf8(sheetXml));
        if (sharedStringsXml != null) {
            parts.put(SHARED_STRINGS_PART, utf8(sharedStringsXml));
        }
        if (stylesXml != null) {
            parts.put("xl/styles.xml", utf8(stylesXml));
        }
        return parts;
    }

    /** Every part but the sheet, the shared strings and the styles, with the relationships to them. */
    public static Map<String, byte[]> skeleton(boolean sharedStrings, boolean styles) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/" + SHEET_PART + "\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/" + SHARED_STRINGS_PART + "\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                + RELS + "\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings ? "<Relationship Id=\"rId2\" Type=\"" + RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + (styles ? "<Relationship Id=\"rId3\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/>" : "")
                + "</Relationships>"));
        return parts;
    }

    /** A worksheet around the given {@code <row>} elements (and whatever follows sheetData, such as mergeCells). */
    public static String sheet(CharSequence rows, String afterSheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData>"
                + afterSheetData + "</worksheet>";
    }

    /** A shared-string table around the given {@code <si>} elements. */
    public static String sharedStrings(CharSequence items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">" + items + "</sst>";
    }

    /** An inline-string cell. */
    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** The usual header row: "Họ và tên", "Đơn vị" in A1:B1. */
    public static String headerRow() {
        return "<row r=\"1\">" + inline("A1", "Họ và tên") + inline("B1", "Đơn vị") + "</row>";
    }

    public static Path write(Path file, Map<String, byte[]> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
