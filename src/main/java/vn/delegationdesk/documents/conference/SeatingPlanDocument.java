package vn.delegationdesk.documents.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.SeatingPlan;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The printed seating of a conference, from a {@link SeatingPlan}.
 *
 * <p>"SƠ ĐỒ BỐ TRÍ CHỖ NGỒI" (A4 landscape) is drawn as seen from the hall: the head table at the top as a row of boxes
 * (name in bold, title, seat number), and below it the hall as a table with one table row per hall row (the front row
 * first) and one cell per seat, the seat numbers over the columns and "Hàng 1" (or "Bàn 1") before each row. A name
 * too wide for its cell in two lines is shortened to the initials of the family and middle names and the given name
 * ("N.V. An"); the list by seat has every name in full. A hall of more than {@link #MAX_COLUMNS} seats a row (a head table
 * of more than {@link #MAX_HEAD_COLUMNS}) is printed in blocks of equal size of at most that many seats, one under the
 * other. The layout model has no free-form drawing, so the plan is a grid
 * of table cells rather than drawn boxes. A legend states the conventions: seats counted left to right as seen from
 * the hall, the chair's right is the plan's left, the chair of an even table at the middle-right seat.
 *
 * <p>"DANH SÁCH CHỖ NGỒI" lists every occupied seat in order (head table, then the rows front to back, each left to
 * right): number, seat, full name, title and body, precedence; delegates left without a seat follow under their own
 * heading.
 */
public final class SeatingPlanDocument {
    static final String PLAN_TITLE = "SƠ ĐỒ BỐ TRÍ CHỖ NGỒI";
    static final String LIST_TITLE = "DANH SÁCH CHỖ NGỒI";
    static final String HEAD_TABLE = "BÀN CHỦ TỌA";
    static final String HALL = "HỘI TRƯỜNG";
    static final String SEAT = "Ghế ";
    static final String ROW = "Hàng ";
    static final String TABLE = "Bàn ";
    static final String PART = "Các ghế từ ";
    static final String PART_TO = " đến ";
    static final String UNSEATED = "Đại biểu chưa có chỗ ngồi";
    static final List<String> LIST_COLUMNS = List.of("STT", "Chỗ ngồi", "Họ và tên", "Chức vụ, đơn vị", "Thứ tự ưu tiên");
    static final String LEGEND_TITLE = "Ghi chú:";
    static final List<String> LEGEND = List.of(
            "sơ đồ nhìn từ phía hội trường: bàn chủ tọa ở trên, quay mặt xuống hội trường; hàng 1 là hàng gần bàn chủ tọa "
                    + "nhất. Ghế được đánh số từ trái sang phải khi nhìn từ hội trường.",
            "Chủ tọa ngồi ghế giữa bàn chủ tọa; nếu số ghế chẵn, chủ tọa ngồi ghế giữa bên phải (nhìn từ hội trường), "
                    + "người thứ hai ngồi ghế giữa còn lại.",
            "Các đại biểu tiếp theo xếp theo thứ tự ưu tiên, từ giữa ra, lần lượt bên phải rồi bên trái chủ tọa (bên phải "
                    + "chủ tọa là bên trái của sơ đồ); hết bàn chủ tọa thì xếp các hàng từ trên xuống, mỗi hàng cũng từ "
                    + "giữa ra.",
            "Tên dài được viết tắt họ và tên đệm (N.V. An là Nguyễn Văn An); họ tên đầy đủ ở Danh sách chỗ ngồi.");
    static final String NO_TEXT = "\u00a0";

    /** At most this many seats of a hall row side by side on the page; longer rows go in blocks. */
    static final int MAX_COLUMNS = 20;
    /** At most this many head-table boxes side by side; a longer head table (a presidium) goes in blocks. */
    static final int MAX_HEAD_COLUMNS = 10;
    private static final PageSetup PLAN_PAGE = new PageSetup(true, 15, 15, 15, 15, 12, true);
    private static final PageSetup LIST_PAGE = new PageSetup(false, 20, 20, 25, 15, 12, true);
    private static final float LABEL_WIDTH = 42;
    private static final float PADDING = 3;
    private static final float HEAD_SIZE = 10;
    private static final float LEGEND_SIZE = 9;

    /** The plan and, from a new page, the list by seat, in one landscape document. */
    public PrintedDocument build(Conference conference, SeatingPlan plan) {
        List<Block> blocks = new ArrayList<>(planBlocks(conference, plan));
        blocks.add(new PageBreak());
        blocks.addAll(listBlocks(conference, plan));
        return new PrintedDocument(PLAN_TITLE + " – " + conference.title(), PLAN_PAGE, null, blocks, null);
    }

    /** The plan alone, A4 landscape. */
    public PrintedDocument plan(Conference conference, SeatingPlan plan) {
        return new PrintedDocument(PLAN_TITLE + " – " + conference.title(), PLAN_PAGE, null, planBlocks(conference, plan),
                null);
    }

    /** The list by seat alone, A4 portrait. */
    public PrintedDocument list(Conference conference, SeatingPlan plan) {
        return new PrintedDocument(LIST_TITLE + " – " + conference.title(), LIST_PAGE, null, listBlocks(conference, plan),
                null);
    }

    private static List<Block> titles(String title, Conference conference) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(Run.bold(title)), Align.CENTER, 15, false, 0, 2, true));
        blocks.add(new Paragraph(List.of(Run.bold(conference.title())), Align.CENTER, 0, false, 0, 0, true));
        String when = VietnameseDates.withWeekday(conference.date());
        String line = conference.venue().isEmpty() ? when : when + " – " + conference.venue();
        blocks.add(new Paragraph(List.of(Run.italic(line)), Align.CENTER, 0, false, 0, 6, true));
        return blocks;
    }

    private static List<Block> planBlocks(Conference conference, SeatingPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Block> blocks = titles(PLAN_TITLE, conference);
        HallLayout layout = plan.layout();
        blocks.add(new Paragraph(List.of(Run.bold(HEAD_TABLE)), Align.CENTER, 11, false, 0, 1, true));
        List<Seat> head = layout.headTable();
        int headParts = (head.size() + MAX_HEAD_COLUMNS - 1) / MAX_HEAD_COLUMNS;
        int headWidth = (head.size() + headParts - 1) / headParts;
        for (int from = 0; from < head.size(); from += headWidth) {
            List<Seat> part = head.subList(from, Math.min(head.size(), from + headWidth));
            if (headParts > 1) {
                blocks.add(new Paragraph(List.of(Run.italic(PART + part.get(0).number() + PART_TO
                        + part.get(part.size() - 1).number())), Align.LEFT, LEGEND_SIZE, false, 0, 1, true));
            }
            blocks.add(headTable(plan, part, headWidth));
        }
        blocks.add(new Paragraph(List.of(Run.bold(HALL)), Align.CENTER, 11, false, 0, 1, true));
        int parts = (layout.seatsPerRow() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int width = (layout.seatsPerRow() + parts - 1) / parts;
        float size = gridSize(width);
        for (int from = 1; from <= layout.seatsPerRow(); from += width) {
            int to = Math.min(layout.seatsPerRow(), from + width - 1);
            if (parts > 1) {
                blocks.add(new Paragraph(List.of(Run.italic(PART + from + PART_TO + to)), Align.LEFT, LEGEND_SIZE, false, 0, 1,
                        true));
            }
            blocks.add(hallBlock(plan, from, to, width, size));
        }
        for (int i = 0; i < LEGEND.size(); i++) {
            List<Run> runs = i == 0 ? List.of(Run.bold(LEGEND_TITLE + " "), Run.italic(LEGEND.get(i)))
                    : List.of(Run.italic("– " + LEGEND.get(i)));
            blocks.add(new Paragraph(runs, Align.JUSTIFIED, LEGEND_SIZE, false, i == 0 ? 2 : 0, 0, i < LEGEND.size() - 1));
        }
        return blocks;
    }

    /** One box per head-table seat, left to right as seen from the hall: the name in bold, the title, the seat. */
    private static Table headTable(SeatingPlan plan, List<Seat> seats, int blockWidth) {
        float inner = PLAN_PAGE.textWidthPoints() / Math.max(seats.size(), blockWidth) - 2 * PADDING;
        List<Cell> row = new ArrayList<>(seats.size());
        for (Seat seat : seats) {
            List<Paragraph> lines = new ArrayList<>();
            Delegate delegate = plan.occupant(seat).orElse(null);
            String name = delegate == null ? NO_TEXT : fit(delegate.fullName(), Face.BOLD, HEAD_SIZE, inner, 2);
            lines.add(new Paragraph(List.of(Run.bold(name)), Align.CENTER, HEAD_SIZE, false, 0, 0, false));
            if (delegate != null && !delegate.title().isEmpty()) {
                lines.add(new Paragraph(List.of(Run.plain(delegate.title())), Align.CENTER, 8, false, 0, 0, false));
            }
            lines.add(new Paragraph(List.of(Run.italic(SEAT + seat.number())), Align.CENTER, 8, false, 0, 0, false));
            row.add(new Cell(lines, 1, 1, true));
        }
        List<Float> widths = seats.stream().map(s -> 1f).toList();
        return new Table(widths, List.of(), List.of(row), true, HEAD_SIZE);
    }

    /** Seats {@code from} to {@code to} of every hall row: the seat numbers over the columns, the row's name before it. */
    private static Table hallBlock(SeatingPlan plan, int from, int to, int blockWidth, float size) {
        HallLayout layout = plan.layout();
        int columns = to - from + 1;
        // The last block of a wide hall may be narrower, and the table takes the page's width: its cells are wider.
        float seatWidth = (PLAN_PAGE.textWidthPoints() - LABEL_WIDTH) / Math.max(columns, blockWidth);
        List<Float> widths = new ArrayList<>();
        widths.add(LABEL_WIDTH);
        List<Cell> header = new ArrayList<>();
        header.add(Cell.of(NO_TEXT, Align.CENTER).shade());
        for (int n = from; n <= to; n++) {
            widths.add(seatWidth);
            header.add(Cell.bold(SEAT + n, Align.CENTER).shade());
        }
        List<List<Cell>> rows = new ArrayList<>(layout.rows());
        String rowName = layout.kind() == HallKind.TABLES ? TABLE : ROW;
        for (int r = 1; r <= layout.rows(); r++) {
            List<Cell> row = new ArrayList<>(columns + 1);
            row.add(Cell.bold(rowName + r, Align.CENTER));
            for (int n = from; n <= to; n++) {
                Seat seat = new Seat(r, n, layout.kind());
                String name = plan.occupant(seat).map(d -> fit(d.fullName(), Face.REGULAR, size, seatWidth - 2 * PADDING, 2))
                        .orElse(NO_TEXT);
                row.add(Cell.of(name, Align.CENTER));
            }
            rows.add(row);
        }
        return new Table(widths, List.of(header), rows, true, size);
    }

    /** The grid's type size: smaller as the rows grow longer. */
    static float gridSize(int seatsPerRow) {
        if (seatsPerRow <= 12) {
            return 9;
        }
        return seatsPerRow <= 20 ? 8 : 6.5f;
    }

    /**
     * {@code name} as it fits {@code width} points in at most {@code lines} lines: in full if it does, else with the
     * family and middle names as initials ("N.V. An"), else the initials and the given name run together ("N.V.An").
     */
    static String fit(String name, Face face, float size, float width, int lines) {
        if (fits(name, face, size, width, lines)) {
            return name;
        }
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return name;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            initials.appendCodePoint(words[i].codePointAt(0)).append('.');
        }
        String given = words[words.length - 1];
        String spaced = initials + " " + given;
        return fits(spaced, face, size, width, lines) ? spaced : initials + given;
    }

    /** Whether {@code text} breaks at spaces into at most {@code lines} lines of {@code width} points. */
    static boolean fits(String text, Face face, float size, float width, int lines) {
        int used = 1;
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            if (LiberationSerif.width(word, face, size) > width) {
                return false;
            }
            String longer = line.isEmpty() ? word : line + " " + word;
            if (LiberationSerif.width(longer, face, size) <= width) {
                line = longer;
            } else {
                used++;
                line = word;
            }
        }
        return used <= lines;
    }

    private static List<Block> listBlocks(Conference conference, SeatingPlan plan) {
        List<Block> blocks = titles(LIST_TITLE, conference);
        List<Cell> header = LIST_COLUMNS.stream().map(t -> Cell.bold(t, Align.CENTER).shade()).toList();
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Seat, Delegate> entry : plan.bySeat()) {
            rows.add(listRow(number++, entry.getKey().label(), entry.getValue()));
        }
        List<Delegate> unseated = plan.unseated();
        if (!unseated.isEmpty()) {
            rows.add(List.of(Cell.bold(UNSEATED + " (" + unseated.size() + ")", Align.LEFT).spanning(LIST_COLUMNS.size())
                    .shade()));
            for (Delegate delegate : unseated) {
                rows.add(listRow(number++, "–", delegate));
            }
        }
        blocks.add(new Table(List.of(30f, 95f, 130f, 190f, 55f), List.of(header), rows, true, 11));
        return blocks;
    }

    private static List<Cell> listRow(int number, String seat, Delegate delegate) {
        String role = delegate.title().isEmpty() ? delegate.body()
                : delegate.body().isEmpty() ? delegate.title() : delegate.title() + ", " + delegate.body();
        return List.of(Cell.of(Integer.toString(number), Align.CENTER), Cell.of(seat, Align.LEFT),
                Cell.of(delegate.fullName(), Align.LEFT), Cell.of(role, Align.LEFT),
                Cell.of(delegate.precedence() > 0 ? Integer.toString(delegate.precedence()) : "–", Align.CENTER));
    }
}
