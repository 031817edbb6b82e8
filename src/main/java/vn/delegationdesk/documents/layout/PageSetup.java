package vn.delegationdesk.documents.layout;

/**
 * Paper and margins in millimetres, the body's font size in points, and whether page numbers are printed
 * (centred in the top margin, from page 2 on, as Nghị định 30/2020 asks).
 */
public record PageSetup(boolean landscape, float topMm, float bottomMm, float leftMm, float rightMm, float fontSize,
        boolean pageNumbers) {
    /** A4 portrait, margins 20/20/30/15 mm, 14 pt, page numbers from page 2: the administrative document. */
    public static PageSetup administrative() {
        return new PageSetup(false, 20, 20, 30, 15, 14, true);
    }

    /** A4 landscape with the same margins turned, 13 pt: wide tables such as the estimate. */
    public static PageSetup landscapeTable() {
        return new PageSetup(true, 20, 20, 25, 15, 13, true);
    }

    /** A4 portrait form such as the Giấy đi đường: narrower margins, 12 pt, no page numbers. */
    public static PageSetup form() {
        return new PageSetup(false, 15, 15, 20, 15, 12, false);
    }

    /** The width of the text column in points: the paper's width less the left and right margins. */
    public float textWidthPoints() {
        float paperMm = landscape ? 297 : 210;
        return (paperMm - leftMm - rightMm) * 72f / 25.4f;
    }

    public PageSetup withFontSize(float size) {
        return new PageSetup(landscape, topMm, bottomMm, leftMm, rightMm, size, pageNumbers);
    }

    public PageSetup withPageNumbers(boolean numbered) {
        return new PageSetup(landscape, topMm, bottomMm, leftMm, rightMm, fontSize, numbered);
    }
}
