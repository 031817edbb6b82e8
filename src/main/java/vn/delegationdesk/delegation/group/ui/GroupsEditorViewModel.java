package vn.delegationdesk.delegation.group.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The plan's composition: groups ("Đại diện các phòng…: 12 người") with seats per sending unit. Editing the
 * selected group's name, description and quotas writes the draft; removing a group keeps its members, outside
 * every group, so nobody is lost.
 */
public final class GroupsEditorViewModel {
    private final DelegationDraft draft;
    private final Messages messages;
    private final DraftList<MemberGroup> groups;
    private final DraftList<Quota> quotas;
    private final StringProperty name;
    private final StringProperty description;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding present;

    public GroupsEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.groups = new DraftList<>(draft, Delegation::groups, (b, v) -> b.groups(v));
        this.quotas = groups.nested(MemberGroup::quotas, (g, v) -> new MemberGroup(g.id(), g.name(), g.description(), v));
        ItemFields<MemberGroup> fields = new ItemFields<>(groups);
        name = fields.text("name", MemberGroup::name, (g, v) -> new MemberGroup(g.id(), v, g.description(), g.quotas()));
        description = fields.text("description", MemberGroup::description,
                (g, v) -> new MemberGroup(g.id(), g.name(), v, g.quotas()));
        present = Bindings.createBooleanBinding(() -> groups.selectedItem() != null, groups.selectedProperty(), groups.items());
        draft.onRestart(() -> notice.set(""));
    }

    public ObservableList<MemberGroup> groups() {
        return groups.items();
    }

    public IntegerProperty selectedProperty() {
        return groups.selectedProperty();
    }

    boolean isRefreshing() {
        return groups.isRefreshing();
    }

    public BooleanBinding presentProperty() {
        return present;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The selected group's quotas. */
    public ObservableList<Quota> quotas() {
        return quotas.items();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "12 người" for a group. */
    public String seatsText(MemberGroup group) {
        return messages.get("ui.detail.plannedSize", group.plannedSeats());
    }

    public void addGroup() {
        Set<String> ids = new HashSet<>();
        groups.items().forEach(g -> ids.add(g.id()));
        int n = groups.items().size() + 1;
        while (ids.contains("nhom-" + n)) {
            n++;
        }
        groups.add(new MemberGroup("nhom-" + n, messages.get("ui.groups.newName"), "", List.of()));
    }

    /** Removes the selected group; its members stay in the delegation, outside every group. */
    public void removeGroup() {
        MemberGroup group = groups.selectedItem();
        if (group == null) {
            return;
        }
        int index = groups.selectedProperty().get();
        List<MemberGroup> nextGroups = new ArrayList<>(groups.items());
        nextGroups.remove(index);
        List<Member> nextMembers = draft.get().members().stream().map(m -> m.groupId().equals(group.id())
                ? new Member(m.id(), m.fullName(), m.gender(), m.dateOfBirth(), m.position(), m.sendingUnit(), "",
                        m.allowanceCoefficient(), m.onStatePayroll(), m.phone(), m.idNumber(), m.role(), m.notes(), m.sample())
                : m).toList();
        long moved = draft.get().members().stream().filter(m -> m.groupId().equals(group.id())).count();
        draft.update(b -> b.groups(nextGroups).members(nextMembers));
        groups.selectedProperty().set(Math.min(index, nextGroups.size() - 1));
        notice.set(moved == 0 ? "" : messages.get("ui.groups.removed", group.name(), moved));
    }

    public void moveGroup(int delta) {
        groups.moveSelected(delta);
    }

    public void addQuota() {
        quotas.add(new Quota(messages.get("ui.groups.newUnit"), 1));
    }

    /** Applies a typed quota row; returns null when taken, else why not (the quota is unchanged). */
    public String editQuota(int index, String unit, String seatsText) {
        if (index < 0 || index >= quotas.items().size()) {
            return null;
        }
        String seats = seatsText == null ? "" : seatsText.strip();
        if (!seats.matches("\\d{1,5}")) {
            String message = messages.get("ui.groups.error.seats", Texts.clean(unit), seats);
            notice.set(message);
            return message;
        }
        quotas.replace(index, new Quota(unit, Integer.parseInt(seats)));
        notice.set("");
        return null;
    }

    public void removeQuota(int index) {
        if (index < 0 || index >= quotas.items().size()) {
            return;
        }
        quotas.selectedProperty().set(index);
        quotas.removeSelected();
    }

    public void moveQuota(int index, int delta) {
        if (index < 0 || index >= quotas.items().size()) {
            return;
        }
        quotas.selectedProperty().set(index);
        quotas.moveSelected(delta);
    }
}
