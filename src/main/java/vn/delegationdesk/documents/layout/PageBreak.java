package vn.delegationdesk.documents.layout;

/** Starts a new page: one travel order per page, an annex after its decision. */
public record PageBreak() implements Block {
}
