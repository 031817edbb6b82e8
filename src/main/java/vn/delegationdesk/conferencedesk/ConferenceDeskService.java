package vn.delegationdesk.conferencedesk;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;

/**
 * The use cases of the conference desk: the delegate list of a delegation's conference (validated whole, duplicates and
 * precedence conflicts reported as warnings), the delegation's own members added in one action, check-in and walk-ins
 * at the registration desk (each its own transaction, stamped with the clock to the second), and the counts by group.
 * Every write needs the role of an organiser.
 */
public final class ConferenceDeskService {
    private static final String ACTION = "conferencedesk.action.save";
    private final DelegateRepository repository;
    private final RoleGate gate;
    private final Clock clock;
    private final Supplier<String> ids;
    private final SeatingService seating;

    public ConferenceDeskService(DelegateRepository repository, RoleGate gate, Clock clock) {
        this(repository, gate, clock, () -> UUID.randomUUID().toString());
    }

    /** With the ids new delegates get from {@code ids} (a UUID each by default). */
    public ConferenceDeskService(DelegateRepository repository, RoleGate gate, Clock clock, Supplier<String> ids) {
        this(repository, new MemorySeatingRepository(), gate, clock, ids);
    }

    /** With the seating plans kept in {@code seats}. */
    public ConferenceDeskService(DelegateRepository repository, SeatingRepository seats, RoleGate gate, Clock clock) {
        this(repository, seats, gate, clock, () -> UUID.randomUUID().toString());
    }

    /** With the seating plans kept in {@code seats} and the ids new delegates get from {@code ids}. */
    public ConferenceDeskService(DelegateRepository repository, SeatingRepository seats, RoleGate gate, Clock clock,
            Supplier<String> ids) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.seating = new SeatingService(seats, repository, gate);
        this.gate = Objects.requireNonNull(gate, "gate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The conference's kept seating plan, over the same delegates. */
    public SeatingService seating() {
        return seating;
    }

    /** Why the person working may not change the delegates (save, add, check in); empty when they may. */
    public Optional<Phrase> whyNotWrite() {
        return gate.whyNot(Role.ORGANISER, ACTION);
    }

    /** The conference's delegates in the list's order. */
    public List<Delegate> delegates(long delegationId, String conferenceId) {
        return repository.list(delegationId, conferenceId);
    }

    /** Every problem that keeps {@code delegates} from being stored. */
    public List<ValidationError> validate(List<Delegate> delegates) {
        return DelegateValidator.validate(delegates);
    }

    /**
     * Validates and stores the conference's list whole; a delegate without an id gets one. The list as stored.
     *
     * @throws ValidationException with every problem, nothing stored
     */
    public List<Delegate> save(long delegationId, String conferenceId, List<Delegate> delegates) {
        gate.require(Role.ORGANISER, ACTION);
        List<ValidationError> errors = validate(delegates);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Delegate> stored = delegates.stream().map(this::withId).toList();
        repository.saveAll(delegationId, conferenceId, stored);
        return stored;
    }

    /**
     * Saves the list the user edited without losing the registration desk's work since it was loaded: validates
     * {@code edited}, then, in the saving transaction, merges it with the list as stored now ({@link DelegateMerge}:
     * check-ins and walk-ins made at the desk meanwhile are kept, unless the user changed that delegate's attendance in
     * the list). {@code base} is the list as the user loaded it. The list as stored.
     *
     * @throws ValidationException with every problem of {@code edited}, nothing stored
     */
    public List<Delegate> save(long delegationId, String conferenceId, List<Delegate> base, List<Delegate> edited) {
        gate.require(Role.ORGANISER, ACTION);
        List<ValidationError> errors = validate(edited);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Delegate> mine = edited.stream().map(this::withId).toList();
        return repository.update(delegationId, conferenceId, stored -> DelegateMerge.merge(base, mine, stored));
    }

    /** Delegates with the same name and body (marks and case ignored), one warning per set; stored all the same. */
    public List<DeskWarning> duplicates(List<Delegate> delegates) {
        return DeskWarnings.duplicates(delegates);
    }

    /** Delegates sharing a non-zero precedence, one warning per rank; stored all the same. */
    public List<DeskWarning> precedenceConflicts(List<Delegate> delegates) {
        return DeskWarnings.precedenceConflicts(delegates);
    }

    /** Every warning of {@code delegates}: the duplicates, then the precedence conflicts. */
    public List<DeskWarning> warnings(List<Delegate> delegates) {
        List<DeskWarning> all = new ArrayList<>(duplicates(delegates));
        all.addAll(precedenceConflicts(delegates));
        return all;
    }

    /**
     * Adds the delegation's members to conference {@code conferenceId} as delegates of group
     * {@link DelegateGroup#DELEGATION}, confirmed, at the end of the list; a member already on it (by member id) is not
     * added again. The list as stored.
     */
    public List<Delegate> addDelegationMembers(Delegation delegation, String conferenceId) {
        gate.require(Role.ORGANISER, ACTION);
        if (delegation.id() == null) {
            throw new IllegalArgumentException("the delegation must be stored first");
        }
        if (delegation.conferences().stream().noneMatch(c -> c.id().equals(conferenceId))) {
            throw new IllegalArgumentException("no conference " + conferenceId + " in delegation " + delegation.id());
        }
        List<Delegate> read = repository.list(delegation.id(), conferenceId);
        List<Delegate> list = new ArrayList<>(read);
        Set<String> linked = new HashSet<>();
        list.forEach(d -> linked.add(d.memberId()));
        for (Member m : delegation.members()) {
            if (!linked.contains(m.id())) {
                list.add(new Delegate("", conferenceId, m.fullName(), m.position(), m.sendingUnit(), DelegateGroup.DELEGATION, 0,
                        m.phone(), m.onStatePayroll(), DelegateStatus.CONFIRMED, null, m.id(), false));
            }
        }
        return save(delegation.id(), conferenceId, read, list);
    }

    /**
     * Marks the delegate attended now, in a transaction of its own; one already checked in keeps their first time.
     * The delegate as stored, or empty when the id is unknown.
     */
    public Optional<Delegate> checkIn(String delegateId) {
        gate.require(Role.ORGANISER, ACTION);
        return repository.checkIn(delegateId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Adds someone who came without being on the list, checked in now, at the end of the list.
     *
     * @throws ValidationException when the name is missing or a text is refused ("Khách đến trực tiếp – Họ và tên: …")
     */
    public Delegate walkIn(long delegationId, String conferenceId, String fullName, String title, String body,
            DelegateGroup group, boolean onPayroll, String contact) {
        gate.require(Role.ORGANISER, ACTION);
        Delegate delegate = new Delegate(ids.get(), conferenceId, fullName, title, body, group, 0, contact, onPayroll,
                DelegateStatus.ATTENDED, clock.instant().truncatedTo(ChronoUnit.SECONDS), "", true);
        List<ValidationError> errors = DelegateValidator.validateWalkIn(delegate);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.addWalkIn(delegationId, delegate);
        return delegate;
    }

    /** The counts by group of {@code delegates}: invited, confirmed, attended, attended not on the payroll … */
    public AttendanceCounts counts(List<Delegate> delegates) {
        return AttendanceCounts.of(delegates);
    }

    private Delegate withId(Delegate d) {
        return !d.id().isEmpty() ? d : new Delegate(ids.get(), d.conferenceId(), d.fullName(), d.title(), d.body(), d.group(),
                d.precedence(), d.contact(), d.onPayroll(), d.status(), d.checkedInAt(), d.memberId(), d.walkIn());
    }
}
