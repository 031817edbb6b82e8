package vn.delegationdesk.documents.pdf;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;

/**
 * The four Liberation Serif faces of one PDF document, embedded as subsets with Identity-H so every Vietnamese
 * letter prints. A face is created the first time the document uses it.
 */
final class PdfFonts {
    private final Map<Face, PdfFont> fonts = new EnumMap<>(Face.class);

    PdfFont of(boolean bold, boolean italic) {
        return face(Face.of(bold, italic));
    }

    PdfFont regular() {
        return face(Face.REGULAR);
    }

    PdfFont bold() {
        return face(Face.BOLD);
    }

    PdfFont italic() {
        return face(Face.ITALIC);
    }

    PdfFont face(Face face) {
        return fonts.computeIfAbsent(face, PdfFonts::create);
    }

    private static PdfFont create(Face face) {
        try {
            // The font program comes from iText's cache keyed by the bytes: parsed once per JVM, not per document.
            return PdfFontFactory.createFont(FontProgramFactory.createFont(LiberationSerif.bytes(face)),
                    PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the embedded font " + face.resource(), e);
        }
    }
}
