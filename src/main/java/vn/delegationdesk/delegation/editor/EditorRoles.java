package vn.delegationdesk.delegation.editor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * What the editor lets the login do: whether it may save the unsaved changes (the plan's are an organiser's, each part's
 * the role it names, the estimate finance's), create, copy and delete. "Lưu" is greyed with the first refusal, so that
 * nothing is half saved by a service that refuses one part after another was stored; the banner says once what the login
 * may change.
 */
public final class EditorRoles {
    private final RoleGate gate;
    private final Messages messages;
    private final ReadOnlyStringWrapper saveRefusal = new ReadOnlyStringWrapper(this, "saveRefusal", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper createUnavailable = new ReadOnlyStringWrapper(this, "createUnavailable", "");
    private final ReadOnlyStringWrapper deleteUnavailable = new ReadOnlyStringWrapper(this, "deleteUnavailable", "");

    EditorRoles(RoleGate gate, Messages messages) {
        this.gate = gate;
        this.messages = messages;
        refresh();
    }

    /** Reads the login's roles again (after a change of display name). */
    public void refresh() {
        notice.set(notice(gate.user()).map(this::text).orElse(""));
        createUnavailable.set(gate.whyNot(Role.ORGANISER, "people.action.createDelegation").map(this::text).orElse(""));
        deleteUnavailable.set(gate.whyNot(Role.ORGANISER, "people.action.deleteDelegation").map(this::text).orElse(""));
    }

    /** Works out again whether the unsaved changes may be saved: the plan's ({@code planDirty}) and the dirty parts'. */
    void changed(boolean planDirty, List<EditorPart> parts) {
        saveRefusal.set(whyNot(gate, planDirty, parts).map(this::text).orElse(""));
    }

    /** Why the unsaved changes need a role the login lacks; "" when they may be saved. */
    ReadOnlyStringProperty saveRefusalProperty() {
        return saveRefusal.getReadOnlyProperty();
    }

    /**
     * The banner over the editor for a login that lacks a role ("Tài khoản ke_toan có vai trò «Tài chính»: …"); "" for
     * one holding every role, as the single user of a laptop does.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why "Tạo đoàn mới…" and "Sao chép thành đoàn mới…" are greyed for this login; "" when they work. */
    public ReadOnlyStringProperty createUnavailableProperty() {
        return createUnavailable.getReadOnlyProperty();
    }

    /** Why "Xóa đoàn…" is greyed for this login; "" when it works. */
    public ReadOnlyStringProperty deleteUnavailableProperty() {
        return deleteUnavailable.getReadOnlyProperty();
    }

    private String text(Phrase phrase) {
        return messages.get(phrase.key(), phrase.args().toArray());
    }

    /** Why the changes cannot be saved by the person {@code gate} gives; empty when they can (or nothing changed). */
    private static Optional<Phrase> whyNot(RoleGate gate, boolean planDirty, List<EditorPart> parts) {
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
    private static Optional<Phrase> notice(User user) {
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
