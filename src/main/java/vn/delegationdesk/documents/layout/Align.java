package vn.delegationdesk.documents.layout;

/** Horizontal alignment of a paragraph. Body text of an administrative document is justified. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFIED
}
