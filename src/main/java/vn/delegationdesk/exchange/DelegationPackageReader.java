package vn.delegationdesk.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.EstimateWorksheetValidator;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSettingsValidator;
import vn.delegationdesk.exchange.json.Envelope;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageText;

/**
 * Reads a delegation package (see {@code docs/package-format.md}) into a delegation without id, or
 * refuses it with EVERY problem found. Three stages, each stopping the import when it fails:
 * <ol>
 *   <li>the file: size, UTF-8, JSON syntax ({@link PackageText});</li>
 *   <li>the envelope: format name and version, refused by name when unknown, because fields of another
 *       format or version would be misread;</li>
 *   <li>the delegation: mapped by hand field by field, then checked by {@link DelegationValidator};
 *       decoding and validator errors are reported together, with those of the optional worksheet, document
 *       settings and outbound plan ({@link OutboundDecoder}, checked by the outbound validator).</li>
 * </ol>
 * Unknown fields are ignored, so a package written by a newer application that only adds fields still
 * reads. Thread-safe and stateless.
 */
public final class DelegationPackageReader {
    private final DelegationValidator validator = new DelegationValidator();

    /** The delegation of {@code file}, with id null; never returns a partly read delegation. */
    public Delegation read(Path file) throws PackageException {
        return readPackage(file).delegation();
    }

    /** Same as {@link #read(Path)} for the bytes of a package file. */
    public Delegation read(byte[] bytes) throws PackageException {
        return readPackage(bytes).delegation();
    }

    /** The whole package of {@code file}: the delegation and, when the file has them, its worksheet and settings. */
    public DelegationPackage readPackage(Path file) throws PackageException {
        return read(PackageText.load(file, PackageFormat.FILE));
    }

    /** Same as {@link #readPackage(Path)} for the bytes of a package file. */
    public DelegationPackage readPackage(byte[] bytes) throws PackageException {
        return read(PackageText.parse(PackageText.decode(bytes, PackageFormat.FILE), PackageFormat.FILE));
    }

    /** The package of a file already parsed within the limits (the command line's import, which looks at the format first). */
    DelegationPackage read(JsonNode root) {
        JsonNode body = Envelope.body(root, PackageFormat.FILE, JsonPaths.DELEGATION_FIELD, PlanPackageFormat.NAME,
                "exchange.error.isPlanPackage");
        List<ValidationError> errors = new ArrayList<>();
        Delegation delegation = DelegationDecoder.delegation(FieldReader.of(body, JsonPaths.DELEGATION, errors));
        EstimateWorksheet worksheet = PackageAttachments.worksheet(root, errors);
        errors.addAll(EstimateWorksheetValidator.validate(worksheet,
                JsonPaths.field(JsonPaths.ROOT, PackageAttachments.WORKSHEET) + "."));
        DocumentSettings documents = PackageAttachments.documents(root, errors);
        errors.addAll(DocumentSettingsValidator.validate(documents,
                JsonPaths.field(JsonPaths.ROOT, PackageAttachments.DOCUMENTS) + "."));
        OutboundPackage outbound = OutboundDecoder.outbound(root, delegation, errors);
        List<ValidationError> all = ValidatorErrorFilter.merge(errors, validator.validate(delegation));
        if (!all.isEmpty()) {
            throw new PackageException(all);
        }
        return new DelegationPackage(delegation, worksheet, documents, outbound);
    }
}
