package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of a store and H2's file encryption. An encrypted H2 file starts with {@code H2encrypt\n}
 * (FilePathEncrypt's header), a plain one with {@code H:2,}: the header tells which without a password.
 */
final class StoreFiles {
    static final String DB_SUFFIX = ".mv.db";
    static final String DB_FILE = Database.FILE_NAME + DB_SUFFIX;
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StoreFiles() {
    }

    static Path dbFile(Path dir) {
        return dir.toAbsolutePath().resolve(DB_FILE);
    }

    static String stamp(Clock clock) {
        return STAMP.format(LocalDateTime.now(clock));
    }

    /** Whether the database file is H2-encrypted; false for a missing, empty or plain file. */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The file password H2 gets for the user's password: the hex of its NFC UTF-8 bytes. H2 splits the JDBC
     * password at the first space ("filePassword userPassword"), so a phrase with spaces or any Vietnamese
     * letter must be encoded; hex keeps every character and H2's own key derivation still applies.
     */
    static char[] filePassword(char[] password) {
        byte[] bytes = Normalizer.normalize(new String(password), Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        char[] hex = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xF, 16);
            hex[2 * i + 1] = Character.forDigit(bytes[i] & 0xF, 16);
        }
        Arrays.fill(bytes, (byte) 0);
        return hex;
    }

    /** The JDBC password for an encrypted store: the file password, a space, the (empty) user password. */
    static char[] jdbcPassword(char[] password) {
        char[] file = filePassword(password);
        char[] jdbc = Arrays.copyOf(file, file.length + 1);
        jdbc[file.length] = ' ';
        Arrays.fill(file, '\0');
        return jdbc;
    }

    static String url(Path base, boolean encrypted, boolean readOnly) {
        // No AUTO_SERVER (it opens a TCP port); the app closes the database itself, not a JVM shutdown hook.
        // WRITE_DELAY=0: a commit is on disk when it returns, so a killed process loses only the save in progress.
        return "jdbc:h2:file:" + base.toAbsolutePath().toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
                + (encrypted ? ";CIPHER=AES" : "") + (readOnly ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : "");
    }

    /** Moves {@code source} over {@code target} in one step where the file system can. */
    static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new empty scratch folder inside {@code dataDir}: moving out of it is a rename on the same disk. */
    static Path scratch(Path dataDir, String prefix) throws IOException {
        return Files.createTempDirectory(dataDir.toAbsolutePath(), ".dd-" + prefix + "-");
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // A stray scratch file is harmless; the folder name starts with a dot.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
