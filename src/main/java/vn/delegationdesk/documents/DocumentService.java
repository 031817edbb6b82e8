package vn.delegationdesk.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.platform.logging.Operation;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The documents feature's entry point: each delegation's document settings, and its documents made from a
 * {@link DocumentSource} and written to bytes or files. A file is written through {@link ReplacingFileWriter},
 * so a failed write leaves the file that was there. The pack is taken from {@code pack} on first use (its
 * fonts need not load for a command that makes no document). Rendering (the preview) and writing are lines of the
 * support log: the document, its format, its size and the time taken.
 */
public final class DocumentService {
    private static final OperationLog LOG = OperationLog.of(DocumentService.class);
    private final DocumentSettingsRepository settings;
    private final Supplier<DocumentPack> packSource;
    private final Function<String, DocumentBuilder> memberOrders;
    private final RoleGate gate;
    private final LongFunction<SettlementFigures> settlements;
    private DocumentPack pack;

    /**
     * @param memberOrders the builder of one member's travel order ("Giấy đi đường" of that member alone),
     *     by member id
     */
    public DocumentService(DocumentSettingsRepository settings, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders) {
        this(settings, pack, memberOrders, RoleGate.everyRole(() -> ""));
    }

    /** Saving a delegation's document settings needs the role of an organiser, who drafts the documents. */
    public DocumentService(DocumentSettingsRepository settings, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders, RoleGate gate) {
        this(settings, pack, memberOrders, gate, id -> SettlementFigures.none());
    }

    /**
     * As {@link #DocumentService(DocumentSettingsRepository, Supplier, Function, RoleGate)}, with where a stored
     * delegation's settlement figures are read ({@code settlements}, by delegation id; {@link SettlementFigures#none()}
     * when it has no settlement).
     */
    public DocumentService(DocumentSettingsRepository settings, Supplier<DocumentPack> pack,
            Function<String, DocumentBuilder> memberOrders, RoleGate gate, LongFunction<SettlementFigures> settlements) {
        this.settlements = Objects.requireNonNull(settlements, "settlements");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.packSource = Objects.requireNonNull(pack, "pack");
        this.memberOrders = Objects.requireNonNull(memberOrders, "memberOrders");
    }

    /** The settings of a stored delegation; the defaults when none were saved or the delegation is not stored yet. */
    public DocumentSettings settings(Long delegationId) {
        return delegationId == null ? DocumentSettings.defaults()
                : settings.find(delegationId).orElse(DocumentSettings.defaults());
    }

    /** What a stored delegation's settlement gives its documents; none for a delegation not stored yet. */
    public SettlementFigures settlementFigures(Long delegationId) {
        return delegationId == null ? SettlementFigures.none()
                : Objects.requireNonNull(settlements.apply(delegationId), "settlement figures");
    }

    /**
     * Stores the settings of a delegation.
     *
     * @throws ValidationException storing nothing, when a text breaks the text policy ({@link DocumentSettingsValidator})
     */
    public void saveSettings(long delegationId, DocumentSettings value) {
        gate.require(Role.ORGANISER, "people.action.saveDocumentSettings");
        List<ValidationError> errors = DocumentSettingsValidator.validate(Objects.requireNonNull(value, "settings"), "");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        settings.save(delegationId, value);
    }

    /** The bytes of {@code file} made from {@code source}: a PDF or a .docx. */
    public byte[] render(DocumentFile file, DocumentSource source) {
        return render(file, source, null);
    }

    /**
     * As {@link #render(DocumentFile, DocumentSource)}; with a {@code memberId} the travel orders are those of
     * that member alone (other documents ignore it).
     *
     * @throws DocumentWriteException naming the file when the document cannot be made
     */
    public byte[] render(DocumentFile file, DocumentSource source, String memberId) {
        return LOG.call("render", op -> {
            describe(op, file, source, memberId);
            byte[] bytes = make(file, source, memberId);
            op.count("bytes", bytes.length);
            return bytes;
        });
    }

