package vn.delegationdesk.platform.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Where a command writes once the user has chosen, and the question before a file that exists is replaced where the
 * chooser did not ask: the system's save dialog asks about the name the user typed, not about the name with the
 * extension the app adds, and a folder chooser asks nothing about the files the app then writes into the folder. The
 * question's default answer keeps the files ({@link DialogService#confirmReplace}).
 */
public final class FileTargets {
    /** The files of a folder named in the question; the rest are counted. */
    private static final int NAMED = 10;

    private FileTargets() {
    }

    /**
     * {@code chosen} ending in ".{@code extension}" (added unless it already ends so, in any case). When the extension
     * was added and the file so named exists, asks first; empty when the user keeps the file.
     */
    public static Optional<Path> withExtension(Path chosen, String extension, DialogService dialogs, Messages messages) {
        String name = chosen.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))) {
            return Optional.of(chosen);
        }
        Path target = chosen.resolveSibling(name + "." + extension);
        if (Files.exists(target) && !dialogs.confirmReplace(messages.get("ui.files.replace.title"),
                messages.get("ui.files.replace.one", target.getFileName(), folderOf(target)))) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * True when writing {@code names} into {@code dir} replaces no file, or the user agreed to replace those that
     * exist, all named (up to ten) in one question.
     */
    public static boolean mayWriteInto(Path dir, List<String> names, DialogService dialogs, Messages messages) {
        List<String> existing = names.stream().distinct().filter(name -> Files.exists(dir.resolve(name))).toList();
        if (existing.isEmpty()) {
            return true;
        }
        if (existing.size() == 1) {
            return dialogs.confirmReplace(messages.get("ui.files.replace.title"),
                    messages.get("ui.files.replace.one", existing.get(0), dir.toAbsolutePath()));
        }
        StringBuilder list = new StringBuilder();
        for (String name : existing.subList(0, Math.min(NAMED, existing.size()))) {
            list.append("\n• ").append(name);
        }
        if (existing.size() > NAMED) {
            list.append('\n').append(messages.get("ui.files.replace.more", existing.size() - NAMED));
        }
        return dialogs.confirmReplace(messages.get("ui.files.replace.title"),
                messages.get("ui.files.replace.several", dir.toAbsolutePath(), existing.size(), list.toString()));
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
