package vn.delegationdesk.documents.layout;

import java.util.Objects;

/**
 * A QR code of {@code payload}, {@code sizeMm} wide and high, at the left of the text column: what a desk's scanner reads
 * from a printed invitation ("DD1|hoi-nghi-dak-lak|hoi-nghi-dak-lak-001"). A Word file carries the payload as a small line
 * of text instead.
 */
public record QrCode(String payload, float sizeMm) implements Block {
    public QrCode {
        Objects.requireNonNull(payload, "payload");
        if (payload.isEmpty() || sizeMm <= 0) {
            throw new IllegalArgumentException("a QR code carries something and has a size");
        }
    }
}
