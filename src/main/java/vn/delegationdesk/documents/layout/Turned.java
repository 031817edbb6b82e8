package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * Blocks printed upside down (turned half a circle) where they stand, kept on one page: the back face of a name card
 * folded into a tent, which reads the right way up once the card stands. A Word file lays them out upright.
 */
public record Turned(List<Block> blocks) implements Block {
    public Turned {
        blocks = List.copyOf(blocks);
        if (blocks.stream().anyMatch(PageBreak.class::isInstance)) {
            throw new IllegalArgumentException("a page break cannot be turned");
        }
    }
}
