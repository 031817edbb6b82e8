package vn.delegationdesk.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;

/**
 * {@code render ID --out DIR [--doc KIND]... [--member MEMBER_ID]}: writes a stored delegation's documents into
 * DIR (made when missing), one file per document under its {@link DocumentFile#fileName()} ("plan.pdf",
 * "decision.docx"), and prints each file written. Without {@code --doc} it writes all nine files; with
 * {@code --member} the travel orders are those of that member alone. The documents are made from what is
 * stored: the delegation, its document settings and the estimate of its stored worksheet.
 */
final class RenderCommand implements CliCommand {
    private static final String OUT = "--out";
    private static final String DOC = "--doc";
    private static final String MEMBER = "--member";

    /** The operands read: the id as typed, the folder, the files in the order asked, the member or null. */
    private record Request(String id, String out, Set<DocumentFile> files, String member) {
    }

    @Override
    public String synopsis() {
        return "render ID --out DIR [--doc KIND]... [--member MEMBER_ID]";
    }

    @Override
    public boolean accepts(List<String> operands) {
        return refusal(operands).isEmpty();
    }

    @Override
    public Optional<Phrase> refusal(List<String> operands) {
        if (operands.isEmpty() || operands.get(0).startsWith("--")) {
            return Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
        }
        String out = null;
        String member = null;
        for (int i = 1; i < operands.size(); i += 2) {
            String option = operands.get(i);
            if (!List.of(OUT, DOC, MEMBER).contains(option) || i + 1 >= operands.size()) {
                return Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
            }
            String value = operands.get(i + 1);
            if (option.equals(DOC) && DocumentFile.named(value).isEmpty()) {
                return Optional.of(Phrase.of("cli.error.unknownDocument", value, names()));
            }
            if (option.equals(OUT)) {
                if (out != null) {
                    return Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
                }
                out = value;
            }
            if (option.equals(MEMBER)) {
                if (member != null) {
                    return Optional.of(Phrase.of("cli.error.operands", name(), synopsis()));
                }
                member = value;
            }
        }
        return out == null ? Optional.of(Phrase.of("cli.error.renderOut", synopsis())) : Optional.empty();
    }

    @Override
    public void execute(List<String> operands, AppServices services, PrintStream out) {
        Request request = read(operands);
        long id = CliIds.parse(request.id());
        Path dir = CliPaths.of(request.out());
        Delegation delegation = services.delegations().find(id)
                .orElseThrow(() -> new CliFailure("cli.error.noDelegation", request.id()));
        if (request.member() != null && delegation.members().stream().noneMatch(m -> m.id().equals(request.member()))) {
            throw new CliFailure("cli.error.noMember", request.member(), request.id());
        }
        DocumentSettings settings = services.documents().settings(id);
        Estimate estimate = services.budget().estimate(delegation);
        DocumentSource source = new DocumentSource(delegation, settings, estimate,
                services.documents().settlementFigures(id));
        for (Path written : services.documents().writeAll(request.files(), source, request.member(), dir)) {
            out.println(written);
        }
    }

    private static Request read(List<String> operands) {
        String dir = null;
        String member = null;
        List<DocumentFile> files = new ArrayList<>();
        for (int i = 1; i + 1 < operands.size(); i += 2) {
            String value = operands.get(i + 1);
            switch (operands.get(i)) {
                case OUT -> dir = value;
                case MEMBER -> member = value;
                default -> files.add(DocumentFile.named(value).orElseThrow());
            }
        }
        Set<DocumentFile> chosen = new LinkedHashSet<>(files.isEmpty() ? Arrays.asList(DocumentFile.values()) : files);
        return new Request(operands.get(0), dir, chosen, member);
    }

    private static String names() {
        return Arrays.stream(DocumentFile.values()).map(DocumentFile::option).collect(Collectors.joining(", "));
    }
}
