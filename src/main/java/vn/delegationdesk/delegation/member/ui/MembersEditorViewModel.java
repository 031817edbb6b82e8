package vn.delegationdesk.delegation.member.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.MembershipConflict;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.QuotaCount;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The members table and the live quota panel. Members are edited cell by cell; a text that cannot become the
 * value (a birth date "31/02/1980", a coefficient "abc") is refused with a message naming the member and the
 * field, and the member stays as it was. Making someone head of delegation makes the previous head a member,
 * so there is exactly one. The filter ignores case and Vietnamese marks.
 *
 * <p>About 400 lines because it is the table's and the quota panel's whole API (the page and its tests call each
 * member directly); the workbook commands and the member builder already live elsewhere.
 */
public final class MembersEditorViewModel {
    /** The columns edited as text. */
    public enum TextColumn { FULL_NAME, POSITION, SENDING_UNIT, PHONE, ID_NUMBER, DATE_OF_BIRTH, COEFFICIENT, NOTES }

    private final DelegationDraft draft;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private final DraftList<Member> members;
    private final FilteredList<Member> visible;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper headStatus = new ReadOnlyStringWrapper(this, "headStatus", "");
    private final ObservableList<QuotaCount.GroupCount> quotaGroups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper quotaSummary = new ReadOnlyStringWrapper(this, "quotaSummary", "");
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> conflictByMember = new HashMap<>();
    private final Map<String, String> searchKeys = new HashMap<>();

    public MembersEditorViewModel(DelegationDraft draft, ObservableList<MembershipConflict> conflicts, Messages messages,
            Function<MembershipConflict, String> describeConflict) {
        this.draft = draft;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
        this.members = new DraftList<>(draft, Delegation::members, (b, v) -> b.members(v));
        this.visible = new FilteredList<>(members.items());
        filterText.addListener((o, old, text) -> applyFilter());
        members.items().addListener((ListChangeListener<Member>) change -> {
            reindex();
            updateCount();
        });
        draft.valueProperty().addListener((o, old, d) -> recount(d));
        draft.onRestart(() -> notice.set(""));
        conflicts.addListener((ListChangeListener<MembershipConflict>) change -> {
            conflictByMember.clear();
            for (MembershipConflict c : conflicts) {
                conflictByMember.put(c.memberId(), describeConflict.apply(c));
            }
        });
        reindex();
        recount(draft.get());
        updateCount();
    }

    // ---- table -----------------------------------------------------------------------------------------

    /** The members matching the filter, in the delegation's order; the view sorts them. */
    public ObservableList<Member> visibleMembers() {
        return visible;
    }

