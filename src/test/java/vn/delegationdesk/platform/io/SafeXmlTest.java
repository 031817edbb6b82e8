package vn.delegationdesk.platform.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The shape limits of {@link SafeXml}: what a hostile part cannot make the parser hold. */
class SafeXmlTest {

    @Test
    void anOrdinaryDocumentReachesTheHandlerWithItsAttributesAndText() throws IOException, SAXException {
        List<String> seen = new ArrayList<>();
        SafeXml.parse(stream("<?xml version=\"1.0\"?><!-- note --><a x=\"1 > 0\"><b>Họ và tên</b></a>"), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                seen.add(localName + (attributes.getLength() > 0 ? "@" + attributes.getValue("x") : ""));
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                seen.add(new String(ch, start, length));
            }
        });

        assertThat(seen).containsExactly("a@1 > 0", "b", "Họ và tên");
    }

    @Test
    void aTagLongerThanTheLimitIsRefusedButLongTextIsNot() throws IOException, SAXException {
        String longValue = "v".repeat(SafeXml.MAX_MARKUP_BYTES);
        XmlRefusal refusal = catchThrowableOfType(XmlRefusal.class,
                () -> SafeXml.parse(stream("<a x=\"" + longValue + "\"/>"), new DefaultHandler()));
        int[] chars = {0};
        SafeXml.parse(stream("<a>" + longValue + longValue + "</a>"), new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                chars[0] += length;
            }
        });

        assertThat(refusal.reason()).isEqualTo(XmlRefusal.Reason.MARKUP_TOO_LONG);
        assertThat(chars[0]).isEqualTo(2 * SafeXml.MAX_MARKUP_BYTES);
    }

    @Test
    void deepNestingAndDocumentTypesAreRefused() {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l \"lol\">]><a>&l;</a>";

        assertThat(catchThrowableOfType(XmlRefusal.class, () -> SafeXml.parse(stream(deep), new DefaultHandler())).reason())
                .isEqualTo(XmlRefusal.Reason.TOO_DEEP);
        assertThat(catchThrowableOfType(XmlRefusal.class, () -> SafeXml.parse(stream(laughs), new DefaultHandler())).reason())
                .isEqualTo(XmlRefusal.Reason.DOCTYPE);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
