package vn.delegationdesk.abroad;

/** The sections of an estimate abroad in the finance office's order, with their printed titles. */
public enum AbroadSection {
    TRAVEL("Chi phí đi lại"),
    PER_DIEM("Tiền ăn và tiêu vặt (phụ cấp lưu trú)"),
    LODGING("Tiền thuê chỗ ở"),
    OTHER("Chi phí khác");

    private final String title;

    AbroadSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
