package vn.delegationdesk.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * The connection dialog's fields (host, port, database, user) and what is wrong with them, each message naming its
 * field. The connection is remembered with the laptop's data (host, port, database and user only: the password is asked
 * each time and never written anywhere).
 */
public final class ServerConnectionForm {
    /** The setting that keeps the last connection, one field a line. */
    static final String SETTING = "server.connection";

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** What is wrong, one Vietnamese sentence a field, in the fields' order; empty when the connection can be tried. */
    public List<String> problems(Messages messages) {
        List<String> problems = new ArrayList<>();
        String h = host.get().strip();
        if (h.isEmpty()) {
            problems.add(messages.get("ui.server.error.hostEmpty"));
        } else if (!ServerAddress.isHost(h)) {
            problems.add(messages.get("ui.server.error.hostBad", h));
        }
        if (portNumber().isEmpty()) {
            problems.add(messages.get("ui.server.error.port", port.get().strip()));
        }
        String db = database.get().strip();
        if (db.isEmpty()) {
            problems.add(messages.get("ui.server.error.databaseEmpty"));
        } else if (!ServerAddress.isDatabase(db)) {
            problems.add(messages.get("ui.server.error.databaseBad", db));
        }
        if (user.get().isBlank()) {
            problems.add(messages.get("ui.server.error.userEmpty"));
        }
        return problems;
    }

    /** The address typed, when every field is right. */
    public Optional<ServerAddress> address() {
        if (!problems(new Messages()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ServerAddress(host.get().strip(), portNumber().orElseThrow(), database.get().strip(),
                user.get().strip()));
    }

    private Optional<Integer> portNumber() {
        String text = port.get().strip();
        if (!text.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= 65535 ? Optional.of(value) : Optional.empty();
    }

    /** A form filled with {@code address}, to change it. */
    public static ServerConnectionForm of(ServerAddress address) {
        ServerConnectionForm form = new ServerConnectionForm();
        form.host.set(address.host());
        form.port.set(String.valueOf(address.port()));
        form.database.set(address.database());
        form.user.set(address.user());
        return form;
    }

    /** Fills the fields with the connection remembered in {@code settings}, if there is one. */
    public void recall(SettingsRepository settings) {
        settings.get(SETTING).map(text -> text.split("\n", -1)).filter(lines -> lines.length == 4).ifPresent(lines -> {
            host.set(lines[0]);
            port.set(lines[1]);
            database.set(lines[2]);
            user.set(lines[3]);
        });
    }

    /** Remembers {@code address} (never a password) in {@code settings}. */
    public static void remember(SettingsRepository settings, ServerAddress address) {
        settings.put(SETTING, String.join("\n", address.host(), String.valueOf(address.port()), address.database(),
                address.user()));
    }
}
