package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * Blocks that stand on one page together, moved whole to the next page rather than parted: the itinerary's contacts
 * under their heading. For a few lines; a writer lays out anything longer than a page as it comes.
 */
public record KeptTogether(List<Block> blocks) implements Block {
    public KeptTogether {
        blocks = List.copyOf(blocks);
        if (blocks.stream().anyMatch(PageBreak.class::isInstance)) {
            throw new IllegalArgumentException("a page break cannot be kept together with anything");
        }
    }
}