    /** All members, in the delegation's order. */
    public ObservableList<Member> allMembers() {
        return members.items();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "37 thành viên" or "Hiển thị 3/37 thành viên". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The last thing the editor has to tell ("Đã chuyển … thành Thành viên", a refused value). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** 1-based number of a member in the delegation ("STT"). */
    public int numberOf(Member member) {
        return positions.getOrDefault(member.id(), -1) + 1;
    }

    /** The Vietnamese text of a column for a member, as shown and as edited. */
    public String text(Member m, TextColumn column) {
        return switch (column) {
            case FULL_NAME -> m.fullName();
            case POSITION -> m.position();
            case SENDING_UNIT -> m.sendingUnit();
            case PHONE -> m.phone();
            case ID_NUMBER -> m.idNumber();
            case DATE_OF_BIRTH -> VietnameseDates.format(m.dateOfBirth());
            case COEFFICIENT -> m.allowanceCoefficient() == null ? "" : m.allowanceCoefficient().toPlainString().replace('.', ',');
            case NOTES -> m.notes();
        };
    }

    public String groupName(Member m) {
        Delegation d = draft.get();
        if (d == null) {
            return "";
        }
        return d.groups().stream().filter(g -> g.id().equals(m.groupId())).map(MemberGroup::name).findFirst().orElse("");
    }

    public List<MemberGroup> groups() {
        Delegation d = draft.get();
        return d == null ? List.of() : d.groups();
    }

    /** The draft's problem for a member's field ("idNumber", "phone"), or null: the table marks the cell. */
    public String problem(Member m, String field) {
        int index = positions.getOrDefault(m.id(), -1);
        return index < 0 ? null : draft.messageAt("members[" + index + "]." + field);
    }

    /** "Đã có trong đoàn … cùng thời gian", or null. */
    public String conflict(Member m) {
        return conflictByMember.get(m.id());
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Applies a typed cell; returns null when taken, else the message saying why not (the member is unchanged). */
    public String edit(Member m, TextColumn column, String typed) {
        String text = typed == null ? "" : typed.strip();
        Member next;
        switch (column) {
            case FULL_NAME -> next = m.toBuilder().fullName(text).build();
            case POSITION -> next = m.toBuilder().position(text).build();
            case SENDING_UNIT -> next = m.toBuilder().sendingUnit(text).build();
            case PHONE -> next = m.toBuilder().phone(text).build();
            case ID_NUMBER -> next = m.toBuilder().idNumber(text.replace(" ", "")).build();
            case DATE_OF_BIRTH -> {
                LocalDate date = text.isEmpty() ? null : VietnameseDateParser.parse(text).orElse(null);
                if (!text.isEmpty() && date == null) {
                    return refuse(messages.get("ui.members.error.dateOfBirth", m.fullName(), text));
                }
                next = m.toBuilder().dateOfBirth(date).build();
            }
            case COEFFICIENT -> {
                BigDecimal value = coefficient(text);
                if (!text.isEmpty() && value == null) {
                    return refuse(messages.get("ui.members.error.coefficient", m.fullName(), text));
                }
                next = m.toBuilder().allowanceCoefficient(value).build();
            }
            case NOTES -> next = m.toBuilder().notes(text).build();
            default -> throw new IllegalArgumentException(column.name());
        }
        replace(m, next);
        notice.set("");
        return null;
    }

    public void setGender(Member m, Gender gender) {
        replace(m, m.toBuilder().gender(gender).build());
    }

    public void setPayroll(Member m, boolean onPayroll) {
        replace(m, m.toBuilder().onStatePayroll(onPayroll).build());
    }

    public void setGroup(Member m, String groupId) {
        replace(m, m.toBuilder().groupId(groupId == null ? "" : groupId).build());
    }

    /** Sets the role; a new head of delegation makes the previous one a member (exactly one head). */
    public void setRole(Member m, DelegationRole role) {
        Delegation d = draft.get();
        if (d == null) {
            return;
        }
        List<Member> next = new ArrayList<>();
        String demoted = null;
        for (Member other : d.members()) {
            if (other.id().equals(m.id())) {
                next.add(other.toBuilder().role(role).build());
            } else if (role == DelegationRole.HEAD && other.role() == DelegationRole.HEAD) {
                next.add(other.toBuilder().role(DelegationRole.MEMBER).build());
                demoted = other.fullName();
            } else {
                next.add(other);
            }
        }
        draft.update(b -> b.members(next));
        notice.set(demoted == null ? "" : messages.get("ui.members.notice.headChanged", m.fullName(), demoted));
    }

    /** Adds an empty member (in the given group, if any) and returns it, for the view to start editing its name. */
    public Member add(String groupId) {
        Delegation d = draft.get();
        if (d == null) {
            return null;
        }
        Member fresh = new Member(nextId(d.members()), "", Gender.UNSPECIFIED, null, "", "", groupId == null ? "" : groupId,
                null, true, "", "", DelegationRole.MEMBER, "", false);
        List<Member> next = new ArrayList<>(d.members());
        next.add(fresh);
        draft.update(b -> b.members(next));
        filterText.set("");
        return fresh;
    }

    /** Appends members coming from an import, giving any clashing id a fresh one. */
    public void append(Collection<Member> imported) {
        Delegation d = draft.get();
        if (d == null || imported.isEmpty()) {
            return;
        }
        List<Member> next = new ArrayList<>(d.members());
        Set<String> ids = new HashSet<>();
        next.forEach(m -> ids.add(m.id()));
        for (Member m : imported) {
            Member placed = m;
            if (!ids.add(m.id())) {
                String id = nextId(next);
                placed = m.toBuilder().id(id).build();
                ids.add(id);
            }
            next.add(placed);
        }
        draft.update(b -> b.members(next));
    }

    public void remove(Collection<Member> removed) {
        Set<String> ids = new HashSet<>();
        removed.forEach(m -> ids.add(m.id()));
        draft.update(b -> b.members(draft.get().members().stream().filter(m -> !ids.contains(m.id())).toList()));
    }

    // ---- quota panel -----------------------------------------------------------------------------------

    public ObservableList<QuotaCount.GroupCount> quotaGroups() {
        return quotaGroups;
    }

    /** "Đã có 36/37 thành viên theo kế hoạch · 1 người chưa xếp nhóm". */
    public ReadOnlyStringProperty quotaSummaryProperty() {
        return quotaSummary.getReadOnlyProperty();
    }

    /** "Trưởng đoàn: Nguyễn Văn An", "Chưa có Trưởng đoàn", or the names when there are several. */
    public ReadOnlyStringProperty headStatusProperty() {
        return headStatus.getReadOnlyProperty();
    }

    public String seats(int filled, int planned) {
        return messages.get("ui.composition.quota.seats", filled, planned);
    }

    public String stateText(QuotaCount.State state, int filled, int seats) {
        return switch (state) {
            case COMPLETE -> messages.get("ui.members.quota.complete");
            case UNDER -> messages.get("ui.members.quota.under", seats - filled);
            case OVER -> messages.get("ui.members.quota.over", filled - seats);
        };
    }

    public String outsideText(int outside) {
        return messages.get("ui.members.quota.outside", outside);
    }

    public String label(Enum<?> value) {
        return formatter.label(value);
    }

    // ---- internals -------------------------------------------------------------------------------------

    private void recount(Delegation d) {
        if (d == null) {
            quotaGroups.clear();
            quotaSummary.set("");
            headStatus.set("");
            return;
        }
        QuotaCount.Result result = QuotaCount.of(d.groups(), d.members(), TextFolding::fold);
        if (!result.groups().equals(quotaGroups)) {
            quotaGroups.setAll(result.groups());
        }
        String summary = messages.get("ui.composition.summary", result.filled(), d.plannedSize());
        if (result.unassigned() > 0) {
            summary += " · " + messages.get("ui.composition.unassigned", result.unassigned());
        }
        quotaSummary.set(summary);
        List<String> heads = d.members().stream().filter(m -> m.role() == DelegationRole.HEAD).map(Member::fullName).toList();
        if (heads.isEmpty()) {
            headStatus.set(messages.get("ui.members.head.none"));
        } else if (heads.size() == 1) {
            headStatus.set(messages.get("ui.members.head.one", heads.get(0)));
        } else {
            headStatus.set(messages.get("ui.members.head.many", String.join(", ", heads)));
        }
    }

    private void applyFilter() {
        List<String> tokens = TextFolding.tokens(filterText.get());
        Predicate<Member> predicate = tokens.isEmpty() ? null : m -> TextFolding.matchesAll(searchKey(m), tokens);
        visible.setPredicate(predicate);
        updateCount();
    }

    private String searchKey(Member m) {
        return searchKeys.computeIfAbsent(m.id() + "\u0000" + m.fullName() + "\u0000" + m.sendingUnit() + "\u0000" + m.position()
                + "\u0000" + m.phone() + "\u0000" + m.idNumber(), k -> TextFolding.searchKey(k.replace('\u0000', ' ')));
    }

    private void updateCount() {
        int all = members.items().size();
        countText.set(visible.size() == all ? messages.get("ui.members.count", all)
                : messages.get("ui.members.count.filtered", visible.size(), all));
    }

    private void reindex() {
        positions.clear();
        List<Member> all = members.items();
        for (int i = 0; i < all.size(); i++) {
            positions.put(all.get(i).id(), i);
        }
        if (searchKeys.size() > 4 * Math.max(all.size(), 64)) {
            searchKeys.clear();
        }
    }

    private void replace(Member old, Member next) {
        if (old.equals(next)) {
            return;
        }
        Delegation d = draft.get();
        if (d == null) {
            return;
        }
        List<Member> list = new ArrayList<>(d.members());
        int index = positions.getOrDefault(old.id(), -1);
        if (index < 0 || index >= list.size() || !list.get(index).id().equals(old.id())) {
            return;
        }
        list.set(index, next);
        draft.update(b -> b.members(list));
    }

    /** Shows a message above the table (an import or export done). */
    public void announce(String message) {
        notice.set(message);
    }

    private String refuse(String message) {
        notice.set(message);
        return message;
    }

    private static BigDecimal coefficient(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            return value.signum() < 0 || value.scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nextId(List<Member> existing) {
        Set<String> ids = new HashSet<>();
        existing.forEach(m -> ids.add(m.id()));
        int n = existing.size() + 1;
        while (ids.contains(String.format("tv-%03d", n))) {
            n++;
        }
        return String.format("tv-%03d", n);
    }
}
