package vn.delegationdesk.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.delegationdesk.platform.db.ServerAddress;

/**
 * The server the window opens at start, kept in a small file of the laptop's data folder: host, port, database and user
 * one a line, never the password. No file: the laptop's own store, as for every single laptop.
 */
public final class ServerConnectionFile {
    public static final String NAME = "server-connection.txt";

    private ServerConnectionFile() {
    }

    public static Optional<ServerAddress> read(Path dataDir) {
        try {
            String[] lines = Files.readString(dataDir.resolve(NAME), StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length < 4) {
                return Optional.empty();
            }
            return Optional.of(new ServerAddress(lines[0].strip(), Integer.parseInt(lines[1].strip()), lines[2].strip(),
                    lines[3].strip()));
        } catch (IOException | RuntimeException unreadable) {
            // No file, or one that does not name a server: the laptop's store.
            return Optional.empty();
        }
    }

    public static void write(Path dataDir, ServerAddress address) throws IOException {
        Files.writeString(dataDir.resolve(NAME), String.join("\n", address.host(), String.valueOf(address.port()),
                address.database(), address.user()) + "\n", StandardCharsets.UTF_8);
    }

    public static void clear(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(NAME));
    }
}
