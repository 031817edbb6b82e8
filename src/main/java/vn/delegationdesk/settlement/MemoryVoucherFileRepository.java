package vn.delegationdesk.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Voucher files kept in memory: for services built without a store (tests, the window's tests of other features). */
public final class MemoryVoucherFileRepository implements VoucherFileRepository {
    private record Kept(VoucherFile file, byte[] bytes) {
    }

    private final Map<Long, Kept> files = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized VoucherFile attach(long delegationId, String supplier, String number, String fileName,
            String mediaType, byte[] bytes, String by, Instant at) {
        VoucherFile file = new VoucherFile(++lastId, delegationId, supplier, number, fileName, mediaType, bytes.length,
                VoucherFile.sha256Of(bytes), at, by);
        files.put(file.id(), new Kept(file, bytes.clone()));
        return file;
    }

    @Override
    public synchronized List<VoucherFile> list(long delegationId) {
        List<VoucherFile> list = new ArrayList<>();
        for (Kept kept : files.values()) {
            if (kept.file().delegationId() == delegationId) {
                list.add(kept.file());
            }
        }
        return list;
    }

    @Override
    public synchronized Optional<VoucherFile> find(long id) {
        return Optional.ofNullable(files.get(id)).map(Kept::file);
    }

    @Override
    public synchronized byte[] content(long id) {
        Kept kept = files.get(id);
        if (kept == null) {
            throw new NoSuchElementException("no voucher file with id " + id);
        }
        return kept.bytes().clone();
    }

    @Override
    public synchronized boolean remove(long id) {
        return files.remove(id) != null;
    }
}
