package vn.delegationdesk.documents.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentWriteException;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * The documents of a plan above the trips, as PDF: the plan with its task annex, and the report of a period pre-filled
 * from its progress seen today. The linked delegations are given by the caller (looked up through the delegation
 * service), so a report prints the stored delegation's title, dates and members. A file is written through a temporary
 * file beside it and then moved over the target, as the delegation's documents are, so a failed write leaves the old
 * file. The PDF writer is taken on first use (its fonts load then).
 */
public final class PlanDocumentService {
    private final Supplier<DocumentWriter> writerSource;
    private final PlanDocumentBuilder planBuilder = new PlanDocumentBuilder();
    private final PlanReportBuilder reportBuilder;
    private final Clock clock;
    private DocumentWriter writer;

    public PlanDocumentService(Supplier<DocumentWriter> pdfWriter, Messages messages, Clock clock) {
        this.writerSource = Objects.requireNonNull(pdfWriter, "pdfWriter");
        this.reportBuilder = new PlanReportBuilder(messages);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The document laid out: the plan ({@code period} and {@code linked} unused), or the report of {@code period} with
     * the delegations the plan's activities link, by id.
     */
    public PrintedDocument layout(Plan plan, PlanDocumentKind kind, ReportPeriod period, Map<Long, Delegation> linked) {
        return switch (kind) {
            case PLAN -> planBuilder.build(plan);
            case REPORT -> reportBuilder.build(plan, Objects.requireNonNull(period, "period"), LocalDate.now(clock),
                    linked == null ? Map.of() : linked);
        };
    }

    /**
     * The PDF's bytes, without the working notes that stay on screen.
     *
     * @throws DocumentWriteException naming the file when the document cannot be made
     */
    public byte[] render(Plan plan, PlanDocumentKind kind, ReportPeriod period, Map<Long, Delegation> linked) {
        try {
            PrintedDocument document = WorkingNotes.removeFrom(layout(plan, kind, period, linked));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            writer().write(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw cannotMake(plan, kind, period, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            throw cannotMake(plan, kind, period, e);
        }
    }

    /**
     * Writes the PDF to {@code target}, replacing it only once the whole document was written.
     *
     * @throws DocumentWriteException with the Vietnamese sentence naming the file and the reason; the old file (if any)
     *         is then as it was
     */
    public void write(Plan plan, PlanDocumentKind kind, ReportPeriod period, Map<Long, Delegation> linked, Path target) {
        byte[] bytes = render(plan, kind, period, linked);
        try {
            ReplacingFileWriter.write(target, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            throw new DocumentWriteException("documents.error.cannotWrite", List.of(
                    target.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e)), String.valueOf(e), e);
        }
    }

    /**
     * The delegations {@code plan}'s activities link, as {@code find} gives them by id: what the report prints of them.
     * A link whose delegation is no longer kept is left out (the report says it was deleted).
     */
    public static Map<Long, Delegation> linkedDelegations(Plan plan, LongFunction<Optional<Delegation>> find) {
        Map<Long, Delegation> linked = new HashMap<>();
        for (PlanActivity activity : plan.activities()) {
            Long id = activity.delegationId();
            if (id != null && !linked.containsKey(id)) {
                find.apply(id).ifPresent(d -> linked.put(id, d));
            }
        }
        return linked;
    }

    /** "plan-7.pdf", "plan-7-report-2025-H1.pdf": the names the command line gives the files. */
    public static String fileName(Plan plan, PlanDocumentKind kind, ReportPeriod period) {
        String id = plan.id() == null ? "new" : plan.id().toString();
        return switch (kind) {
            case PLAN -> "plan-" + id + ".pdf";
            case REPORT -> "plan-" + id + "-report-" + period.code() + ".pdf";
        };
    }

    private synchronized DocumentWriter writer() {
        if (writer == null) {
            writer = Objects.requireNonNull(writerSource.get(), "writer");
        }
        return writer;
    }

    private static DocumentWriteException cannotMake(Plan plan, PlanDocumentKind kind, ReportPeriod period, RuntimeException e) {
        return new DocumentWriteException("documents.error.cannotMake", List.of(
                Phrase.of(kind == PlanDocumentKind.PLAN ? "documents.plan.kind.plan" : "documents.plan.kind.report"),
                fileName(plan, kind, period), Phrase.of("documents.reason.other", e.getClass().getSimpleName())), String.valueOf(e), e);
    }
}
