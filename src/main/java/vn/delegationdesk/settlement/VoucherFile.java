package vn.delegationdesk.settlement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A scan or PDF of a voucher, copied into the store when it was attached: the voucher it supports (within the
 * delegation's settlement a voucher is its supplier and number, which {@link SettlementValidator} keeps unique), the
 * file's name as it was on the user's disk (its folder is never kept), its media type judged by its first bytes, its size
 * in bytes and SHA-256 in lower-case hexadecimal, and who attached it when. The content itself is read apart
 * ({@link VoucherFileRepository#content}), so a list of files never holds their bytes.
 */
public record VoucherFile(long id, long delegationId, String supplier, String voucherNumber, String fileName,
        String mediaType, long size, String sha256, Instant attachedAt, String attachedBy) {
    public VoucherFile {
        supplier = Texts.clean(supplier);
        voucherNumber = Texts.clean(voucherNumber);
        fileName = Texts.clean(fileName);
        Objects.requireNonNull(mediaType, "mediaType");
        if (size <= 0) {
            throw new IllegalArgumentException("a voucher file has content: size " + size);
        }
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(attachedAt, "attachedAt");
        attachedBy = Texts.clean(attachedBy);
    }

    /** Whether this file supports {@code voucher}: the same supplier and number, letter case aside (as the validator compares). */
    public boolean supports(Voucher voucher) {
        return supplier.equalsIgnoreCase(voucher.supplier()) && voucherNumber.equalsIgnoreCase(voucher.number());
    }

    /** The SHA-256 of {@code bytes} in lower-case hexadecimal (64 characters). */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
