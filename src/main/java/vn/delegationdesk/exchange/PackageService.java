package vn.delegationdesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;

/** Import and export of delegation packages, on top of the delegation use cases. */
public final class PackageService {
    private final DelegationService delegations;
    private final DelegationPackageReader reader;
    private final DelegationPackageWriter writer;

    public PackageService(DelegationService delegations) {
        this(delegations, new DelegationPackageReader(), new DelegationPackageWriter());
    }

    public PackageService(DelegationService delegations, DelegationPackageReader reader, DelegationPackageWriter writer) {
        this.delegations = delegations;
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Stores the delegation of a package as a new delegation and returns its id. All or nothing: the
     * whole file is read and validated before anything is written, and the store writes a delegation in
     * one transaction.
     *
     * @throws PackageException with every problem found; nothing has been stored
     */
    public long importPackage(Path file) throws PackageException {
        Delegation delegation = reader.read(file);
        return delegations.create(delegation);
    }

    /**
     * Writes the stored delegation {@code id} to {@code file}, replacing it atomically.
     *
     * @throws IllegalArgumentException when there is no delegation {@code id}
     * @throws IOException when the file cannot be written; {@code file} is then left as it was
     */
    public void exportPackage(long id, Path file) throws IOException {
        Delegation delegation = delegations.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no delegation with id " + id));
        writer.write(delegation, file);
    }
}
