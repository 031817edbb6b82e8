package vn.delegationdesk.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.logging.Operation;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The use cases on delegations; every write is validated before it reaches the store. Opening, creating, copying,
 * saving and deleting are each a line of the support log, with ids and counts only.
 */
public final class DelegationService {
    private static final OperationLog LOG = OperationLog.of(DelegationService.class);
    private final DelegationRepository repository;
    private final DelegationValidator validator = new DelegationValidator();
    /** The most characters of a name kept as who saved (delegation.saved_by, VARCHAR(200)). */
    public static final int SAVED_BY_MAX = 200;
    private final RoleGate gate;
    private final Clock clock;

    /** Saves are made in the name of the system's user (the one logged in to this computer), who holds every role. */
    public DelegationService(DelegationRepository repository) {
        this(repository, () -> System.getProperty("user.name", ""));
    }

    /** Saves are made in the name {@code person} gives at the time of the save (the person working), with every role. */
    public DelegationService(DelegationRepository repository, Supplier<String> person) {
        this(repository, person, Clock.systemUTC());
    }

    public DelegationService(DelegationRepository repository, Supplier<String> person, Clock clock) {
        this(repository, RoleGate.everyRole(person), clock);
    }

    /**
     * Writes are made in the name of the person {@code gate} gives and need the role of an organiser: creating, copying,
     * changing and deleting a plan.
     */
    public DelegationService(DelegationRepository repository, RoleGate gate) {
        this(repository, gate, Clock.systemUTC());
    }

    public DelegationService(DelegationRepository repository, RoleGate gate, Clock clock) {
        this.repository = repository;
        this.gate = gate;
        this.clock = clock;
    }

    /** Who works now and what they may do. */
    public RoleGate gate() {
        return gate;
    }

    public List<DelegationSummary> list() {
        return repository.findSummaries();
    }

    public Optional<Delegation> find(long id) {
        return repository.findById(id);
    }

    /** As {@link #find}, for the editor: opening a delegation is a line of the support log. */
    public Optional<Delegation> open(long id) {
        try (Operation op = LOG.start("open").id("delegation", id)) {
            Optional<Delegation> found = repository.findById(id);
            found.ifPresent(d -> op.count("members", d.members().size()));
            op.code("found", found.isPresent()).ok();
            return found;
        }
    }

    /**
     * As {@link #open}, with the version read in the same snapshot: what the editor opens, and the version its save
     * must start from.
     */
    public Optional<VersionedDelegation> openVersioned(long id) {
        try (Operation op = LOG.start("open").id("delegation", id)) {
            Optional<VersionedDelegation> found = repository.findVersioned(id);
            found.ifPresent(d -> op.count("members", d.delegation().members().size()));
            op.code("found", found.isPresent()).ok();
            return found;
        }
    }

    /** As {@link #openVersioned}, without a line in the support log: for checks, not for opening. */
    public Optional<VersionedDelegation> findVersioned(long id) {
        return repository.findVersioned(id);
    }

    /** Only the stored version of a delegation (who saved it last and when): cheap, for asking every few seconds. */
    public Optional<StoredVersion> storedVersion(long id) {
        return repository.findVersion(id);
    }

    /** Validates and stores a new delegation; returns its id. Needs the role of an organiser. */
    public long create(Delegation delegation) {
        gate.require(Role.ORGANISER, "people.action.createDelegation");
        return insert("create", delegation);
    }

    /** As {@link #create}, for a copy of another delegation (the support log tells copies from new delegations). */
    public long createCopy(Delegation copy) {
        gate.require(Role.ORGANISER, "people.action.createDelegation");
        return insert("copy", copy);
    }

    private long insert(String operation, Delegation delegation) {
        try (Operation op = LOG.start(operation).count("members", delegation.members().size())) {
            requireValid(delegation, op);
            long id = repository.insert(delegation);
            op.id("delegation", id).ok();
            return id;
        }
    }

