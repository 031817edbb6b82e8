package vn.delegationdesk.documents.layout;

/** Empty vertical space, in points: room for a signature or a stamp. */
public record Spacer(float points) implements Block {
}
