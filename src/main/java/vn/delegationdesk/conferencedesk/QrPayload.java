package vn.delegationdesk.conferencedesk;

import java.util.Optional;

/**
 * What the QR code of an invitation carries: {@code DD1|<conferenceId>|<delegateId>}, the format's version, the
 * conference and the delegate. A USB scanner types it like a keyboard into the check-in box, so it is plain ASCII-safe
 * text with no line break; the ids must not hold a "|".
 */
public record QrPayload(String conferenceId, String delegateId) {
    /** The text every payload of this format starts with. */
    public static final String PREFIX = "DD1|";

    public QrPayload {
        if (!valid(conferenceId) || !valid(delegateId)) {
            throw new IllegalArgumentException("a QR payload needs ids without '|': " + conferenceId + ", " + delegateId);
        }
    }

    private static boolean valid(String id) {
        return id != null && !id.isBlank() && id.indexOf('|') < 0 && id.strip().equals(id);
    }

    /** "DD1|hn-2025|3f2a…". */
    public String format() {
        return PREFIX + conferenceId + "|" + delegateId;
    }

    /** True when {@code text} (as typed or scanned, spaces around ignored) starts like a payload of this format. */
    public static boolean looksLikePayload(String text) {
        return text != null && text.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The payload in {@code text}; empty when it is not one of this format (another prefix, a part missing or blank). */
    public static Optional<QrPayload> parse(String text) {
        if (!looksLikePayload(text)) {
            return Optional.empty();
        }
        String[] parts = text.strip().substring(PREFIX.length()).split("\\|", -1);
        if (parts.length != 2 || !valid(parts[0]) || !valid(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new QrPayload(parts[0], parts[1]));
    }
}
