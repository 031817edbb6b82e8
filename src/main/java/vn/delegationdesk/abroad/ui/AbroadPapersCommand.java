package vn.delegationdesk.abroad.ui;

import java.nio.file.Path;
import java.util.Optional;
import vn.delegationdesk.abroad.ui.AbroadPapers.Kind;
import vn.delegationdesk.abroad.ui.AbroadViewModel.TripOnScreen;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;

/**
 * The tab's "In ấn" menu: each paper of the trip as typed (the decision's and the report's numbers and dates as the
 * documents' settings hold them, blank for the office otherwise), as PDF, Word or Excel, written where the user chooses.
 * While the tab names a problem nothing is printed, and the message says why.
 */
public final class AbroadPapersCommand {
    private final AbroadViewModel model;
    private final AbroadPapers papers;
    private final DialogService dialogs;
    private final Messages messages;

    public AbroadPapersCommand(AbroadViewModel model, AbroadPapers papers, DialogService dialogs, Messages messages) {
        this.model = model;
        this.papers = papers;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Writes {@code kind}; the file written, or empty when nothing was (refused, cancelled or failed, each said). */
    public Optional<Path> print(Kind kind) {
        String title = messages.get(kind.labelKey());
        Optional<TripOnScreen> trip = model.trip();
        if (trip.isEmpty()) {
            dialogs.showInfo(title, messages.get("abroad.papers.refused"));
            return Optional.empty();
        }
        TripOnScreen t = trip.get();
        String name = papers.fileName(kind, t.delegation(), t.plan(), t.inputs(), t.estimate());
        String filter = messages.get(switch (kind.extension()) {
            case "pdf" -> "abroad.papers.filter.pdf";
            case "docx" -> "abroad.papers.filter.docx";
            default -> "abroad.papers.filter.xlsx";
        });
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("abroad.papers.choose"), name, filter, "*." + kind.extension())
                .flatMap(chosen -> FileTargets.withExtension(chosen, kind.extension(), dialogs, messages));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        try {
            papers.write(kind, t.delegation(), t.plan(), t.inputs(), t.estimate(), target.get());
        } catch (RuntimeException e) {
            dialogs.showError(messages.get("abroad.papers.failed"), messages.describeFailure(e, "\n"));
            return Optional.empty();
        }
        dialogs.showInfo(title, messages.get("abroad.papers.written", target.get().toString()));
        return target;
    }
}
