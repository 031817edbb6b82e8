package vn.delegationdesk.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.Envelope;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonLimits;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.exchange.json.PackageText;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanValidator;

/**
 * Reads a plan package ({@code docs/plan-package-format.md}) into a plan without id, or refuses it with every problem
 * found, in the three stages of the delegation package: the file ({@link PackageText}: size, UTF-8, JSON within
 * {@link JsonLimits}), the envelope ({@link Envelope}: format and version by name; a delegation package is named as
 * such), then the plan field by field ({@link PlanDecoder}) and by {@link PlanValidator}, whose messages name the row
 * and the field in Vietnamese; the errors of both are reported together, each once. Stateless.
 */
public final class PlanPackageReader {
    /** The plan of {@code file}, with id null; never a partly read plan. */
    public Plan read(Path file) throws PackageException {
        return read(PackageText.load(file, PlanPackageFormat.FILE));
    }

    /** Same as {@link #read(Path)} for the bytes of a plan package file. */
    public Plan read(byte[] bytes) throws PackageException {
        return read(PackageText.parse(PackageText.decode(bytes, PlanPackageFormat.FILE), PlanPackageFormat.FILE));
    }

    /** The plan of a file already parsed within the limits. */
    Plan read(JsonNode root) {
        JsonNode body = Envelope.body(root, PlanPackageFormat.FILE, JsonPaths.PLAN_FIELD, PackageFormat.NAME,
                "exchange.plan.error.isDelegationPackage");
        List<ValidationError> errors = new ArrayList<>();
        Plan plan = PlanDecoder.plan(FieldReader.of(body, JsonPaths.DELEGATION, errors));
        List<ValidationError> all = ValidatorErrorFilter.merge(errors, PlanValidator.validate(plan), ValidatorErrorFilter.PLAN);
        if (!all.isEmpty()) {
            throw new PackageException(all);
        }
        return plan;
    }
}
