package vn.delegationdesk.delegation.editor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;

/**
 * Whether the person working may save the editor's unsaved changes: the plan's are an organiser's, each part's the role
 * it names (the estimate finance's). "Lưu" is greyed with the first refusal, so that nothing is half saved by a service
 * that refuses one part after another was stored; the banner says once what the login may change.
 */
final class SavePermission {
    private SavePermission() {
    }

    /** Why the changes cannot be saved by the person {@code gate} gives; empty when they can (or nothing changed). */
    static Optional<Phrase> whyNot(RoleGate gate, boolean planDirty, List<EditorPart> parts) {
        if (planDirty) {
            Optional<Phrase> refusal = gate.whyNot(Role.ORGANISER, "people.action.savePlan");
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        for (EditorPart part : parts) {
            if (part.dirtyProperty().get()) {
                Optional<Phrase> refusal = gate.whyNot(part.roleToSave(), part.saveActionKey());
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The banner over the editor when the login lacks a role: which roles it holds and what that leaves it ("Tài khoản
     * ke_toan có vai trò Tài chính: …"); empty for a login holding all three (the single user of a laptop).
     */
    static Optional<Phrase> notice(User user) {
        if (user.roles().size() == Role.values().length) {
            return Optional.empty();
        }
        if (user.roles().isEmpty()) {
            return Optional.of(Phrase.of("ui.editor.roles.none", user.name()));
        }
        Object[] args = Stream.concat(Stream.of(user.name()),
                user.roles().stream().sorted().map(role -> Phrase.of(role.labelKey()))).toArray();
        return Optional.of(Phrase.of(args.length == 2 ? "ui.editor.roles.one" : "ui.editor.roles.two", args));
    }
}
