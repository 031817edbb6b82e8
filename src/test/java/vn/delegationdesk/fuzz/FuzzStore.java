package vn.delegationdesk.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.exchange.DelegationPackage;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * A real H2 store in a temporary folder with the sample delegation in it, and its snapshot: every delegation (with
 * worksheet and document settings) written as a package, every rate set, every body profile. A refused file must
 * leave the snapshot exactly as it was.
 */
final class FuzzStore implements AutoCloseable {
    private static final DelegationPackageWriter WRITER =
            new DelegationPackageWriter(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private final AppServices services;
    private final Messages messages = new Messages();
    private final long sampleId;

    FuzzStore(Path dataDir) {
        services = StoreServices.open(dataDir, messages);
        sampleId = services.delegations().create(SampleDelegation.create());
    }

    AppServices services() {
        return services;
    }

    Messages messages() {
        return messages;
    }

    Delegation sample() {
        return services.delegations().find(sampleId).orElseThrow();
    }

    String snapshot() {
        StringBuilder all = new StringBuilder();
        List<DelegationSummary> summaries = new ArrayList<>(services.delegations().list());
        for (DelegationSummary summary : summaries) {
            all.append(packageText(summary.id())).append('\n');
        }
        all.append(services.budget().rateSets()).append('\n');
        all.append(services.bodies().all()).append('\n');
        return all.toString();
    }

    /** The stored delegation {@code id} as the package file it would export to (fixed export time). */
    String packageText(long id) {
        Delegation delegation = services.delegations().find(id).orElseThrow();
        DelegationPackage content = new DelegationPackage(delegation, services.budget().worksheet(id),
                services.documents().settings(id));
        return new String(WRITER.toBytes(content), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        services.close();
    }
}