    private byte[] make(DocumentFile file, DocumentSource source, String memberId) {
        try {
            DocumentPack documents = pack();
            if (memberId != null && !memberId.isBlank() && file.kind() == DocumentKind.TRAVEL_ORDERS) {
                PrintedDocument one = memberOrders.apply(memberId).build(source);
                return documents.write(file.format(), one);
            }
            return documents.render(file, source);
        } catch (DocumentWriteException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DocumentWriteException.of("documents.error.cannotMake", String.valueOf(e), e, kindName(file.kind()),
                    file.fileName(), reasonOfMaking(e));
        }
    }

    /** Writes {@code file} to {@code target}, replacing it only once the whole document was written. */
    public void write(DocumentFile file, DocumentSource source, Path target) {
        write(file, source, null, target);
    }

    /**
     * As {@link #write(DocumentFile, DocumentSource, Path)}, with the travel orders of one member when
     * {@code memberId} is given.
     *
     * @throws DocumentWriteException with the Vietnamese sentence naming the file and the reason; the old file
     *         (if any) is then as it was and no temporary file stays behind
     */
    public void write(DocumentFile file, DocumentSource source, String memberId, Path target) {
        LOG.call("write-document", op -> {
            describe(op, file, source, memberId);
            writeOne(file, source, memberId, target);
            return target;
        });
    }

    private void writeOne(DocumentFile file, DocumentSource source, String memberId, Path target) {
        byte[] bytes = make(file, source, memberId);
        try {
            ReplacingFileWriter.write(target, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            throw DocumentWriteException.of("documents.error.cannotWrite", String.valueOf(e), e,
                    target.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e));
        }
    }

    /** Writes each of {@code files} into {@code dir} under its {@link DocumentFile#fileName()}; the paths written, in order. */
    public List<Path> writeAll(Collection<DocumentFile> files, DocumentSource source, Path dir) {
        return writeAll(files, source, null, dir);
    }

    /**
     * As {@link #writeAll(Collection, DocumentSource, Path)}, with the travel orders of one member when
     * {@code memberId} is given. Creates {@code dir} when missing. Stops at the first file that fails; the files
     * written before it stay.
     */
    public List<Path> writeAll(Collection<DocumentFile> files, DocumentSource source, String memberId, Path dir) {
        return writeAll(files, source, memberId, dir, DocumentFile::fileName);
    }

    /** As {@link #writeAll(Collection, DocumentSource, String, Path)}, each file under the name {@code names} gives it. */
    public List<Path> writeAll(Collection<DocumentFile> files, DocumentSource source, String memberId, Path dir,
            Function<DocumentFile, String> names) {
        return LOG.call("write-documents", op -> {
            Set<DocumentFile> distinct = new LinkedHashSet<>(files);
            op.id("delegation", source.delegation().id()).count("files", distinct.size()).code("member", memberId != null);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw DocumentWriteException.of("documents.error.cannotMakeFolder", String.valueOf(e), e,
                        dir.toAbsolutePath().toString(), WriteFailures.reason(e));
            }
            List<Path> written = new ArrayList<>();
            for (DocumentFile file : distinct) {
                Path target = dir.resolve(names.apply(file));
                writeOne(file, source, memberId, target);
                written.add(target);
            }
            return written;
        });
    }

    /** The log line's details: the delegation's id, the document, its format, and whether it is one member's. */
    private static void describe(Operation op, DocumentFile file, DocumentSource source, String memberId) {
        op.id("delegation", source.delegation().id()).code("doc", file.kind()).code("format", file.format().extension())
                .code("member", memberId != null && !memberId.isBlank());
    }

    private synchronized DocumentPack pack() {
        if (pack == null) {
            pack = Objects.requireNonNull(packSource.get(), "pack");
        }
        return pack;
    }

    /** "Kế hoạch", "Giấy đi đường (C16-HD)": the document's name as the documents screen lists it. */
    public static Phrase kindName(DocumentKind kind) {
        return Phrase.of("documents.kind." + kind.name());
    }

    /** A pack without this document (not wired yet) and any other failure, in words the user can pass on. */
    private static Phrase reasonOfMaking(RuntimeException e) {
        return e instanceof IllegalStateException ? Phrase.of("documents.reason.unavailable")
                : Phrase.of("documents.reason.other", e.getClass().getSimpleName());
    }
}
