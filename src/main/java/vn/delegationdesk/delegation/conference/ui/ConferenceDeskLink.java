package vn.delegationdesk.delegation.conference.ui;

/**
 * The conference's desk (its delegate list and its check-in), as the conference tab reaches it: the desk is a feature
 * of its own that depends on delegations, so the tab knows it only through this port, which the application fills.
 */
public interface ConferenceDeskLink {
    /** One line on the stored desk of {@code conferenceId} ("180 đại biểu · 174 xác nhận dự · 12 đã đến"). */
    String summary(String conferenceId);

    /** Opens the delegate list of {@code conferenceId}; {@code closed} runs when its window closes. */
    void openDelegates(String conferenceId, Runnable closed);

    /** Opens the check-in desk of {@code conferenceId}; {@code closed} runs when its window closes. */
    void openCheckIn(String conferenceId, Runnable closed);
}
