package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * Finds the per-user data folder: the {@code --data-dir DIR} option, else the
 * {@code DELEGATION_DESK_DATA_DIR} environment variable, else the folder the user chose in the window (remembered
 * in a small file in the usual place), else the usual place of the operating system.
 * The OS name, environment and home folder are injected so every branch can be tested on any machine.
 */
public final class DataDirectory {
    public static final String OPTION = "--data-dir";
    public static final String ENV_VAR = "DELEGATION_DESK_DATA_DIR";
    /** In the usual folder: the path of the folder the user chose instead, one line of UTF-8. */
    static final String CHOSEN_FOLDER_FILE = "chosen-data-folder.txt";

    private final String osName;
    private final Map<String, String> env;
    private final Path home;

    public DataDirectory(String osName, Map<String, String> env, Path home) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /** The folder for this machine and user, from the running JVM's properties and environment. */
    public static DataDirectory ofSystem() {
        return new DataDirectory(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** Locates the folder for these command-line arguments and creates it if it is missing. */
    public Path resolve(List<String> args) {
        Path dir = locate(args);
        if (!Files.isDirectory(dir) && dir.equals(chosenFolder().orElse(null)) && !overridden(args)) {
            // A chosen folder that is gone (a removed drive) is not made anew empty, which would look like lost data.
            throw new StoreException(StoreException.Reason.OTHER, "store.error.chosenFolderMissing", List.of(dir.toString()),
                    "the chosen data folder is missing", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw WriteFailures.isReadOnly(e) ? SqlErrors.folderReadOnly(dir.toString(), e)
                    : SqlErrors.folderUnavailable(dir.toString(), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw notWritable(dir);
        }
        return dir;
    }

    /**
     * Why the folder cannot be written: a file made and removed at once tells a read-only disk (a write-protected or
     * failing drive, whoever runs the app) from missing rights.
     */
    private static StoreException notWritable(Path dir) {
        if (Files.isDirectory(dir)) {
            try {
                Files.delete(Files.createTempFile(dir, ".dd-probe-", ".tmp"));
            } catch (IOException | SecurityException e) {
                if (WriteFailures.isReadOnly(e)) {
                    return SqlErrors.folderReadOnly(dir.toString(), e);
                }
            }
        }
        return SqlErrors.folderUnavailable(dir.toString(), null);
    }

    /** Where the folder is, without touching the disk. */
    public Path locate(List<String> args) {
        String option = optionValue(args);
        if (option != null) {
            return toPath(option);
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return toPath(fromEnv.strip());
        }
        return chosenFolder().orElseGet(this::osDefault);
    }

    /**
     * Remembers {@code dir}, which the user chose in the window, for the next start; choosing the usual folder
     * forgets the choice. A folder given by option or environment variable is not remembered: it wins anyway.
     *
     * @throws IOException when the note cannot be written; the folder is still used for this session
     */
    public void remember(List<String> args, Path dir) throws IOException {
        if (overridden(args)) {
            return;
        }
        Path usual = osDefault();
        Path note = usual.resolve(CHOSEN_FOLDER_FILE);
        Path chosen = dir.toAbsolutePath().normalize();
        if (chosen.equals(usual)) {
            Files.deleteIfExists(note);
            return;
        }
        Files.createDirectories(usual);
        ReplacingFileWriter.write(note, out -> out.write(chosen.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private boolean overridden(List<String> args) {
        return optionValue(args) != null || !Texts.isBlank(env.get(ENV_VAR));
    }

    /** The folder remembered by {@link #remember}, if its note is there and names an absolute path. */
    private Optional<Path> chosenFolder() {
        Path note = osDefault().resolve(CHOSEN_FOLDER_FILE);
        try {
            String text = Files.readString(note, StandardCharsets.UTF_8).strip();
            Path chosen = Path.of(text);
            return text.isEmpty() || !chosen.isAbsolute() ? Optional.empty() : Optional.of(chosen.normalize());
        } catch (IOException | InvalidPathException | SecurityException unreadable) {
            // No note, or one that cannot be read: the usual folder, as before the choice.
            return Optional.empty();
        }
    }

    private Path osDefault() {
        if (osName.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("DelegationDesk");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("DelegationDesk");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("delegation-desk");
    }

    private static String optionValue(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(OPTION)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                    throw missingValue();
                }
                return args.get(i + 1).strip();
            }
            if (arg.startsWith(OPTION + "=")) {
                String value = arg.substring(OPTION.length() + 1).strip();
                if (value.isEmpty()) {
                    throw missingValue();
                }
                return value;
            }
        }
        return null;
    }

    private static Path toPath(String value) {
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw SqlErrors.folderUnavailable(value, e);
        }
    }

    private static StoreException missingValue() {
        return new StoreException(StoreException.Reason.OTHER, "store.error.dataDirMissingValue", List.of(),
                OPTION + " needs a folder", null);
    }
}
