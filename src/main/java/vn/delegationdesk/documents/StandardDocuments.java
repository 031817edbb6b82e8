package vn.delegationdesk.documents;

import java.util.Map;

/**
 * The real pack: every document's builder and both writers. The builders and writers are written on their own
 * branches; this class is where they meet.
 */
public final class StandardDocuments {
    private StandardDocuments() {
    }

    /** Every builder and writer of the pack. */
    public static DocumentPack pack() {
        // Filled at merge: the seven builders of documents.content and the PDF and Word writers.
        return new DocumentPack(Map.of(), Map.of());
    }

    /** The travel order of one member alone. */
    public static DocumentBuilder travelOrdersOf(String memberId) {
        // Filled at merge: TravelOrdersDocument.forMember(memberId).
        return source -> {
            throw new IllegalStateException("no builder for the travel orders of " + memberId);
        };
    }
}
