package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.documents.layout.Align;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.SignatureBlock;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;

/**
 * A small administrative document built straight in the layout model, using every kind of block: the
 * header of plan 125/KH-SVHTT, a title with its rule, several pages of body text, a member table whose
 * header row repeats on its second page, the closing signed by Bạch Liên Hương, and a personal-data note.
 */
public final class LayoutSamples {
    public static final String NUMBER_LINE = "Số: 125/KH-SVHTT";
    public static final String PLACE_DATE = "Hà Nội, ngày 05 tháng 02 năm 2026";
    public static final String TITLE = "KẾ HOẠCH";
    public static final String SUBJECT = "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế tại tỉnh Đắk Lắk "
            + "và tỉnh Lâm Đồng";
    public static final String FOOTER = "Tài liệu có thông tin cá nhân, chỉ dùng cho công tác của đoàn.";
    public static final String SIGNER = "Bạch Liên Hương";
    public static final String TABLE_HEADER_NAME = "Họ và tên";
    public static final String TABLE_HEADER_UNIT = "Đơn vị công tác";
    public static final String HEADING = "I. MỤC ĐÍCH, YÊU CẦU";
    public static final String BODY_START = "Thực hiện Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Thành ủy Hà Nội";
    public static final int TABLE_ROWS = 40;

    private static final String BODY = BODY_START + " về phát triển công nghiệp văn hóa trên địa bàn Thủ đô giai đoạn "
            + "2021-2025, định hướng đến năm 2030, tầm nhìn đến năm 2045; Kế hoạch số 628/KH-SVHTT ngày 30/8/2024 của "
            + "Sở Văn hóa và Thể thao về triển khai thi hành Luật Thủ đô, Sở Văn hóa và Thể thao thành phố Hà Nội xây "
            + "dựng kế hoạch tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý, hoạt động "
            + "phát triển công nghiệp văn hóa; việc đầu tư nguồn nhân lực và biện pháp ưu tiên các nguồn lực “nhằm quản "
            + "lý, khai thác, sử dụng hiệu quả” – cụ thể như sau…";
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] GIVEN = {"Thị Thu Hằng", "Văn Đức", "Minh Tuấn", "Thị Ngọc Ánh", "Quốc Việt",
        "Thị Hương Giang", "Hữu Nghĩa", "Thị Kiều Oanh", "Xuân Trường", "Thị Mỹ Dung"};

    private LayoutSamples() {
    }

    /** The plan-like sample: four to five A4 pages, page numbers from page 2. */
    public static PrintedDocument official() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(List.of(Run.bold(TITLE)), Align.CENTER, 14, false, 6, 0, true));
        blocks.add(new Paragraph(List.of(Run.bold(SUBJECT)), Align.CENTER, 14, false, 0, 0, true));
        blocks.add(new Rule(0.3f));
        blocks.add(new Spacer(6));
        blocks.add(Paragraph.body(BODY));
        blocks.add(Paragraph.heading(HEADING));
        for (int i = 1; i <= 5; i++) {
            blocks.add(Paragraph.body(List.of(Run.plain(i + ". "), Run.italic("Nội dung thứ " + i + ": "),
                    Run.plain(BODY.substring(BODY_START.length()).strip()))));
        }
        blocks.add(Paragraph.heading("II. THÀNH PHẦN ĐOÀN"));
        blocks.add(memberTable());
        blocks.add(new Paragraph(List.of(Run.plain("Ghi chú: "), new Run("danh sách có thể thay đổi", false, false, true),
                Run.plain(".")), Align.LEFT, 13, false, 0, 6, false));
        blocks.add(Paragraph.body("Trên đây là Kế hoạch tổ chức Đoàn khảo sát của Sở Văn hóa và Thể thao; đề nghị các "
                + "phòng, đơn vị căn cứ nội dung kế hoạch tổ chức thực hiện./."));
        blocks.add(new Closing(List.of("- Ban Giám đốc Sở;", "- Chánh VP Sở;", "- Các phòng, đơn vị sự nghiệp thuộc Sở;",
                "- UBND các phường, xã (để p/h thực hiện);", "- Lưu: VT, TCPC."),
                new SignatureBlock(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "", SIGNER)));
        blocks.add(new PageBreak());
        blocks.add(new Paragraph(List.of(Run.bold("PHỤ LỤC")), Align.CENTER, 14, false, 0, 6, false));
        blocks.add(Paragraph.body("Trang phụ lục sau dấu ngắt trang."));
        OfficialHeader header = new OfficialHeader("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", NUMBER_LINE,
                PLACE_DATE);
        return new PrintedDocument("Kế hoạch tổ chức Đoàn khảo sát tỉnh Đắk Lắk và tỉnh Lâm Đồng", PageSetup.administrative(),
                header, blocks, FOOTER);
    }

    /** "Nguyễn Thị Thu Hằng" ... the name of member {@code index} (0-based) in the sample table. */
    public static String memberName(int index) {
        return SURNAMES[index % SURNAMES.length] + " " + GIVEN[(index / SURNAMES.length + index) % GIVEN.length];
    }

    private static Table memberTable() {
        List<Cell> header = List.of(Cell.bold("TT", Align.CENTER).shade(), Cell.bold(TABLE_HEADER_NAME, Align.CENTER).shade(),
                Cell.bold(TABLE_HEADER_UNIT, Align.CENTER).shade(), Cell.bold("Ghi chú", Align.CENTER).shade());
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.bold("A. Lãnh đạo Sở", Align.LEFT).spanning(4)));
        for (int i = 0; i < TABLE_ROWS; i++) {
            String unit = i % 7 == 0 ? "Phòng Quản lý Di sản văn hóa, Sở Văn hóa và Thể thao Hà Nội" : "Nhà hát Chèo Hà Nội";
            rows.add(List.of(Cell.of(String.valueOf(i + 1), Align.CENTER), Cell.of(memberName(i), Align.LEFT),
                    Cell.of(unit, Align.LEFT), Cell.empty()));
        }
        return new Table(List.of(1f, 5f, 7f, 2f), List.of(header), rows, true, 13);
    }
}
