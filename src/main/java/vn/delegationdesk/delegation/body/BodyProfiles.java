package vn.delegationdesk.delegation.body;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.logging.OperationLog;

/** The body profiles' entry point: kept once, refused whole when incomplete, taken from an existing delegation. */
public final class BodyProfiles {
    private static final OperationLog LOG = OperationLog.of(BodyProfiles.class);
    private final BodyProfileRepository repository;
    private final RoleGate gate;

    /** For the single user of a laptop, who holds every role. */
    public BodyProfiles(BodyProfileRepository repository) {
        this(repository, RoleGate.everyRole(() -> ""));
    }

    /** Keeping a body's profile (its signers) needs the role of an organiser, who drafts the documents they sign. */
    public BodyProfiles(BodyProfileRepository repository, RoleGate gate) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    public List<BodyProfile> all() {
        return repository.findAll();
    }

    /**
     * Stores the profile and returns it with its id.
     *
     * @throws ValidationException with every problem when it is incomplete; nothing is stored then
     */
    public BodyProfile save(BodyProfile profile) {
        gate.require(Role.ORGANISER, "people.action.saveBodyProfile");
        List<ValidationError> errors = BodyProfileValidator.validate(profile);
        if (!errors.isEmpty()) {
            LOG.refused("save-body-profile", errors.size(), errors.stream().map(ValidationError::path).toList());
            throw new ValidationException(errors);
        }
        return LOG.call("save-body-profile", op -> {
            op.id("profile", profile.id()).count("signers", profile.signers().size());
            return profile.withId(repository.save(profile));
        });
    }

    public boolean delete(long id) {
        gate.require(Role.ORGANISER, "people.action.saveBodyProfile");
        return LOG.call("delete-body-profile", op -> {
            op.id("profile", id);
            return repository.delete(id);
        });
    }

    /** A profile (not stored) holding what a delegation already prints: its body, place and signer. */
    public static BodyProfile from(Delegation delegation) {
        Signer signer = delegation.signer();
        List<Signer> signers = signer.name().isEmpty() && signer.title().isEmpty() ? List.of() : List.of(signer);
        return new BodyProfile(null, delegation.issuingBody(), delegation.document().place(), "", null, signers);
    }
}
