package vn.delegationdesk.app.transfer;

/** What to do with a laptop delegation the server already holds (see {@link TransferIdentity}). */
public enum ClashChoice {
    /** Leave it on the laptop; the server keeps its own. */
    SKIP,
    /** Copy it with a title saying it is the copy brought to the server. */
    RENAME
}
