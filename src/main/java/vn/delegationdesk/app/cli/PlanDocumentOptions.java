package vn.delegationdesk.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.plan.PlanDocumentKind;
import vn.delegationdesk.documents.plan.PlanDocumentService;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * The command line of a plan's documents ({@code plan-document ID --out DIR}, {@code plan-report ID --period PERIOD --out
 * DIR}): the options read and refused in Vietnamese, and the PDF written for the stored plan with the delegations its
 * activities link, as stored now.
 */
record PlanDocumentOptions(String id, String out, ReportPeriod period) {
    static final String OUT = "--out";
    static final String PERIOD = "--period";

    /** Why these operands are not {@code command}'s, naming a period that is none; empty when they are. */
    static Optional<Phrase> refusal(CliCommand command, List<String> operands, boolean withPeriod) {
        Optional<Phrase> wrong = Optional.of(Phrase.of("cli.error.operands", command.name(), command.synopsis()));
        if (operands.isEmpty() || operands.get(0).startsWith("--") || operands.size() % 2 == 0) {
            return wrong;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i + 1 < operands.size(); i += 2) {
            String option = operands.get(i);
            boolean known = option.equals(OUT) || withPeriod && option.equals(PERIOD);
            if (!known || values.put(option, operands.get(i + 1)) != null) {
                return wrong;
            }
        }
        if (withPeriod) {
            String period = values.get(PERIOD);
            if (period == null) {
                return Optional.of(Phrase.of("cli.error.planPeriodMissing", command.synopsis()));
            }
            if (ReportPeriod.parse(period).isEmpty()) {
                return Optional.of(Phrase.of("cli.error.badPeriod", period));
            }
        }
        return values.containsKey(OUT) ? Optional.empty()
                : Optional.of(Phrase.of("cli.error.planOut", command.name(), command.synopsis()));
    }

    /** The operands of a command line {@link #refusal} accepted. */
    static PlanDocumentOptions read(List<String> operands) {
        String out = null;
        ReportPeriod period = null;
        for (int i = 1; i + 1 < operands.size(); i += 2) {
            if (operands.get(i).equals(OUT)) {
                out = operands.get(i + 1);
            } else {
                period = ReportPeriod.parse(operands.get(i + 1)).orElseThrow();
            }
        }
        return new PlanDocumentOptions(operands.get(0), out, period);
    }

    /** Writes the plan's document of {@code kind} into the folder (made when missing) and prints the file written. */
    void write(PlanDocumentKind kind, AppServices services, PrintStream printed) {
        long planId = CliIds.parsePlan(id);
        Path dir = CliPaths.of(out);
        Plan plan = services.plans().find(planId).orElseThrow(() -> new CliFailure("cli.error.noPlan", id));
        Map<Long, Delegation> linked = PlanDocumentService.linkedDelegations(plan, services.delegations()::find);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliFailure("documents.error.cannotMakeFolder", dir.toString(), WriteFailures.reason(e));
        }
        Path target = dir.resolve(PlanDocumentService.fileName(plan, kind, period));
        StandardDocuments.planDocuments(services.messages()).write(plan, kind, period, linked, target);
        printed.println(target);
    }
}
