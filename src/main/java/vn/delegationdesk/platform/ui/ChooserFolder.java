package vn.delegationdesk.platform.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Where the file and folder choosers open: the folder the user last saved into or read from (kept between runs by
 * a {@link Memory}, the settings store), else the user's Documents folder, else the home folder. Never the app's
 * working directory, which on an installed app is its program folder. A remembered folder that is gone (a USB stick
 * taken out) is passed over. Plain Java, no JavaFX: the dialog service asks it and tells it what was chosen.
 */
public final class ChooserFolder {
    /** The name of the setting that keeps the last folder. */
    public static final String SETTING = "chooser.lastFolder";

    /** Keeps the last folder used; a memory that fails is only logged: choosing a file must never fail for it. */
    public interface Memory {
        /** A memory that keeps nothing (before the store is open). */
        Memory NONE = new Memory() {
            @Override
            public Optional<String> recall() {
                return Optional.empty();
            }

            @Override
            public void remember(String folder) {
                // Nothing is kept.
            }
        };

        Optional<String> recall();

        void remember(String folder);
    }

    private final Memory memory;
    private final Path home;
    private Path lastUsed;

    /** @param home the user's home folder; its "Documents" is the first choice while nothing was used yet */
    public ChooserFolder(Memory memory, Path home) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.home = Objects.requireNonNull(home, "home");
    }

    /** For this user ({@code user.home}), remembering with {@code memory}. */
    public static ChooserFolder forUser(Memory memory) {
        return new ChooserFolder(memory, Path.of(System.getProperty("user.home")));
    }

    /** The folder a chooser opens in: the last used if it is still there, else Documents if there is one, else home. */
    public Path initial() {
        Path last = lastUsed != null ? lastUsed : recalled();
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** A file was chosen (to write or to read): its folder opens next time. */
    public void usedFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            usedFolder(parent);
        }
    }

    /** A folder was chosen (to write several files into): it opens next time. */
    public void usedFolder(Path folder) {
        lastUsed = folder.toAbsolutePath();
        try {
            memory.remember(lastUsed.toString());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ChooserFolder.class).warn("the last folder was not remembered: {}",
                    e.getClass().getSimpleName());
        }
    }

    private Path recalled() {
        try {
            return memory.recall().filter(text -> !text.isBlank()).map(Path::of).orElse(null);
        } catch (InvalidPathException e) {
            return null;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ChooserFolder.class).warn("the last folder could not be read: {}",
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
