package vn.delegationdesk.delegation.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationDiff.FieldChange;
import vn.delegationdesk.delegation.DelegationDiff.MemberChange;
import vn.delegationdesk.delegation.DelegationDiff;
import vn.delegationdesk.delegation.SaveConflict;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.format.DifferenceTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * My version of a delegation against a newer one someone else stored: after a refused save ("Đoàn này đã được … lưu lúc
 * …, sau khi bạn mở nó") or from the editor's notice of a newer version. Says who saved and when, lists every
 * difference in words (per field, per member, the changed parts), and offers the choices: "Tải lại bản đã lưu" (my
 * edits are dropped, the stored version is loaded), "Lưu bản của tôi thành bản sao" (my version is stored as a new
 * delegation marked as a copy; the stored one is loaded) and "Hủy" (keep editing; nothing is stored). Each choice is made
 * once and closes it. Holds no node.
 */
public final class VersionConflictViewModel {
    /** What the editor does for each choice. */
    public interface Choices {
        /** Drop my edits and load {@code stored}. */
        void reload(VersionedDelegation stored);

        /** Store {@code mine} as a new delegation titled {@code copyTitle}, then load {@code stored}. */
        void keepMineAsCopy(Delegation mine, String copyTitle, VersionedDelegation stored);

        /** Nothing is stored: editing goes on. */
        void cancel();
    }

    private final Messages messages;
    private final DifferenceTexts texts;
    private final Delegation mine;
    private final VersionedDelegation stored;
    private final boolean refusedSave;
    private final Choices choices;
    private final List<String> differences;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);

    /**
     * {@code refusedSave}: true after a save was refused, false when the user opened the differences from the notice of a
     * newer version.
     */
    public VersionConflictViewModel(Messages messages, Delegation mine, VersionedDelegation stored, boolean refusedSave,
            Choices choices) {
        this.messages = messages;
        this.texts = new DifferenceTexts(messages);
        this.mine = Objects.requireNonNull(mine, "mine");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.refusedSave = refusedSave;
        this.choices = choices;
        this.differences = describe(DelegationDiff.between(mine, stored.delegation()));
    }

    /** "Đã có người khác lưu đoàn này" or "Bản mới hơn của đoàn này". */
    public String title() {
        return messages.get(refusedSave ? "ui.version.conflict.title" : "ui.version.newer.title");
    }

    /**
     * "Đoàn này đã được Trần Thị Bình lưu lúc 09:41 ngày 07/12/2026, sau khi bạn mở nó. Bản của bạn chưa được lưu…" after a
     * refused save; "Trần Thị Bình đã lưu … lúc …" for a newer version seen while editing.
     */
    public String message() {
        StoredVersion version = stored.version();
        String who = version.savedBy().isBlank() ? messages.get("ui.version.someone") : version.savedBy();
        return messages.get(refusedSave ? "ui.version.conflict.message" : "ui.version.newer.message", who,
                SaveConflict.when(version));
    }

    /** Every difference between my version and the stored one, one sentence each; one line saying so when there is none. */
    public List<String> differences() {
        return differences;
    }

    public String reloadText() {
        return messages.get("ui.version.reload");
    }

    public String copyText() {
        return messages.get("ui.version.keepMine");
    }

    public String cancelText() {
        return messages.get("ui.dialog.cancel");
    }

    /** The title my version would be stored under, marked as a copy: "… (bản sao)". */
    public String copyTitle() {
        return messages.get("ui.editor.copy.title", mine.title());
    }

    /** The stored version: who saved it and when. */
    public StoredVersion storedVersion() {
        return stored.version();
    }

    /** True once a choice was made. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    /** "Tải lại bản đã lưu": my edits are dropped and the stored version is shown. */
    public void reload() {
        if (close()) {
            choices.reload(stored);
        }
    }

    /** "Lưu bản của tôi thành bản sao": my version becomes a new delegation, the stored one is shown. */
    public void keepMineAsCopy() {
        if (close()) {
            choices.keepMineAsCopy(mine, copyTitle(), stored);
        }
    }

    /** "Hủy": back to editing, my edits kept and not stored. */
    public void cancel() {
        if (close()) {
            choices.cancel();
        }
    }

    private boolean close() {
        if (closed.get()) {
            return false;
        }
        closed.set(true);
        return true;
    }

    private List<String> describe(DelegationDiff diff) {
        List<String> lines = new ArrayList<>();
        for (FieldChange change : diff.fields()) {
            lines.add(change(messages.get(change.labelKey()), change));
        }
        for (MemberChange member : diff.members()) {
            String name = member.fullName().isBlank() ? messages.get("ui.version.member.unnamed") : member.fullName();
            switch (member.kind()) {
                case ONLY_MINE -> lines.add(messages.get("ui.version.member.onlyMine", name));
                case ONLY_STORED -> lines.add(messages.get("ui.version.member.onlyStored", name));
                default -> member.fields().forEach(change -> lines.add(change(messages.get("ui.version.member.field", name,
                        messages.get(change.labelKey())), change)));
            }
        }
        for (String section : diff.changedSections()) {
            lines.add(messages.get("ui.version.section", messages.get(section)));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get("ui.version.same"));
        }
        return List.copyOf(lines);
    }

    /** "Tên kế hoạch: bản của bạn “…”, bản đã lưu “…”". */
    private String change(String label, FieldChange change) {
        return messages.get("ui.version.field", label, value(change.mine()), value(change.stored()));
    }

    private String value(Object value) {
        return texts.value(value);
    }
}
