package vn.delegationdesk.people;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.settings.SettingsRepository;

/**
 * The name the one user of a laptop's store works under: the system's user name until they set a display name
 * ("Nguyễn Thị Lan"), which is kept with the data and written in the audit list from then on. The user keeps every role.
 */
public final class People {
    /** The setting that holds the display name. */
    static final String SETTING = "user.displayName";
    /** A display name: one line, as wide as the audit list's column for who did it. */
    public static final TextLimit NAME = TextLimit.line("app_setting", "content/displayName", CurrentUser.MAX_NAME);

    private final SettingsRepository settings;
    private final CurrentUser user;

    public People(SettingsRepository settings, CurrentUser user) {
        this.settings = settings;
        this.user = user;
    }

    /** The current user of a laptop's store: the kept display name if any, else the system's user name; every role. */
    public static CurrentUser currentUser(SettingsRepository settings) {
        CurrentUser system = CurrentUser.ofSystem();
        return settings.get(SETTING).map(String::strip).filter(name -> !name.isEmpty() && check(name).isEmpty())
                .map(name -> new CurrentUser(User.everyRole(name))).orElse(system);
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
        settings.put(SETTING, clean);
        user.set(new User(clean, user.get().roles()));
    }
}
