package vn.delegationdesk.documents.conference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Danh sách đại biểu dự hội nghị (ký tên): the conference's title, time and venue on top, then one table of every delegate
 * who has not declined, grouped by {@link DelegateGroup} in the enum's order under a heading row ("I. Lãnh đạo"),
 * numbered continuously across the groups, with an empty cell tall enough to sign in. The column titles repeat on every
 * page. Within a group, ranked delegates come first by precedence, then the rest in the order given.
 */
final class SignInSheetDocument {
    static final String TITLE = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ";
    static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Ký tên");
    private static final List<Float> WIDTHS = List.of(6f, 27f, 20f, 29f, 18f);
    /** One numeral per group: there are six. */
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    private static final float TABLE_SIZE = 12;
    /** Room above and below the text of a row: about 10 mm a row, enough for a signature. */
    private static final float ROW_SPACE = 7;

    private final Messages messages;

    SignInSheetDocument(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    PrintedDocument build(Delegation delegation, Conference conference, List<Delegate> delegates) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 14, false, 6, 0, false));
        blocks.add(new Paragraph(List.of(Run.bold(conference.title())), Align.CENTER, 13, false, 0, 4, false));
        blocks.add(new Paragraph(List.of(Run.italic("Thời gian: " + ConferenceTexts.when(conference))), Align.CENTER, 13,
                false, 0, 0, false));
        if (!conference.venue().isEmpty()) {
            blocks.add(new Paragraph(List.of(Run.italic("Địa điểm: " + conference.venue())), Align.CENTER, 13, false, 0, 0,
                    false));
        }
        blocks.add(new Paragraph(List.of(Run.plain("")), Align.CENTER, 6, false, 0, 0, false));
        blocks.add(table(delegates));
        return new PrintedDocument("Danh sách đại biểu ký tên – " + conference.title(),
                new PageSetup(false, 15, 15, 20, 12, 13, true), header(delegation), blocks, null);
    }

    private Table table(List<Delegate> delegates) {
        List<Cell> header = COLUMNS.stream().map(c -> Cell.bold(c, Align.CENTER)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        int section = 0;
        for (DelegateGroup group : DelegateGroup.values()) {
            List<Delegate> ofGroup = attending(delegates, group);
            if (ofGroup.isEmpty()) {
                continue;
            }
            section++;
            Cell heading = new Cell(List.of(new Paragraph(List.of(Run.bold(ROMAN.get(section - 1) + ". "
                    + messages.get(group.labelKey()))), Align.LEFT, 0, false, 0, 0, false)), COLUMNS.size(), 1, true);
            rows.add(List.of(heading));
            for (Delegate delegate : ofGroup) {
                number++;
                rows.add(List.of(
                        Cell.of(spaced(Integer.toString(number), Align.CENTER)),
                        Cell.of(spaced(delegate.fullName(), Align.LEFT)),
                        Cell.of(spaced(delegate.title(), Align.LEFT)),
                        Cell.of(spaced(delegate.body(), Align.LEFT)),
                        Cell.empty()));
            }
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_SIZE);
    }

    /** The group's delegates who have not declined: the ranked first by precedence, then the others as given. */
    static List<Delegate> attending(List<Delegate> delegates, DelegateGroup group) {
        return delegates.stream()
                .filter(d -> d.group() == group && d.status() != DelegateStatus.DECLINED)
                .sorted(Comparator.comparingInt((Delegate d) -> d.precedence() > 0 ? d.precedence() : Integer.MAX_VALUE))
                .toList();
    }

    private static Paragraph spaced(String text, Align align) {
        return Paragraph.of(text, align).withSpacing(ROW_SPACE, ROW_SPACE);
    }

    /** The body's header without a number or date line: a list is not a registered document of its own. */
    static OfficialHeader header(Delegation delegation) {
        IssuingBody body = delegation.issuingBody();
        return new OfficialHeader(body.parentBody(), body.name(), "", "");
    }
}
