package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * A paragraph of runs. {@code fontSize} 0 means the page's body size; {@code firstLineIndent} indents the
 * first line by 1 cm as administrative body text does; spaces are in points; {@code keepWithNext} keeps a
 * heading on the page of the text it introduces.
 */
public record Paragraph(List<Run> runs, Align align, float fontSize, boolean firstLineIndent, float spaceBefore,
        float spaceAfter, boolean keepWithNext) implements Block {
    /** Space between body paragraphs: Nghị định 30/2020 asks for at least 6 pt. */
    public static final float BODY_SPACING = 6;

    public Paragraph {
        runs = List.copyOf(runs);
    }

    /** Justified body text with the first line indented. */
    public static Paragraph body(String text) {
        return body(List.of(Run.plain(text)));
    }

    public static Paragraph body(List<Run> runs) {
        return new Paragraph(runs, Align.JUSTIFIED, 0, true, 0, BODY_SPACING, false);
    }

    /** A section heading ("I. MỤC ĐÍCH, YÊU CẦU"): bold, left, kept with the next block. */
    public static Paragraph heading(String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.JUSTIFIED, 0, true, BODY_SPACING, BODY_SPACING, true);
    }

    public static Paragraph centered(Run... runs) {
        return new Paragraph(List.of(runs), Align.CENTER, 0, false, 0, 0, false);
    }

    /** A plain text of one style, as table cells and form lines use it. */
    public static Paragraph of(String text, Align align) {
        return new Paragraph(List.of(Run.plain(text)), align, 0, false, 0, 0, false);
    }

    public Paragraph withSize(float size) {
        return new Paragraph(runs, align, size, firstLineIndent, spaceBefore, spaceAfter, keepWithNext);
    }

    public Paragraph withSpacing(float before, float after) {
        return new Paragraph(runs, align, fontSize, firstLineIndent, before, after, keepWithNext);
    }

    public Paragraph keptWithNext() {
        return new Paragraph(runs, align, fontSize, firstLineIndent, spaceBefore, spaceAfter, true);
    }

    /** The text as a reader sees it, runs joined. */
    public String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.text()));
        return out.toString();
    }
}
