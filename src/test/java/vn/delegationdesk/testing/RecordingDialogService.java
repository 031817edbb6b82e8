package vn.delegationdesk.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.platform.ui.DialogService;

/** Records what would have been shown; {@code confirm} answers with {@link #answer}, files and folders come from a queue. */
public final class RecordingDialogService implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private boolean answer = true;
    private boolean replaceAnswer = true;
    private UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;

    public void answer(boolean value) {
        this.answer = value;
    }

    /** What {@link #confirmReplace} answers: true ("Thay thế") until told otherwise. */
    public void answerReplace(boolean value) {
        this.replaceAnswer = value;
    }

    public void answerUnsaved(UnsavedChoice value) {
        this.unsavedAnswer = value;
    }

    /** The next file chooser returns this path. */
    public void chooseFile(Path path) {
        files.add(path);
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The labels of the actions confirmations asked about ("Xóa đoàn"), in order. */
    public List<String> confirmedActions() {
        return List.copyOf(actions);
    }

    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        shown.add(new Shown("confirm", title, message));
        actions.add(action);
        return answer;
    }

    @Override
    public boolean confirmReplace(String title, String message) {
        shown.add(new Shown("replace", title, message));
        return replaceAnswer;
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        shown.add(new Shown("unsaved", title, message));
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterName, String... patterns) {
        shown.add(new Shown("open", title, filterName));
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... patterns) {
        shown.add(new Shown("save", title, initialName));
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        shown.add(new Shown("directory", title, ""));
        return Optional.ofNullable(files.poll());
    }
}
