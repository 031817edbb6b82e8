package vn.delegationdesk.reading.source.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.platform.io.ByteBudget;
import vn.delegationdesk.platform.io.GuardedZip;
import vn.delegationdesk.platform.io.SafeXml;
import vn.delegationdesk.platform.io.XmlRefusal;
import vn.delegationdesk.platform.io.ZipLimits;
import vn.delegationdesk.platform.io.ZipRefusal;
import vn.delegationdesk.reading.source.PassageCollector;
import vn.delegationdesk.reading.source.SourceException;
import vn.delegationdesk.reading.source.SourceLimits;

/**
 * The checks a .docx passes before POI opens it: the archive walked within {@link ZipLimits#OFFICE_DOCUMENT}
 * ({@link GuardedZip}); the main part named by {@code [Content_Types].xml} must be a Word document (an Excel workbook
 * or a PowerPoint deck renamed .docx is refused, naming what it is); every XML part parsed once through
 * {@link SafeXml} (well formed, no DOCTYPE, bounded depth and tags), {@link #MAX_PARSED_BYTES} in all; and the main
 * part's paragraphs and characters counted against the {@link SourceLimits}, so a 500-page document is refused by
 * this streaming pass, before POI builds it in memory. Every failure is a {@link SourceException} naming the file.
 */
final class DocxGuard {
    /** XML parsed in the check, all parts together; a 500-page document's main part is about 10–20 MB. */
    static final long MAX_PARSED_BYTES = 64L * 1024 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private final GuardedZip zip;
    private final String fileName;
    private final ByteBudget budget = new ByteBudget(MAX_PARSED_BYTES);

    private DocxGuard(GuardedZip zip, String fileName) {
        this.zip = zip;
        this.fileName = fileName;
    }

    /** Checks {@code file}; returns normally only when POI may open it. */
    static void check(Path file, String fileName) {
        try (GuardedZip zip = GuardedZip.open(file, ZipLimits.OFFICE_DOCUMENT)) {
            new DocxGuard(zip, fileName).checkParts();
        } catch (ZipRefusal e) {
            throw refused(fileName, e);
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DocxSource.corrupt(fileName, e);
        }
    }

    private void checkParts() {
        if (zip.find(CONTENT_TYPES).isEmpty()) {
            throw notWord(zip.find("xl/workbook.xml").isPresent() ? "reading.source.kind.excel" : "reading.source.kind.zip",
                    "no content types");
        }
        MainPartFinder types = new MainPartFinder();
        parse(CONTENT_TYPES, types);
        String type = types.mainType == null ? "" : types.mainType.toLowerCase(Locale.ROOT);
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            throw notWord("reading.source.kind.excel", type);
        }
        if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            throw notWord("reading.source.kind.powerpoint", type);
        }
        if (!(type.contains("wordprocessingml") || type.contains("ms-word")) || zip.find(types.mainPart).isEmpty()) {
            throw notWord("reading.source.kind.zip", "main part " + types.mainPart + " of type " + type);
        }
        String main = zip.find(types.mainPart).orElseThrow();
        parse(main, new BodyCounter());
        List<String> others = new ArrayList<>();
        for (String name : zip.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.equals(main) && !name.equals(CONTENT_TYPES) && (lower.endsWith(".xml") || lower.endsWith(".rels"))) {
                others.add(name);
            }
        }
        others.sort(null);
        for (String part : others) {
            parse(part, new DefaultHandler());
        }
    }

    private SourceException notWord(String kindKey, String detail) {
        return SourceException.of("reading.source.notWord", detail, null, fileName, Phrase.of(kindKey));
    }

    private void parse(String part, DefaultHandler handler) {
        try (InputStream in = budget.watch(zip.open(part))) {
            SafeXml.parse(in, handler);
        } catch (ByteBudget.Exceeded e) {
            throw budgetExceeded(e);
        } catch (SAXException e) {
            if (e.getException() instanceof SourceException limit) {
                throw limit;
            }
            if (e.getException() instanceof ByteBudget.Exceeded budget) {
                throw budgetExceeded(budget);
            }
            throw SourceException.of("reading.source.xml.broken", part + ": " + e.getMessage(), e, fileName, part);
        } catch (XmlRefusal e) {
            throw SourceException.of("reading.source.xml.suspicious", part + ": " + e.getMessage(), e, fileName, part);
        } catch (ZipRefusal e) {
            throw refused(fileName, e);
        } catch (IOException e) {
            throw DocxSource.corrupt(fileName, e);
        }
    }

    private SourceException budgetExceeded(ByteBudget.Exceeded e) {
        return SourceException.of("reading.source.zip.totalSize", e.getMessage(), e, fileName, MAX_PARSED_BYTES / (1024 * 1024));
    }

    static SourceException refused(String fileName, ZipRefusal e) {
        ZipLimits limits = ZipLimits.OFFICE_DOCUMENT;
        return switch (e.reason()) {
            case TOO_MANY_ENTRIES -> SourceException.of("reading.source.zip.entries", e.getMessage(), e, fileName, limits.maxEntries());
            case ENTRY_TOO_LARGE -> SourceException.of("reading.source.zip.entrySize", e.getMessage(), e, fileName, e.entryName(),
                    limits.maxEntryMegabytes());
            case TOTAL_TOO_LARGE -> SourceException.of("reading.source.zip.totalSize", e.getMessage(), e, fileName,
                    limits.maxTotalMegabytes());
            case UNSAFE_NAME, DUPLICATE_NAME -> SourceException.of("reading.source.zip.entryName", e.getMessage(), e, fileName,
                    e.entryName());
        };
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** [Content_Types].xml: the part whose type is a main document ("…main+xml") and that type. */
    private static final class MainPartFinder extends DefaultHandler {
        private String mainPart;
        private String mainType;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (mainType == null && local(localName, qName).equals("Override")) {
                String type = attributes.getValue("", "ContentType");
                String part = attributes.getValue("", "PartName");
                if (type != null && part != null && type.toLowerCase(Locale.ROOT).endsWith(".main+xml")) {
                    mainType = type;
                    mainPart = part.startsWith("/") ? part.substring(1) : part;
                }
            }
        }
    }

    /** The main part: paragraphs holding text and the characters of text, against the source limits. */
    private final class BodyCounter extends DefaultHandler {
        private boolean inText;
        private boolean paragraphHasText;
        private int paragraphs;
        private long characters;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = local(localName, qName);
            if (name.equals("t")) {
                inText = true;
            } else if (name.equals("p")) {
                paragraphHasText = false;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            if (name.equals("t")) {
                inText = false;
            } else if (name.equals("p") && paragraphHasText) {
                paragraphHasText = false;
                if (++paragraphs > SourceLimits.MAX_PASSAGES) {
                    throw new SAXException(PassageCollector.tooManyPassages(fileName));
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inText) {
                return;
            }
            for (int i = start; i < start + length && !paragraphHasText; i++) {
                paragraphHasText = !Character.isWhitespace(ch[i]) && !Character.isSpaceChar(ch[i]);
            }
            characters += length;
            if (characters > SourceLimits.MAX_TEXT_CHARS) {
                throw new SAXException(PassageCollector.tooMuchText(fileName));
            }
        }
    }

}
