package vn.delegationdesk.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the files attached to a settlement's vouchers are kept, their bytes copied in: they live in the store (the data
 * folder and its backups), never as a reference to where the user had them. Each write is one transaction. A
 * delegation with attached files cannot be deleted until they are removed.
 */
public interface VoucherFileRepository {
    /**
     * Stores a copy of {@code bytes} as a file of the voucher {@code number} from {@code supplier} in the settlement of
     * delegation {@code delegationId}; the file as stored, with its new id, size and SHA-256.
     */
    VoucherFile attach(long delegationId, String supplier, String number, String fileName, String mediaType, byte[] bytes,
            String by, Instant at);

    /** The files attached in the delegation's settlement, the first attached first; without their bytes. */
    List<VoucherFile> list(long delegationId);

    /** The file {@code id} as stored, without its bytes; empty when there is none (removed meanwhile). */
    Optional<VoucherFile> find(long id);

    /**
     * The bytes of file {@code id}, exactly as attached.
     *
     * @throws java.util.NoSuchElementException when there is no such file (removed meanwhile)
     */
    byte[] content(long id);

    /** Removes file {@code id}; false when there was none. */
    boolean remove(long id);
}
