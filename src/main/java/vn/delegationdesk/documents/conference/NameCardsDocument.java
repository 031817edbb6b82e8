package vn.delegationdesk.documents.conference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Turned;

/**
 * Biển tên for the head table and the speakers: one A4 landscape page per card, folded along its middle into a tent. Each
 * half carries the name, large and bold, and under it the title with the body ("Phó Chủ tịch UBND tỉnh Đắk Lắk"); the
 * half above the fold is printed upside down ({@link Turned}), so that both faces read the right way up once the card
 * stands.
 * A thin line marks the fold. A name too long for the width is set smaller, never broken.
 */
final class NameCardsDocument {
    static final float NAME_SIZE = 66;
    static final float NAME_MIN_SIZE = 32;
    static final float TITLE_SIZE = 26;
    static final float TITLE_MIN_SIZE = 16;
    private static final float MARGIN_MM = 12;
    private static final float SIDE_MM = 15;
    /** Half the sheet's height, 105 mm, less the page's margin at its edge, in points. */
    private static final float HALF = (105 - MARGIN_MM) * 72f / 25.4f;
    /** The height a rule takes with its margins (2 pt above and below, the line itself). */
    private static final float FOLD_HEIGHT = 5;
    private static final float LEADING = 1.2f;
    /** iText sets a line a little taller than its leading: measured on the rendered page, the fold came 2 mm low. */
    private static final float FOLD_CORRECTION = 6;

    /** The delegates who get a card: ranked (precedence above 0) and not declined, by precedence. */
    static List<Delegate> headTable(List<Delegate> delegates) {
        return delegates.stream()
                .filter(d -> d.precedence() > 0 && d.status() != DelegateStatus.DECLINED)
                .sorted(Comparator.comparingInt(Delegate::precedence))
                .toList();
    }

    PrintedDocument build(Conference conference, List<Delegate> cards) {
        PageSetup page = new PageSetup(true, MARGIN_MM, MARGIN_MM, SIDE_MM, SIDE_MM, 14, false);
        float width = page.textWidthPoints();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (i > 0) {
                blocks.add(new PageBreak());
            }
            Delegate delegate = cards.get(i);
            List<Block> face = face(delegate, width);
            float faceHeight = height(face);
            float above = Math.max(0, (HALF - faceHeight) / 2);
            blocks.add(new Spacer(above));
            // The half above the fold is the back of the tent: upside down on the flat sheet, upright once it stands.
            blocks.add(new Turned(face));
            // The fold sits at the end of the first half; the second face is centred in the second half.
            blocks.add(new Spacer(Math.max(0, HALF - above - faceHeight - FOLD_HEIGHT / 2 - FOLD_CORRECTION)));
            blocks.add(new Rule(1));
            blocks.add(new Spacer(Math.max(0, above - FOLD_HEIGHT / 2)));
            blocks.addAll(face);
        }
        return new PrintedDocument("Biển tên – " + conference.title(), page, null, blocks, null);
    }

    private static List<Block> face(Delegate delegate, float width) {
        List<Block> face = new ArrayList<>();
        face.add(new Paragraph(List.of(Run.bold(delegate.fullName())), Align.CENTER,
                fit(delegate.fullName(), Face.BOLD, NAME_SIZE, NAME_MIN_SIZE, width), false, 0, 6, false));
        // "Phó Chủ tịch UBND tỉnh Đắk Lắk": the title alone would not say whose.
        String title = (delegate.title() + " " + delegate.body()).strip();
        if (!title.isEmpty()) {
            face.add(new Paragraph(List.of(Run.plain(title)), Align.CENTER,
                    fit(title, Face.REGULAR, TITLE_SIZE, TITLE_MIN_SIZE, width), false, 0, 0, false));
        }
        return face;
    }

    /** The largest size up to {@code size} at which {@code text} fits the width on one line, never below {@code min}. */
    static float fit(String text, Face face, float size, float min, float width) {
        float atOne = LiberationSerif.width(text, face, 1);
        if (atOne <= 0) {
            return size;
        }
        return Math.max(min, Math.min(size, (float) Math.floor(width * 0.96f / atOne)));
    }

    private static float height(List<Block> face) {
        float total = 0;
        for (Block block : face) {
            Paragraph p = (Paragraph) block;
            total += p.fontSize() * LEADING + p.spaceBefore() + p.spaceAfter();
        }
        return total;
    }
}
