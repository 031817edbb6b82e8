package vn.delegationdesk.documents.pdf;

import java.text.Normalizer;

/** Text on its way into iText: composed (NFC), because iText places the marks of decomposed text wrongly. */
final class PdfText {
    /** 1 mm in PDF points. */
    static final float MM = 72f / 25.4f;

    private PdfText() {
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static float mm(float millimetres) {
        return millimetres * MM;
    }
}
