package vn.delegationdesk.testing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.MemberElsewhere;

/** What the H2 query of {@code findMembersElsewhere} answers, computed over delegations in memory. */
public final class MemberScan {
    private MemberScan() {
    }

    public static List<MemberElsewhere> elsewhere(Collection<Delegation> delegations, long excludeId,
            Collection<String> idNumbers, Collection<String> fullNames) {
        return delegations.stream()
                .filter(d -> !Objects.equals(d.id(), excludeId))
                .flatMap(d -> d.members().stream()
                        .filter(m -> (!m.idNumber().isEmpty() && idNumbers.contains(m.idNumber()))
                                || fullNames.contains(m.fullName()))
                        .map(m -> new MemberElsewhere(m.idNumber(), m.fullName(), m.dateOfBirth(), d.id(), d.title(),
                                d.firstDate().orElse(null), d.lastDate().orElse(null))))
                .toList();
    }
}
