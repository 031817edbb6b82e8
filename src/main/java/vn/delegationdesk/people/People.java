package vn.delegationdesk.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * The name the person working is recorded under: on a laptop's store the system's user name, on a server the login,
 * until they set a display name ("Nguyễn Thị Lan"), which is kept with the data and written in the audit list from then
 * on. On a laptop the one user holds every role; on a server the roles are the login's ({@link RoleDirectory}).
 */
public final class People {
    /** The setting that holds the display name. */
    static final String SETTING = "user.displayName";
    /** A display name: one line, as wide as the audit list's column for who did it. */
    public static final TextLimit NAME = TextLimit.line("app_setting", "content/displayName", CurrentUser.MAX_NAME);

    private final SettingsRepository settings;
    private final CurrentUser user;
    /** The setting that holds this person's display name: one for a laptop, one per login on a shared server. */
    private final String setting;

    /** The people of a laptop's store. */
    public People(SettingsRepository settings, CurrentUser user) {
        this(settings, user, null);
    }

    /** The people of a store whose login is {@code login} (null: a laptop's store, with its one user). */
    public People(SettingsRepository settings, CurrentUser user, String login) {
        this.settings = settings;
        this.user = user;
        this.setting = settingOf(login);
    }

    /** The current user of a laptop's store: the kept display name if any, else the system's user name; every role. */
    public static CurrentUser currentUser(SettingsRepository settings) {
        CurrentUser system = CurrentUser.ofSystem();
        return kept(settings, SETTING).map(name -> new CurrentUser(User.everyRole(name))).orElse(system);
    }

    /**
     * The current user of a shared server's store, logged in as {@code login}: the display name kept for that login if
     * any, else the login itself; the roles the server grants it.
     */
    public static CurrentUser serverUser(SettingsRepository settings, String login, RoleDirectory roles) {
        String name = kept(settings, settingOf(login)).orElse(login);
        return new CurrentUser(new User(name, roles.rolesOfLogin()));
    }

    /** Each login's own display name: the settings of a server are shared by everyone who works on it. */
    private static String settingOf(String login) {
        return login == null ? SETTING : SETTING + "@" + login;
    }

    private static Optional<String> kept(SettingsRepository settings, String key) {
        return settings.get(key).map(String::strip).filter(name -> !name.isEmpty() && check(name).isEmpty());
    }

    public CurrentUser user() {
        return user;
    }

    /** The problems of {@code name} as a display name, naming the field. */
    public static List<ValidationError> check(String name) {
        List<ValidationError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(ValidationError.of("displayName", "validation.people.name.required"));
            return errors;
        }
        for (ValidationError problem : TextRules.check("displayName", name.strip(), NAME)) {
            errors.add(ValidationError.of("displayName", "validation.text.named", Phrase.of("people.field.name"),
                    new Phrase(problem.messageKey(), problem.args())));
        }
        return errors;
    }

    /** Keeps {@code name} as the display name and works under it from now on; refused, naming the field, when bad. */
    public void rename(String name) {
        List<ValidationError> errors = check(name);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String clean = name.strip();
        settings.put(setting, clean);
        user.set(new User(clean, user.get().roles()));
    }
}
