package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.platform.ui.DialogService;

/** Records what would have been shown; {@code confirm} answers with {@link #answer}. */
public final class RecordingDialogService implements DialogService {
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean answer = true;

    public void answer(boolean value) {
        this.answer = value;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
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
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        return answer;
    }
}
