package vn.delegationdesk.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.delegationdesk.delegation.member.Member;

/**
 * What differs between my version of a delegation and the one stored by someone else: per field of the delegation
 * (with the message key of the field's label and both values), per member matched by the member's id (only in mine,
 * only in the stored one, or changed, with the fields that differ), and the larger parts (legs, programme, nights,
 * conferences…) named as changed sections. Values are kept as they are (text, dates, enums, numbers, booleans); the
 * screen words them.
 */
public record DelegationDiff(List<FieldChange> fields, List<MemberChange> members, List<String> changedSections) {
    public DelegationDiff {
        fields = List.copyOf(fields);
        members = List.copyOf(members);
        changedSections = List.copyOf(changedSections);
    }

    /** A field that differs: the message key of its label, my value and the stored one (either may be null). */
    public record FieldChange(String labelKey, Object mine, Object stored) {
        public FieldChange {
            Objects.requireNonNull(labelKey, "labelKey");
        }
    }

    /** Where a member is: only in my version, only in the stored one, or in both with different fields. */
    public enum MemberChangeKind {
        ONLY_MINE, ONLY_STORED, CHANGED
    }

    /** A member who differs, by id, named by the stored name (or mine when only mine has the member). */
    public record MemberChange(String memberId, String fullName, MemberChangeKind kind, List<FieldChange> fields) {
        public MemberChange {
            fields = List.copyOf(fields);
        }
    }

    public boolean isEmpty() {
        return fields.isEmpty() && members.isEmpty() && changedSections.isEmpty();
    }

    /** The differences between {@code mine} and {@code stored}, in the order of the editor's forms. */
    public static DelegationDiff between(Delegation mine, Delegation stored) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "ui.editor.field.title", mine, stored, Delegation::title);
        field(fields, "ui.detail.field.status", mine, stored, Delegation::status);
        field(fields, "ui.editor.field.parentBody", mine, stored, d -> d.issuingBody().parentBody());
        field(fields, "ui.editor.field.bodyName", mine, stored, d -> d.issuingBody().name());
        field(fields, "ui.editor.field.abbreviation", mine, stored, d -> d.issuingBody().abbreviation());
        field(fields, "ui.editor.field.documentNumber", mine, stored, d -> d.document().number());
        field(fields, "ui.editor.field.documentSymbol", mine, stored, d -> d.document().symbol());
        field(fields, "ui.editor.field.documentPlace", mine, stored, d -> d.document().place());
        field(fields, "ui.editor.field.documentDate", mine, stored, d -> d.document().date());
        field(fields, "ui.editor.field.departure", mine, stored, Delegation::departurePlace);
        field(fields, "ui.editor.field.startDate", mine, stored, Delegation::startDate);
        field(fields, "ui.editor.field.endDate", mine, stored, Delegation::endDate);
        field(fields, "ui.editor.field.plannedSize", mine, stored, Delegation::plannedSize);
        field(fields, "ui.detail.field.purposes", mine, stored, Delegation::purposes);
        field(fields, "ui.detail.field.exchangeTopics", mine, stored, Delegation::exchangeTopics);
        field(fields, "ui.detail.field.transport", mine, stored, Delegation::transportModes);
        field(fields, "ui.detail.field.funding", mine, stored, Delegation::fundingSource);
        field(fields, "ui.detail.field.recipients", mine, stored, Delegation::recipients);
        field(fields, "ui.editor.signer.prefix", mine, stored, d -> d.signer().authorityPrefix());
        field(fields, "ui.editor.signer.principal", mine, stored, d -> d.signer().principalTitle());
        field(fields, "ui.editor.signer.title", mine, stored, d -> d.signer().title());
        field(fields, "ui.editor.signer.name", mine, stored, d -> d.signer().name());

        List<String> sections = new ArrayList<>();
        section(sections, "ui.detail.field.legalBases", mine, stored, Delegation::legalBases);
        section(sections, "ui.detail.field.legs", mine, stored, Delegation::legs);
        section(sections, "ui.editor.tab.groups", mine, stored, Delegation::groups);
        section(sections, "ui.detail.tab.programme", mine, stored, Delegation::programme);
        section(sections, "ui.editor.tab.stay", mine, stored, Delegation::nights);
        section(sections, "ui.detail.tab.conferences", mine, stored, Delegation::conferences);
        section(sections, "ui.detail.tab.responsibilities", mine, stored, Delegation::responsibilities);
        return new DelegationDiff(fields, members(mine.members(), stored.members()), sections);
    }

    private static List<MemberChange> members(List<Member> mine, List<Member> stored) {
        Map<String, Member> mineById = byId(mine);
        Map<String, Member> storedById = byId(stored);
        List<MemberChange> changes = new ArrayList<>();
        for (Member m : mine) {
            Member theirs = storedById.get(m.id());
            if (theirs == null) {
                changes.add(new MemberChange(m.id(), m.fullName(), MemberChangeKind.ONLY_MINE, List.of()));
            } else {
                List<FieldChange> fields = memberFields(m, theirs);
                if (!fields.isEmpty()) {
                    changes.add(new MemberChange(m.id(), theirs.fullName(), MemberChangeKind.CHANGED, fields));
                }
            }
        }
        for (Member theirs : stored) {
            if (!mineById.containsKey(theirs.id())) {
                changes.add(new MemberChange(theirs.id(), theirs.fullName(), MemberChangeKind.ONLY_STORED, List.of()));
            }
        }
        return changes;
    }

    private static List<FieldChange> memberFields(Member mine, Member stored) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "ui.members.column.fullName", mine, stored, Member::fullName);
        field(fields, "ui.members.column.role", mine, stored, Member::role);
        field(fields, "ui.members.column.gender", mine, stored, Member::gender);
        field(fields, "ui.members.column.dateOfBirth", mine, stored, Member::dateOfBirth);
        field(fields, "ui.members.column.position", mine, stored, Member::position);
        field(fields, "ui.members.column.unit", mine, stored, Member::sendingUnit);
        field(fields, "ui.members.column.group", mine, stored, Member::groupId);
        field(fields, "ui.members.column.coefficient", mine, stored, Member::allowanceCoefficient);
        field(fields, "ui.members.column.payroll", mine, stored, Member::onStatePayroll);
        field(fields, "ui.members.column.phone", mine, stored, Member::phone);
        field(fields, "ui.members.column.idNumber", mine, stored, Member::idNumber);
        field(fields, "ui.members.column.notes", mine, stored, Member::notes);
        return fields;
    }

    private static Map<String, Member> byId(List<Member> members) {
        Map<String, Member> map = new LinkedHashMap<>();
        for (Member m : members) {
            map.putIfAbsent(m.id(), m);
        }
        return map;
    }

    private static <T> void field(List<FieldChange> out, String labelKey, T mine, T stored, Function<T, Object> value) {
        Object a = value.apply(mine);
        Object b = value.apply(stored);
        if (!Objects.equals(a, b)) {
            out.add(new FieldChange(labelKey, a, b));
        }
    }

    private static void section(List<String> out, String labelKey, Delegation mine, Delegation stored,
            Function<Delegation, List<?>> part) {
        if (!part.apply(mine).equals(part.apply(stored))) {
            out.add(labelKey);
        }
    }
}
