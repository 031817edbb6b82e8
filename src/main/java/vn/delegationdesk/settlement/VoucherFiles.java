package vn.delegationdesk.settlement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * The scans and PDFs of a settlement's vouchers: attaching one copies the file's bytes into the store (so they live in
 * the data folder and its backups; the path it came from is never kept), saving one out writes the stored bytes to a
 * file the user chooses so they can open it. Attaching and removing need the finance role. A file is accepted only as a
 * PDF, PNG or JPEG judged by its first bytes (not its name), of at most {@link #MAX_BYTES} (its size is checked before it
 * is read), and not empty; each refusal names the file ("Tệp chứng từ «hoadon.docx»: …"). While the delegation's books
 * are closed no file is attached or removed ({@link SettlementClosed}): they are the evidence of what was closed.
 */
public final class VoucherFiles {
    /** The largest file attached: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MEGABYTES = 20;
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);
    private static final String ATTACH = "people.action.attachVoucherFile";
    private static final String REMOVE = "people.action.removeVoucherFile";

    private final VoucherFileRepository repository;
    private final RoleGate gate;
    private final Clock clock;
    private final LongFunction<List<SettlementClosing>> closings;

    /** Without closings of the books to respect: for services built without a settlement (tests of other features). */
    public VoucherFiles(VoucherFileRepository repository, RoleGate gate, Clock clock) {
        this(repository, gate, clock, id -> List.of());
    }

    /** {@code closings} gives a delegation's closings of the books, oldest first ({@code SettlementService::closings}). */
    public VoucherFiles(VoucherFileRepository repository, RoleGate gate, Clock clock,
            LongFunction<List<SettlementClosing>> closings) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.closings = Objects.requireNonNull(closings, "closings");
    }

    /** Why the person working may not attach or remove voucher files; empty when they may. */
    public Optional<Phrase> whyNotAttach() {
        return gate.whyNot(Role.FINANCE, ATTACH);
    }

    /**
     * Reads {@code file} and stores a copy of it as a file of {@code voucher} in the settlement of delegation
     * {@code delegationId}, attached by the person working, now; the file as stored.
     *
     * @throws vn.delegationdesk.people.RoleRefused without the finance role
     * @throws SettlementClosed while the delegation's books are closed
     * @throws VoucherFileException when the file is refused (nothing is stored then)
     */
    public VoucherFile attach(long delegationId, Voucher voucher, Path file) {
        Objects.requireNonNull(voucher, "voucher");
        gate.require(Role.FINANCE, ATTACH);
        requireOpenBooks(delegationId);
        Path name = file.getFileName();
        String fileName = Texts.clean(name == null ? file.toString() : name.toString());
        if (voucher.number().isEmpty() || voucher.supplier().isEmpty()) {
            throw refused("settlement.voucherFile.error.noVoucher", "the voucher has no number or supplier", null, fileName);
        }
        if (fileName.length() > SettlementLimits.FILE_NAME.maxLength()) {
            throw refused("settlement.voucherFile.error.nameTooLong", "file name too long", null, fileName,
                    fileName.length(), SettlementLimits.FILE_NAME.maxLength());
        }
        byte[] bytes = read(file, fileName);
        VoucherMediaType type = VoucherMediaType.of(bytes).orElseThrow(() -> refused(
                "settlement.voucherFile.error.notAccepted", "neither PDF, PNG nor JPEG by its signature", null, fileName));
        String sha256 = VoucherFile.sha256Of(bytes);
        for (VoucherFile kept : repository.list(delegationId)) {
            if (kept.supports(voucher) && kept.sha256().equals(sha256)) {
                throw refused("settlement.voucherFile.error.alreadyAttached", "the same content is attached as " + kept.id(),
                        null, fileName, voucher.number(), voucher.supplier(), kept.fileName());
            }
        }
        return repository.attach(delegationId, voucher.supplier(), voucher.number(), fileName, type.mediaType(), bytes,
                gate.user().name(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The files attached in the delegation's settlement, the first attached first. */
    public List<VoucherFile> list(long delegationId) {
        return repository.list(delegationId);
    }

    /** The files attached to {@code voucher} in the delegation's settlement, the first attached first. */
    public List<VoucherFile> filesOf(long delegationId, Voucher voucher) {
        return repository.list(delegationId).stream().filter(file -> file.supports(voucher)).toList();
    }

    /**
     * Removes file {@code id} from the store; false when it was already gone.
     *
     * @throws vn.delegationdesk.people.RoleRefused without the finance role
     * @throws SettlementClosed while the books of its delegation are closed
     */
    public boolean remove(long id) {
        gate.require(Role.FINANCE, REMOVE);
        Optional<VoucherFile> file = repository.find(id);
        if (file.isEmpty()) {
            return false;
        }
        requireOpenBooks(file.get().delegationId());
        return repository.remove(id);
    }

    /** Whether the delegation's books are closed now, so that no file may be attached or removed. */
    public boolean booksClosed(long delegationId) {
        List<SettlementClosing> all = closings.apply(delegationId);
        return !all.isEmpty() && all.get(all.size() - 1).inForce();
    }

    private void requireOpenBooks(long delegationId) {
        if (booksClosed(delegationId)) {
            throw new SettlementClosed("settlement.closed.refused");
        }
    }

    /**
     * Writes the stored bytes of file {@code id} to {@code target}, replacing it only once the whole file was written.
     *
     * @throws VoucherFileException when the file was removed meanwhile or {@code target} cannot be written (an old file
     *         there is then as it was)
     */
    public void exportTo(long id, Path target) {
        byte[] bytes;
        try {
            bytes = repository.content(id);
        } catch (NoSuchElementException e) {
            throw new VoucherFileException("settlement.voucherFile.error.gone", "no voucher file " + id, e);
        }
        try {
            ReplacingFileWriter.write(target, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            Path name = target.toAbsolutePath().getFileName();
            throw new VoucherFileException("settlement.voucherFile.error.cannotWrite", String.valueOf(e), e,
                    name == null ? target.toString() : name.toString(), WriteFailures.reason(e));
        }
    }

    /** The file's bytes, its size checked first and again while reading (it may grow meanwhile). */
    private static byte[] read(Path file, String fileName) {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw refused("settlement.voucherFile.error.unreadable", "a folder", null, fileName,
                        Phrase.of("settlement.voucherFile.reason.folder"));
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        if (size > MAX_BYTES) {
            throw tooLarge(fileName, size);
        }
        if (size == 0) {
            throw refused("settlement.voucherFile.error.empty", "empty file", null, fileName);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName, bytes.length);
        }
        if (bytes.length == 0) {
            throw refused("settlement.voucherFile.error.empty", "empty file", null, fileName);
        }
        return bytes;
    }

    private static VoucherFileException tooLarge(String fileName, long size) {
        BigDecimal megabytes = BigDecimal.valueOf(size).divide(MEGABYTE, 1, RoundingMode.UP);
        return refused("settlement.voucherFile.error.tooLarge", size + " bytes", null, fileName, megabytes, MEGABYTES);
    }

    private static VoucherFileException unreadable(String fileName, IOException e) {
        String reason = e instanceof NoSuchFileException ? "settlement.voucherFile.reason.missing"
                : e instanceof AccessDeniedException ? "settlement.voucherFile.reason.denied"
                : "settlement.voucherFile.reason.other";
        return refused("settlement.voucherFile.error.unreadable", String.valueOf(e), e, fileName, Phrase.of(reason));
    }

    private static VoucherFileException refused(String key, String detail, Throwable cause, Object... args) {
        return new VoucherFileException(key, detail, cause, args);
    }
}
