package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * The end of an administrative document: "Nơi nhận:" with its list on the left (12 pt bold italic, items
 * 11 pt), the signature block on the right. Kept together on one page.
 */
public record Closing(List<String> recipients, SignatureBlock signature) implements Block {
    public Closing {
        recipients = List.copyOf(recipients);
    }
}
