package vn.delegationdesk.documents.ui;

/**
 * One page of a document as pixels, for the preview: page {@code index} (from 0) of {@code pageCount}, packed
 * ARGB row by row. Kept free of any toolkit so that the view model holds it and the view draws it.
 */
public record PreviewPage(int index, int pageCount, int width, int height, int[] argb) {
    public PreviewPage {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match the size " + width + "x" + height);
        }
        if (index < 0 || index >= pageCount) {
            throw new IllegalArgumentException("page " + index + " of " + pageCount);
        }
    }
}
