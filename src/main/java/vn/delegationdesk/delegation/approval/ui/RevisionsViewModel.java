package vn.delegationdesk.delegation.approval.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.LocalizedException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The revisions part of "Phê duyệt": the list of the revisions frozen at each submission, newest first (Bản, Trình lúc,
 * Người trình, Tổng dự toán); "So sánh…" of the two chosen, or of the one chosen with the plan as it is now in the
 * editor ({@link RevisionComparisonViewModel}); "Lưu văn bản đã phê duyệt…", the approved revision's PDFs written to a
 * folder byte for byte as frozen, and the same for any chosen revision. Read-only: a revision never changes.
 */
public final class RevisionsViewModel extends ViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ApprovalService approvals;
    private final Supplier<Delegation> current;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<RevisionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RevisionRow> selected = FXCollections.observableArrayList();
    private final ObjectProperty<ApprovalStage> stage = new SimpleObjectProperty<>(this, "stage");
    private final ReadOnlyObjectWrapper<RevisionComparisonViewModel> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final StringBinding compareUnavailable;
    private final StringBinding saveChosenUnavailable;
    private final StringBinding saveApprovedUnavailable;
    private List<Revision> revisions = List.of();
    private Long delegationId;

    /** {@code current}: the plan as it is now in the editor (unsaved edits included), the "Hiện tại" of a comparison. */
    public RevisionsViewModel(ApprovalService approvals, Supplier<Delegation> current, TaskRunner tasks,
            DialogService dialogs, Messages messages, ZoneId zone) {
        super(tasks);
        this.approvals = approvals;
        this.current = current;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
        compareUnavailable = Bindings.createStringBinding(() -> selected.isEmpty() || selected.size() > 2
                ? messages.get(rows.isEmpty() ? "ui.revisions.none" : "ui.revisions.compare.choose")
                : busyText(), selected, rows, busyProperty());
        saveChosenUnavailable = Bindings.createStringBinding(() -> selected.size() != 1
                ? messages.get(rows.isEmpty() ? "ui.revisions.none" : "ui.revisions.save.chooseOne")
                : busyText(), selected, rows, busyProperty());
        saveApprovedUnavailable = Bindings.createStringBinding(() -> stage.get() != ApprovalStage.APPROVED || rows.isEmpty()
                ? messages.get("ui.revisions.approved.notYet") : busyText(), stage, rows, busyProperty());
    }

    private String busyText() {
        return isBusy() ? messages.get("ui.approval.unavailable.busy") : "";
    }

    /** Shows the revisions of delegation {@code id} (null: none open) at {@code at}; the choice is emptied. */
    void show(Long id, ApprovalStage at, List<Revision> list) {
        delegationId = id;
        revisions = List.copyOf(list);
        selected.clear();
        stage.set(at);
        List<RevisionRow> shown = new ArrayList<>();
        for (Revision r : revisions) {
            shown.add(0, new RevisionRow(r.number(), name(r.number()), WHEN.format(r.frozenAt().atZone(zone)), r.frozenBy(),
                    money(r.total())));
        }
        rows.setAll(shown);
    }

    /** The revisions, newest first. */
    public ObservableList<RevisionRow> rows() {
        return rows;
    }

    /** Sets the rows the user chose in the list (one or two). */
    public void choose(List<RevisionRow> chosen) {
        selected.setAll(chosen);
    }

    /** Why "So sánh…" cannot start now (nothing or more than two chosen); empty when it can. */
    public StringBinding compareUnavailableProperty() {
        return compareUnavailable;
    }

    /** Why "Lưu văn bản của bản đã chọn…" cannot start now; empty when exactly one revision is chosen. */
    public StringBinding saveChosenUnavailableProperty() {
        return saveChosenUnavailable;
    }

    /** Why "Lưu văn bản đã phê duyệt…" cannot start now: the plan is not approved; empty once it is. */
    public StringBinding saveApprovedUnavailableProperty() {
        return saveApprovedUnavailable;
    }

    /** The comparison to show; set by {@link #compare()}, emptied by {@link #closeComparison()}. */
    public ReadOnlyObjectProperty<RevisionComparisonViewModel> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public void closeComparison() {
        comparison.set(null);
    }

    /**
     * "So sánh…": the two chosen revisions (older on the left), or the one chosen with the plan as it is now
     * ("Hiện tại", its estimate computed now with the stored worksheet). Read in the background.
     */
    public void compare() {
        if (!compareUnavailable.get().isEmpty()) {
            return;
        }
        List<Revision> chosen = chosenRevisions();
        Delegation now = current.get();
        if (chosen.isEmpty() || chosen.size() == 1 && now == null) {
            return;
        }
        runInBackground(() -> {
            RevisionComparisonViewModel.Side left = side(chosen.get(0));
            RevisionComparisonViewModel.Side right = chosen.size() == 2 ? side(chosen.get(1)) : currentSide(now);
            return new RevisionComparisonViewModel(messages, left, right);
        }, comparison::set, error -> dialogs.showError(messages.get("ui.revisions.compare.failed"),
                messages.describeFailure(error, "\n")));
    }

    private RevisionComparisonViewModel.Side side(Revision revision) {
        return new RevisionComparisonViewModel.Side(name(revision.number()), approvals.plan(revision), revision.estimate(),
                revision.total());
    }

    private RevisionComparisonViewModel.Side currentSide(Delegation now) {
        List<EstimateGroup> estimate = approvals.currentEstimate(now);
        long total = 0;
        for (EstimateGroup group : estimate) {
            total = Math.addExact(total, group.amount());
        }
        return new RevisionComparisonViewModel.Side(messages.get("ui.revisions.current"), now, estimate, total);
    }

    /** "Lưu văn bản đã phê duyệt…": the approved revision's PDFs (the latest revision) into a folder the user picks. */
    public void saveApproved() {
        if (!saveApprovedUnavailable.get().isEmpty() || revisions.isEmpty()) {
            return;
        }
        save(revisions.get(revisions.size() - 1), "ui.revisions.approved.choose");
    }

    /** "Lưu văn bản của bản đã chọn…": the chosen revision's PDFs, as frozen at its submission. */
    public void saveChosen() {
        if (!saveChosenUnavailable.get().isEmpty()) {
            return;
        }
        List<Revision> chosen = chosenRevisions();
        if (chosen.size() == 1) {
            save(chosen.get(0), "ui.revisions.save.choose");
        }
    }

    private void save(Revision revision, String chooseKey) {
        Long id = delegationId;
        if (id == null) {
            return;
        }
        String name = name(revision.number());
        Optional<Path> folder = dialogs.chooseDirectory(messages.get(chooseKey, name));
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        runInBackground(() -> approvals.documents(id, revision.number()), files -> {
            if (files.isEmpty()) {
                dialogs.showError(messages.get("ui.revisions.save.failed"), messages.get("ui.revisions.save.noDocuments", name));
                return;
            }
            if (!FileTargets.mayWriteInto(dir, files.stream().map(RevisionFile::fileName).toList(), dialogs, messages)) {
                return;
            }
            runInBackground(() -> write(files, dir), written -> dialogs.showInfo(messages.get("ui.revisions.saved.title"),
                    messages.get("ui.revisions.saved", written, name, dir.toAbsolutePath().toString())),
                    error -> dialogs.showError(messages.get("ui.revisions.save.failed"), messages.describeFailure(error, "\n")));
        }, error -> dialogs.showError(messages.get("ui.revisions.save.failed"), messages.describeFailure(error, "\n")));
    }

    /** Writes each file as it was frozen, each replacing an old one only once written whole; how many. */
    private static int write(List<RevisionFile> files, Path dir) {
        for (RevisionFile file : files) {
            Path target = dir.resolve(file.fileName());
            try {
                Files.createDirectories(dir);
                byte[] bytes = file.bytes();
                ReplacingFileWriter.write(target, out -> out.write(bytes));
            } catch (IOException | RuntimeException e) {
                throw new LocalizedException("documents.error.cannotWrite", List.of(file.fileName(), WriteFailures.reason(e)),
                        "cannot write a frozen document", e);
            }
        }
        return files.size();
    }

    private List<Revision> chosenRevisions() {
        List<Integer> numbers = selected.stream().map(RevisionRow::number).sorted().toList();
        return revisions.stream().filter(r -> numbers.contains(r.number())).sorted(Comparator.comparingInt(Revision::number))
                .toList();
    }

    private String name(int number) {
        return messages.get("ui.revisions.name", number);
    }

    private String money(long value) {
        return messages.get("ui.revisions.money", VietnameseNumbers.format(value));
    }
}
