package vn.delegationdesk.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.approval.ApprovalRefused;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.RevisionContents;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.ui.DocumentFileNames;
import vn.delegationdesk.exchange.DelegationPackage;
import vn.delegationdesk.exchange.DelegationPackageReader;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * What a submission freezes, made from the stored delegation by the features that know it: the delegation package
 * (plan, estimate worksheet, document settings) as JSON, the estimate's line groups and grand total, and every PDF of
 * the standard pack rendered from that same data, named as "Văn bản" saves them. The travel orders are the pack's one
 * file with every member's order, as "Lưu PDF…" writes them. Reads a frozen plan back with the package reader.
 */
public final class RevisionFreezing implements RevisionContents {
    private final DelegationService delegations;
    private final BudgetService budget;
    private final DocumentService documents;
    private final Messages messages;
    private final Clock clock;

    public RevisionFreezing(DelegationService delegations, BudgetService budget, DocumentService documents, Messages messages,
            Clock clock) {
        this.delegations = delegations;
        this.budget = budget;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The standard pack's files that a revision keeps: every PDF, in the order of the pack. */
    public static List<DocumentFile> frozenFiles() {
        return List.of(DocumentFile.values()).stream().filter(f -> f.format() == DocumentFormat.PDF).toList();
    }

    @Override
    public FrozenContent freeze(long delegationId) {
        VersionedDelegation stored = delegations.findVersioned(delegationId)
                .orElseThrow(() -> new ApprovalRefused("approvals.refused.movedMeanwhile"));
        Delegation plan = stored.delegation();
        EstimateWorksheet worksheet = budget.worksheet(delegationId);
        DocumentSettings settings = documents.settings(delegationId);
        Estimate estimate = budget.estimate(plan, worksheet);
        String content = new String(new DelegationPackageWriter(clock).toBytes(new DelegationPackage(plan, worksheet, settings)),
                StandardCharsets.UTF_8);
        DocumentSource source = new DocumentSource(plan, settings, estimate);
        List<RevisionFile> files = new ArrayList<>();
        for (DocumentFile file : frozenFiles()) {
            files.add(new RevisionFile(DocumentFileNames.of(messages, file, plan, null), documents.render(file, source)));
        }
        return new FrozenContent(stored.version().version(), content, groups(estimate), estimate.total(), files);
    }

    @Override
    public Delegation plan(String content) {
        try {
            return new DelegationPackageReader().readPackage(content.getBytes(StandardCharsets.UTF_8)).delegation();
        } catch (PackageException e) {
            throw new IllegalStateException("a frozen revision cannot be read back", e);
        }
    }

    @Override
    public List<EstimateGroup> estimate(Delegation plan) {
        return groups(budget.estimate(plan, budget.worksheet(plan.id())));
    }

    private static List<EstimateGroup> groups(Estimate estimate) {
        return estimate.sections().stream().map(s -> new EstimateGroup(s.numeral() + ". " + s.title(), s.subtotal())).toList();
    }
}
