package vn.delegationdesk.fuzz;

import java.nio.file.Path;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.exchange.DelegationPackageReader;
import vn.delegationdesk.exchange.PackageService;

/** Delegation packages through {@link PackageService#importPackage}, as the Import menu does. */
final class PackageTarget implements FuzzTarget {
    private final FuzzStore store;
    private final PackageService packages;

    PackageTarget(FuzzStore store) {
        this.store = store;
        this.packages = new PackageService(store.services().delegations(), store.services().budget(),
                store.services().documents());
    }

    @Override
    public String kind() {
        return "package";
    }

    @Override
    public Outcome run(Path file) {
        long id;
        try {
            id = packages.importPackage(file);
        } catch (RuntimeException | Error failure) {
            return Judge.refusal(failure, store.messages());
        }
        try {
            Delegation read = new DelegationPackageReader().read(file);
            Delegation stored = store.services().delegations().find(id).orElseThrow();
            if (!stored.withId(null).equals(read.withId(null))) {
                return Outcome.broken("stored other than read");
            }
            String forbidden = Judge.forbiddenCharacter(store.packageText(id));
            return forbidden == null ? Outcome.accepted() : Outcome.broken("stored a forbidden character: " + forbidden);
        } finally {
            store.services().delegations().delete(id);
        }
    }
}
