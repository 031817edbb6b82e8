package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the per-user data folder: the {@code --data-dir DIR} option, else the
 * {@code DELEGATION_DESK_DATA_DIR} environment variable, else the usual place of the operating system.
 * The OS name, environment and home folder are injected so every branch can be tested on any machine.
 */
public final class DataDirectory {
    public static final String OPTION = "--data-dir";
    public static final String ENV_VAR = "DELEGATION_DESK_DATA_DIR";

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
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw SqlErrors.folderUnavailable(dir.toString(), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw SqlErrors.folderUnavailable(dir.toString(), null);
        }
        return dir;
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
        return osDefault();
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
