package vn.delegationdesk.documents.layout;

/**
 * A short solid line centred under the text above it, {@code widthFraction} of the text column wide:
 * the line under the trích yếu of a document.
 */
public record Rule(float widthFraction) implements Block {
}