    /**
     * Validates and stores the delegation as the next version after {@code opened}, in the name of the person working, in
     * one transaction: compare-and-set on the version, so when someone else saved since {@code opened} the save is
     * refused with a {@link SaveConflict} naming who and when, and nothing is written. Returns the version stored.
     *
     * <p>Changing the plan needs the role of an organiser. Without it, a save of the plan exactly as opened writes nothing
     * and returns {@code opened}: the editor saves the plan with the estimate, which is finance's to change.
     */
    public StoredVersion save(Delegation delegation, StoredVersion opened) {
        if (delegation.id() == null) {
            throw new IllegalArgumentException("save needs a stored delegation; use create");
        }
        if (!gate.allows(Role.ORGANISER)) {
            Optional<VersionedDelegation> stored = repository.findVersioned(delegation.id());
            if (stored.isPresent() && stored.get().delegation().equals(delegation)
                    && stored.get().version().version() == opened.version()) {
                return opened;
            }
            gate.require(Role.ORGANISER, "people.action.savePlan");
        }
        try (Operation op = LOG.start("save").id("delegation", delegation.id()).count("members", delegation.members().size())) {
            requireValid(delegation, op);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Optional<StoredVersion> stored = repository.updateIfVersion(delegation, opened.version(), savedBy(), now);
            if (stored.isPresent()) {
                op.ok();
                return stored.get();
            }
            Optional<VersionedDelegation> theirs = repository.findVersioned(delegation.id());
            if (theirs.isEmpty()) {
                throw new IllegalStateException("no delegation with id " + delegation.id());
            }
            op.code("conflict", theirs.get().version().version()).count("opened", opened.version());
            op.refused(1, List.of("version"));
            throw new SaveConflict(theirs.get(), opened.version());
        }
    }

    /** Who saves now, stripped and cut to the column's {@link #SAVED_BY_MAX} characters; "" when nobody is named. */
    private String savedBy() {
        String name = gate.user().name();
        if (name == null) {
            return "";
        }
        name = name.strip();
        if (name.length() <= SAVED_BY_MAX) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(SAVED_BY_MAX - 1)) ? SAVED_BY_MAX - 1 : SAVED_BY_MAX;
        return name.substring(0, end);
    }

    /**
     * Validates and replaces a stored delegation whatever was saved since: for tools and tests that opened no version.
     * The editor saves with {@link #save(Delegation, StoredVersion)}, which never overwrites another's save.
     */
    public void save(Delegation delegation) {
        if (delegation.id() == null) {
            throw new IllegalArgumentException("save needs a stored delegation; use create");
        }
        gate.require(Role.ORGANISER, "people.action.savePlan");
        try (Operation op = LOG.start("save").id("delegation", delegation.id()).count("members", delegation.members().size())) {
            requireValid(delegation, op);
            if (!repository.update(delegation)) {
                throw new IllegalStateException("no delegation with id " + delegation.id());
            }
            op.ok();
        }
    }

    /** Deletes the delegation; needs the role of an organiser. */
    public boolean delete(long id) {
        gate.require(Role.ORGANISER, "people.action.deleteDelegation");
        try (Operation op = LOG.start("delete").id("delegation", id)) {
            boolean deleted = repository.delete(id);
            op.code("found", deleted).ok();
            return deleted;
        }
    }

    /**
     * Members of {@code d} who are also in another delegation whose dates overlap {@code d}'s: the same ID
     * number, or (when either has none) the same name and date of birth. Empty when {@code d} has no dates.
     */
    public List<MembershipConflict> membershipConflicts(Delegation d) {
        LocalDate first = d.firstDate().orElse(null);
        LocalDate last = d.lastDate().orElse(null);
        if (first == null || last == null || d.members().isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Member m : d.members()) {
            if (!m.idNumber().isEmpty()) {
                ids.add(m.idNumber());
            }
            names.add(m.fullName());
        }
        long self = d.id() == null ? -1 : d.id();
        List<MemberElsewhere> others = repository.findMembersElsewhere(self, ids, names).stream()
                .filter(o -> DelegationDates.overlap(first, last, o.firstDate(), o.lastDate())).toList();
        List<MembershipConflict> conflicts = new ArrayList<>();
        for (Member m : d.members()) {
            for (MemberElsewhere o : others) {
                if (samePerson(m, o)) {
                    conflicts.add(new MembershipConflict(m.id(), m.fullName(), o.delegationId(), o.delegationTitle(),
                            o.firstDate(), o.lastDate()));
                    break;
                }
            }
        }
        return conflicts;
    }

    private static boolean samePerson(Member m, MemberElsewhere o) {
        if (!m.idNumber().isEmpty() && !o.idNumber().isEmpty()) {
            return m.idNumber().equals(o.idNumber());
        }
        return m.fullName().equals(o.fullName()) && m.dateOfBirth() != null && m.dateOfBirth().equals(o.dateOfBirth());
    }

    /**
     * What needs doing soon across all delegations: every open responsibility due within {@code days} days
     * from {@code today} (today included) and every overdue one, the most overdue first.
     */
    public List<DueResponsibility> dueWithin(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return repository.findOpenDue(today.plusDays(days));
    }

    public List<ValidationError> validate(Delegation delegation) {
        return validator.validate(delegation);
    }

    private void requireValid(Delegation delegation, Operation op) {
        List<ValidationError> errors = validator.validate(delegation);
        if (!errors.isEmpty()) {
            op.refused(errors.size(), errors.stream().map(ValidationError::path).toList());
            throw new ValidationException(errors);
        }
    }
}
