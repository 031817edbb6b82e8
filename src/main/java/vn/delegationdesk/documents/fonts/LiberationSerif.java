package vn.delegationdesk.documents.fonts;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The document font: Liberation Serif 2.x (SIL OFL 1.1, metric-compatible with Times New Roman, full
 * Vietnamese coverage), read once from the classpath. Only the bytes are kept: a PDF font belongs to one
 * PDF document, so each writer makes its own from these bytes.
 */
public final class LiberationSerif {
    /** The four faces; iText has no synthetic italic, so each style is its own file. */
    public enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String suffix;

        Face(String suffix) {
            this.suffix = suffix;
        }

        public static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }

        /** "/vn/delegationdesk/documents/fonts/LiberationSerif-Bold.ttf". */
        public String resource() {
            return "/vn/delegationdesk/documents/fonts/LiberationSerif-" + suffix + ".ttf";
        }
    }

    private LiberationSerif() {
    }

    /** The font file of {@code face}; shared, do not modify. */
    public static byte[] bytes(Face face) {
        return Holder.BYTES.get(face);
    }

    /**
     * The parsed font program of {@code face}, for metrics (glyph coverage, text widths). Parsed once; only read
     * from, so it may be shared between threads.
     */
    public static FontProgram program(Face face) {
        return Holder.PROGRAMS.get(face);
    }

    /** The advance width in points of {@code text} set in {@code face} at {@code size}, without kerning. */
    public static float width(String text, Face face, float size) {
        FontProgram program = program(face);
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += program.getWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    /** Loaded on first use: a class that never writes a document never reads the 1.6 MB of fonts. */
    private static final class Holder {
        static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
        static final Map<Face, FontProgram> PROGRAMS = new EnumMap<>(Face.class);

        static {
            for (Face face : Face.values()) {
                try (InputStream in = LiberationSerif.class.getResourceAsStream(face.resource())) {
                    if (in == null) {
                        throw new IllegalStateException("missing font resource " + face.resource());
                    }
                    byte[] bytes = in.readAllBytes();
                    BYTES.put(face, bytes);
                    PROGRAMS.put(face, FontProgramFactory.createFont(bytes, false));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private Holder() {
        }
    }
}
