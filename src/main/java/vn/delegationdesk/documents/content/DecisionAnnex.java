package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Table;

/**
 * The decision's annex "Danh sách thành viên đoàn": a table of the members grouped by the plan's composition
 * groups — a shaded row per group ("II. Đại diện các phòng … (12 người)") over its members, numbered on
 * across groups in the order of the member list; members of no known group come last under "Khác".
 */
final class DecisionAnnex {
    static final String TITLE = "DANH SÁCH THÀNH VIÊN ĐOÀN";
    static final String OTHERS = "Khác";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    /**
     * Millimetres of the 165 mm text column, measured in Liberation Serif 11 pt with the cells' padding: a
     * usual name, "Phó Trưởng phòng", "Phòng Tổ chức - Pháp chế", and "Trưởng đoàn" each stay on
     * one line. Six columns do not fit at the body's 12 pt of the other tables without wrapping most rows.
     */
    private static final List<Float> WIDTHS = List.of(10f, 35f, 32f, 43.5f, 23f, 21.5f);
    private static final float TABLE_FONT = 11;
    private static final int COLUMNS = 6;

    private DecisionAnnex() {
    }

    static List<Block> of(Delegation d, DocumentSettings settings) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.centered(Run.bold(TITLE)));
        blocks.add(new Paragraph(List.of(Run.italic(attachedTo(d, settings.decision()))), Align.CENTER, 0, false, 0, 3, false));
        blocks.add(new Rule(0.3f));
        blocks.add(table(d));
        return blocks;
    }

    /** "(Kèm theo Quyết định số      /QĐ-SVHTT ngày    /10/2025 của Giám đốc Sở Văn hóa và Thể thao)". */
    static String attachedTo(Delegation d, IssueNumber decision) {
        String number = OfficialParts.reference(decision.number(), OfficialParts.symbol(d.issuingBody(), "QĐ"));
        String date = DelegationWording.citeDate(decision.date(), d.firstDate().orElse(null));
        return "(Kèm theo Quyết định số " + number + " ngày " + date + OfficialParts.of(issuerInSentence(d)) + ")";
    }

    /** "Giám đốc Sở Văn hóa và Thể thao": who issues the decision, as a sentence names them. */
    private static String issuerInSentence(Delegation d) {
        Signer signer = d.signer();
        String title = signer.signsOnBehalf() ? signer.principalTitle() : signer.title();
        String body = OfficialParts.bodyInSentence(d);
        return title.isEmpty() ? body : DelegationWording.sentenceCase(title) + " " + body;
    }

    private static Table table(Delegation d) {
        List<Cell> header = List.of(head("STT"), head("Họ và tên"), head("Chức vụ"), head("Đơn vị công tác"),
                head("Nhiệm vụ trong đoàn"), head("Ghi chú"));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        int groupIndex = 0;
        for (MemberGroup group : d.groups()) {
            List<Member> members = d.members().stream().filter(m -> m.groupId().equals(group.id())).toList();
            if (!members.isEmpty()) {
                rows.add(groupRow(groupIndex++, group.name(), members.size()));
                number = memberRows(members, number, rows);
            }
        }
        Set<String> known = d.groups().stream().map(MemberGroup::id).collect(Collectors.toSet());
        List<Member> others = d.members().stream().filter(m -> !known.contains(m.groupId())).toList();
        if (!others.isEmpty()) {
            if (!d.groups().isEmpty()) {
                rows.add(groupRow(groupIndex, OTHERS, others.size()));
            }
            memberRows(others, number, rows);
        }
        return new Table(WIDTHS, List.of(header), rows, true, TABLE_FONT);
    }

    private static Cell head(String text) {
        return Cell.bold(text, Align.CENTER);
    }

    /** "I. Lãnh đạo đoàn (01 người)", bold across the table on a shaded row. */
    private static List<Cell> groupRow(int index, String name, int members) {
        String numeral = index < ROMAN.length ? ROMAN[index] + ". " : "";
        return List.of(Cell.bold(numeral + name + " (" + DelegationWording.people(members) + ")", Align.LEFT)
                .spanning(COLUMNS).shade());
    }

    private static int memberRows(List<Member> members, int first, List<List<Cell>> rows) {
        int number = first;
        for (Member m : members) {
            rows.add(List.of(Cell.of(Integer.toString(number++), Align.CENTER), Cell.of(m.fullName(), Align.LEFT),
                    Cell.of(m.position(), Align.LEFT), Cell.of(m.sendingUnit(), Align.LEFT),
                    Cell.of(DelegationWording.roleName(m.role()), Align.CENTER), Cell.of(m.notes(), Align.LEFT)));
        }
        return number;
    }
}
