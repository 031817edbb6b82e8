package vn.delegationdesk.reading.review.ui;

/** Node ids of the review screen, for the tests and for screen readers' tools. */
public final class ReviewIds {
    public static final String WINDOW = "review-window";
    public static final String COUNTS = "review-counts";
    public static final String SOURCE = "review-source";
    public static final String PASSAGE_FED = "review-passage-fed";
    public static final String GAPS = "review-gaps";
    public static final String UNPLACED = "review-unplaced";
    public static final String PROBLEMS = "review-problems";
    public static final String CREATE = "review-create";
    public static final String CANCEL = "review-cancel";
    public static final String STATUS = "review-status";

    private ReviewIds() {
    }

    /** The field of entry {@code key} ("task.1.2.due" → "review-entry-task-1-2-due"). */
    public static String entry(String key) {
        return "review-entry-" + key.replaceAll("[^A-Za-z0-9]", "-");
    }
}
