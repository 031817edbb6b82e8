package vn.delegationdesk.platform.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams an XML document of an imported file into a SAX {@link ContentHandler} with bounded memory: POI's secure
 * parser (no external entities, the JDK's secure-processing limits), no document type declaration at all (so no
 * entity can expand: "billion laughs" is refused before the parser sees it), elements nested at most
 * {@link #MAX_DEPTH} deep, and no single tag, comment or processing instruction longer than
 * {@link #MAX_MARKUP_BYTES} (the parser would hold it whole: a 100 MB attribute would be 200 MB of heap). Text is
 * delivered in chunks, so the handler bounds what it keeps. Shape limits end in an {@link XmlRefusal}.
 */
public final class SafeXml {
    /** The longest tag (with its attributes), comment or processing instruction, in bytes. */
    public static final int MAX_MARKUP_BYTES = 1024 * 1024;
    /** The deepest nesting of elements; an Office part needs about 8. */
    public static final int MAX_DEPTH = 64;

    private SafeXml() {
    }

    /**
     * Parses {@code in} (not closed) into {@code handler}.
     *
     * @throws XmlRefusal when the document passes a shape limit
     * @throws SAXException when it is no well-formed XML, or the handler refused it
     */
    public static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        reader.setContentHandler(new DepthLimit(handler));
        try {
            reader.parse(new InputSource(new MarkupLimit(in)));
        } catch (SAXException e) {
            if (e.getException() instanceof XmlRefusal refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    /** Counts the bytes of each markup run, from "<" to its closing ">" (quoted values included). */
    private static final class MarkupLimit extends FilterInputStream {
        private boolean inMarkup;
        private boolean special;
        private int quote;
        private long length;

        MarkupLimit(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) {
                see(b[off + i] & 0xff);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] sink = new byte[(int) Math.min(n, 8192)];
            int read = read(sink, 0, sink.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // The caller closes the stream it passed.
        }

        private void see(int b) throws XmlRefusal {
            if (!inMarkup) {
                if (b == '<') {
                    inMarkup = true;
                    special = false;
                    quote = 0;
                    length = 1;
                }
                return;
            }
            length++;
            if (length == 2) {
                special = b == '!' || b == '?';
            } else if (length == 3 && special && (b == 'D' || b == 'd' || b == 'E' || b == 'e')) {
                throw new XmlRefusal(XmlRefusal.Reason.DOCTYPE, "a document type or entity declaration");
            }
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '>') {
                inMarkup = false;
            } else if (!special && (b == '"' || b == '\'')) {
                quote = b;
            }
            if (inMarkup && length > MAX_MARKUP_BYTES) {
                throw new XmlRefusal(XmlRefusal.Reason.MARKUP_TOO_LONG, "a tag of more than " + MAX_MARKUP_BYTES + " bytes");
            }
        }
    }

    /** Refuses elements deeper than {@link #MAX_DEPTH} before the handler sees them. */
    private static final class DepthLimit implements ContentHandler {
        private final ContentHandler handler;
        private int depth;

        DepthLimit(ContentHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new SAXException(new XmlRefusal(XmlRefusal.Reason.TOO_DEEP, "deeper than " + MAX_DEPTH));
            }
            handler.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            handler.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            handler.characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            handler.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            handler.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            handler.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            handler.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            handler.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            handler.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            handler.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            handler.skippedEntity(name);
        }
    }
}
