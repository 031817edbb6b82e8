package vn.delegationdesk.delegation.member.roster;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The base of the SAX handlers reading a workbook's parts: element names without their namespace (so transitional
 * and strict Office XML read alike), and a way to stop the parse with a {@link RosterException}.
 */
abstract class PartHandler extends DefaultHandler {

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        try {
            start(local(localName, qName), attributes);
        } catch (RosterException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public final void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            end(local(localName, qName));
        } catch (RosterException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public final void characters(char[] ch, int start, int length) throws SAXException {
        try {
            text(ch, start, length);
        } catch (RosterException e) {
            throw new SAXException(e);
        }
    }

    abstract void start(String name, Attributes attributes);

    void end(String name) {
        // Most parts need only the start of their elements.
    }

    void text(char[] ch, int start, int length) {
        // Most parts keep no text.
    }

    /** The attribute of that local name in no namespace, or null. */
    static String attribute(Attributes attributes, String name) {
        return attributes.getValue("", name);
    }

    /** The attribute of that local name in a namespace (r:id), or null. */
    static String namespacedAttribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!attributes.getURI(i).isEmpty() && name.equals(attributes.getLocalName(i))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
