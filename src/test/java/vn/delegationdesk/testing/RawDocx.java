package vn.delegationdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document written by hand, part by part, for the files POI will not write: broken XML, nested tables, a
 * 25,000-paragraph body, the small parts around a {@link ZipBombs} document part.
 */
public final class RawDocx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String DOCUMENT_PART = "word/document.xml";

    private RawDocx() {
    }

    /** The three parts a Word document needs, its body holding {@code body} as given (which may leave it broken). */
    public static Map<String, byte[]> parts(String body) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>"));
        parts.put(DOCUMENT_PART, utf8(documentStart() + body + documentEnd()));
        return parts;
    }

    /** The document part up to its body's content. */
    public static String documentStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>";
    }

    /** The document part after its body's content. */
    public static String documentEnd() {
        return "</w:body></w:document>";
    }

    /** {@code count} paragraphs of about 90 characters each: 25,000 of them are a document of about 500 pages. */
    public static String paragraphs(int count) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < count; i++) {
            paragraphs.append("<w:p><w:r><w:t>- Buổi sáng: làm việc với Sở Văn hóa, Thể thao và Du lịch tỉnh, đoạn ").append(i)
                    .append("</w:t></w:r></w:p>");
        }
        return paragraphs.toString();
    }

    public static void write(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** A document part of at least {@code minInflated} bytes of text in one paragraph, deflated at about {@code ratio}. */
    public static ZipBombs.Bomb bomb(Path file, double ratio, long minInflated) throws IOException {
        Map<String, byte[]> small = parts("");
        small.remove(DOCUMENT_PART);
        return ZipBombs.write(file, small, DOCUMENT_PART, documentStart() + "<w:p><w:r><w:t>", "</w:t></w:r></w:p>" + documentEnd(),
                ratio, minInflated);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
