package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.reading.DocumentReading;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.DocumentKind;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.UnplacedPassage;
import vn.delegationdesk.reading.source.SourceReading;

/**
 * {@code read FILE [--as delegation|plan]}: reads an existing document (.docx or .txt) as a plan or a delegation's plan
 * (by its content when {@code --as} is not given), prints what it found (counts per kind), the gaps to complete, every
 * passage it could not place ("Đoạn 12: …", numbered from 1), then stores the draft (a plan, or a delegation in status
 * DRAFT) in one transaction and prints its id. A draft the validator refuses stores nothing: its messages are the
 * failure.
 */
final class ReadCommand implements CliCommand {
    static final String AS = "--as";

    @Override
    public String synopsis() {
        return "read FILE [--as delegation|plan]";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return refusal(operands).isEmpty();
    }

    @Override
    public Optional<Phrase> refusal(List<String> operands) {
        Optional<Phrase> wrong = Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
        if (operands.isEmpty() || operands.get(0).startsWith("--") || operands.size() > 3) {
            return wrong;
        }
        if (operands.size() == 1) {
            return Optional.empty();
        }
        Optional<String> as = as(operands);
        if (as.isEmpty()) {
            return wrong;
        }
        return kind(as.get()).isPresent() ? Optional.empty() : Optional.of(Phrase.of("cli.error.readAs", as.get()));
    }

    /** The value of {@code --as KIND} or {@code --as=KIND} after the file; empty when the operands are not that. */
    private static Optional<String> as(List<String> operands) {
        if (operands.size() == 3 && operands.get(1).equals(AS)) {
            return Optional.of(operands.get(2));
        }
        if (operands.size() == 2 && operands.get(1).startsWith(AS + "=")) {
            return Optional.of(operands.get(1).substring(AS.length() + 1));
        }
        return Optional.empty();
    }

    private static Optional<DocumentKind> kind(String word) {
        return switch (word) {
            case "plan" -> Optional.of(DocumentKind.PLAN);
            case "delegation" -> Optional.of(DocumentKind.DELEGATION);
            default -> Optional.empty();
        };
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        Path file = CliPaths.of(operands.get(0));
        DocumentReading reading = new DocumentReading();
        SourceReading source = reading.open(file);
        if (source.notice().isPresent()) {
            Phrase notice = source.notice().get();
            throw new CliFailure(notice.key(), notice.args().toArray());
        }
        String name = source.document().name();
        Optional<DocumentKind> chosen = as(operands).flatMap(ReadCommand::kind);
        DocumentKind kind = chosen.or(() -> reading.kindOf(source.document()))
                .orElseThrow(() -> new CliFailure("cli.error.readKind", name));
        DocumentReading.Draft draft = reading.read(source.document(), kind);
        Messages messages = services.messages();
        if (kind == DocumentKind.PLAN) {
            Plan plan = draft.plan().orElseThrow().plan();
            out.println(messages.get("cli.read.plan", name, plan.tasks().size(), plan.targets().size(), plan.reporting().size(),
                    plan.grounds().size(), plan.recipients().size()));
            report(draft.plan().orElseThrow().gaps(), draft.plan().orElseThrow().unplaced(), messages, out);
            long id = services.plans().create(plan);
            out.println(messages.get("cli.read.storedPlan", id));
        } else {
            Delegation delegation = draft.delegation().orElseThrow().delegation().toBuilder().id(null)
                    .status(DelegationStatus.DRAFT).build();
            out.println(messages.get("cli.read.delegation", name, delegation.legs().size(), delegation.groups().size(),
                    delegation.groups().stream().mapToInt(MemberGroup::plannedSeats).sum(), delegation.programme().size(),
                    delegation.programme().stream().mapToInt(d -> d.activities().size()).sum(), delegation.conferences().size(),
                    delegation.responsibilities().size()));
            report(draft.delegation().orElseThrow().gaps(), draft.delegation().orElseThrow().unplaced(), messages, out);
            long id = services.delegations().create(delegation);
            out.println(messages.get("cli.read.storedDelegation", id));
        }
    }

    /** "Đã sửa lỗi gõ «a» thành «b» (3 chỗ)." */
    private static String timesOver(String note, int times, Messages messages) {
        String sentence = note.endsWith(".") ? note.substring(0, note.length() - 1) : note;
        return messages.get("cli.read.gapTimes", sentence, times);
    }

    private static void report(List<Gap> gaps, List<UnplacedPassage> unplaced, Messages messages, PrintStream out) {
        if (!gaps.isEmpty()) {
            // The same note on several fields (a slip corrected in three paragraphs) is printed once, with its count.
            Map<String, Integer> notes = new LinkedHashMap<>();
            for (Gap gap : gaps) {
                notes.merge(messages.get(gap.messageKey(), gap.arguments().toArray()), 1, Integer::sum);
            }
            out.println(messages.get("cli.read.gaps", notes.size()));
            notes.forEach((note, times) -> out.println("  - " + (times == 1 ? note : timesOver(note, times, messages))));
        }
        if (!unplaced.isEmpty()) {
            out.println(messages.get("cli.read.unplaced", unplaced.size()));
            for (UnplacedPassage passage : unplaced) {
                out.println("  " + messages.get("cli.read.passage", passage.index() + 1, passage.text()));
            }
        }
        out.flush();
    }
}
