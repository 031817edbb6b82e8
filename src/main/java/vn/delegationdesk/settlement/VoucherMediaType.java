package vn.delegationdesk.settlement;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a voucher may be attached as, told by the file's first bytes (its signature), never by its name:
 * a Word file renamed to ".pdf" is not a PDF.
 */
public enum VoucherMediaType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] signature;

    VoucherMediaType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** "application/pdf", "image/png", "image/jpeg": what {@link VoucherFile#mediaType()} holds. */
    public String mediaType() {
        return mediaType;
    }

    /** The kind whose signature {@code content} starts with; empty for anything else (a Word file, a text, a GIF). */
    public static Optional<VoucherMediaType> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> startsWith(content, kind.signature)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
