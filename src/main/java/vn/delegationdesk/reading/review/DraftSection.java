package vn.delegationdesk.reading.review;

import java.util.List;

/** A titled part of a draft on the review screen ("Văn bản", "Nhiệm vụ" …) and its entries in the source's order. */
public record DraftSection(String title, List<DraftEntry> entries) {
    public DraftSection {
        entries = List.copyOf(entries);
    }
}
