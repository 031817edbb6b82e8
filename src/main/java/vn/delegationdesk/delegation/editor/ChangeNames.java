package vn.delegationdesk.delegation.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Names an edit of the draft for the undo menu, from what it changed: "xóa thành viên Nguyễn Văn An", "sửa số CCCD/CMND
 * của thành viên Trần Thị Bình", "thêm chặng", "sửa tên kế hoạch". When an edit changes several parts (a new start date
 * moves the legs, the programme and the conferences with it) it is named by the one the user changed: the dates
 * first, then the lists in the order of {@link #FIRST}, then the plan's single fields.
 */
final class ChangeNames {
    /** Parts named before others when an edit changed several (the second ones follow the first). */
    private static final List<String> FIRST = List.of("startDate", "endDate", "conferences", "programme", "groups", "members",
            "legs", "legalBases", "purposes", "exchangeTopics", "recipients", "responsibilities", "nights");
    /** Names quoted from the plan are cut after this many characters. */
    private static final int LONGEST = 48;

    private final Messages messages;

    ChangeNames(Messages messages) {
        this.messages = messages;
    }

    /** What changed from {@code before} to {@code after}, as it follows "Hoàn tác: ". */
    String describe(Delegation before, Delegation after) {
        List<String> changed = ChangePaths.components(before, after);
        if (changed.isEmpty()) {
            return messages.get("ui.undo.plan");
        }
        String main = FIRST.stream().filter(changed::contains).findFirst().orElse(changed.get(0));
        return switch (main) {
            case "members" -> list(before.members(), after.members(), Member::id, this::member, "ui.undo.noun.member",
                    this::memberChange);
            case "legs" -> list(before.legs(), after.legs(), null, (Leg leg) -> named("ui.undo.noun.leg", leg.place()),
                    "ui.undo.noun.leg", null);
            case "legalBases" -> list(before.legalBases(), after.legalBases(), null,
                    (LegalBasis basis) -> quoted("ui.undo.noun.legalBasis", basis.number().isEmpty() ? basis.subject() : basis.number()),
                    "ui.undo.noun.legalBasis", null);
            case "purposes" -> texts(before.purposes(), after.purposes(), "ui.undo.noun.purpose");
            case "exchangeTopics" -> texts(before.exchangeTopics(), after.exchangeTopics(), "ui.undo.noun.topic");
            case "recipients" -> texts(before.recipients(), after.recipients(), "ui.undo.noun.recipient");
            case "groups" -> list(before.groups(), after.groups(), MemberGroup::id,
                    (MemberGroup group) -> quoted("ui.undo.noun.group", group.name()), "ui.undo.noun.group", null);
            case "conferences" -> list(before.conferences(), after.conferences(), Conference::id,
                    (Conference conference) -> quoted("ui.undo.noun.conference", conference.title()), "ui.undo.noun.conference", null);
            case "responsibilities" -> list(before.responsibilities(), after.responsibilities(), null,
                    (Responsibility r) -> named("ui.undo.noun.responsibility", r.unit()), "ui.undo.noun.responsibility", null);
            case "programme" -> list(activities(before), activities(after), null, (Placed placed) -> activity(after, placed.activity()),
                    "ui.undo.noun.activity", null);
            case "nights" -> nights(before.nights(), after.nights());
            default -> field(before, after, main);
        };
    }

    /** "hoạt động “Làm việc với Sở Văn hóa…”", or "hoạt động" while it has no description. */
    private String activity(Delegation d, Activity a) {
        String text = a.description();
        if (text.isEmpty() && a.conferenceId() != null) {
            text = d.conferences().stream().filter(c -> c.id().equals(a.conferenceId())).map(Conference::title).findFirst()
                    .orElse("");
        }
        return quoted("ui.undo.noun.activity", text);
    }

    // ---- lists -----------------------------------------------------------------------------------------

    /**
     * An edit of one list: items added or removed (found by {@code identity}, or by value when it is null), the same
     * items in another order, or changed items ({@code change} names one changed item, else "sửa" and its phrase).
     */
    private <T> String list(List<T> before, List<T> after, Function<T, ?> identity, Function<T, String> phrase, String nounKey,
            BiFunction<T, T, String> change) {
        String noun = messages.get(nounKey);
        if (after.size() != before.size()) {
            boolean adding = after.size() > before.size();
            List<T> extra = adding ? missing(after, before, identity) : missing(before, after, identity);
            if (extra.size() == 1) {
                return messages.get(adding ? "ui.undo.add" : "ui.undo.remove", phrase.apply(extra.get(0)));
            }
            return messages.get(adding ? "ui.undo.addMany" : "ui.undo.removeMany", Math.abs(after.size() - before.size()), noun);
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        if (changed.size() == 1) {
            int i = changed.get(0);
            return change != null ? change.apply(before.get(i), after.get(i)) : messages.get("ui.undo.change", phrase.apply(after.get(i)));
        }
        if (missing(before, after, null).isEmpty()) {
            return messages.get("ui.undo.reorder", noun);
        }
        return messages.get("ui.undo.changeMany", changed.size(), noun);
    }

    /** The items of {@code from} that {@code other} does not have (as many times), by identity or by value. */
    private static <T> List<T> missing(List<T> from, List<T> other, Function<T, ?> identity) {
        Function<T, ?> key = identity == null ? item -> item : identity;
        Map<Object, Integer> counts = new HashMap<>();
        for (T item : other) {
            counts.merge(key.apply(item), 1, Integer::sum);
        }
        List<T> result = new ArrayList<>();
        for (T item : from) {
            Object k = key.apply(item);
            int left = counts.getOrDefault(k, 0);
            if (left > 0) {
                counts.put(k, left - 1);
            } else {
                result.add(item);
            }
        }
        return result;
    }

    private String texts(List<String> before, List<String> after, String nounKey) {
        return list(before, after, null, text -> quoted(nounKey, text), nounKey, null);
    }

    private String member(Member m) {
        return named("ui.undo.noun.member", m.fullName());
    }

    /** "sửa số CCCD/CMND của thành viên Trần Thị Bình" for one field, else "sửa thành viên Trần Thị Bình". */
    private String memberChange(Member before, Member after) {
        List<String> fields = ChangePaths.components(before, after);
        String key = fields.size() == 1 ? memberField(fields.get(0)) : null;
        return key == null ? messages.get("ui.undo.change", member(after))
                : messages.get("ui.undo.changeOf", lowerFirst(messages.get(key)), member(after));
    }

    private static String memberField(String component) {
        return switch (component) {
            case "fullName" -> "ui.members.column.fullName";
            case "gender" -> "ui.members.column.gender";
            case "dateOfBirth" -> "ui.members.column.dateOfBirth";
            case "position" -> "ui.members.column.position";
            case "sendingUnit" -> "ui.members.column.unit";
            case "groupId" -> "ui.members.column.group";
            case "allowanceCoefficient" -> "ui.members.column.coefficient";
            case "onStatePayroll" -> "ui.members.column.payroll";
            case "phone" -> "ui.members.column.phone";
            case "idNumber" -> "ui.members.column.idNumber";
            case "role" -> "ui.members.column.role";
            case "notes" -> "ui.members.column.notes";
            default -> null;
        };
    }

    /** Every activity of the programme with its date, in the programme's order. */
    private static List<Placed> activities(Delegation d) {
        List<Placed> all = new ArrayList<>();
        for (ProgrammeDay day : d.programme()) {
            for (Activity a : day.activities()) {
                all.add(new Placed(day.date(), a));
            }
        }
        return all;
    }

    /** The nights: back to following the programme, one night's stay changed ("sửa lưu trú đêm 16/10/2025"), or more. */
    private String nights(List<Night> before, List<Night> after) {
        if (after.isEmpty()) {
            return messages.get("ui.undo.stay.programme");
        }
        if (before.size() == after.size()) {
            List<LocalDate> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(after.get(i).date());
                }
            }
            if (changed.size() == 1) {
                return messages.get("ui.undo.change", messages.get("ui.undo.night", VietnameseDates.format(changed.get(0))));
            }
        }
        return messages.get("ui.undo.change", messages.get("ui.undo.noun.stay"));
    }

    // ---- single fields ---------------------------------------------------------------------------------

    /** "sửa tên kế hoạch": the one field changed, else the part of the plan, else "sửa kế hoạch". */
    private String field(Delegation before, Delegation after, String component) {
        String path = ChangePaths.singleField(before, after);
        String key = path == null ? null : fieldKey(path);
        if (key == null) {
            key = fieldKey(component);
        }
        return key == null ? messages.get("ui.undo.plan") : messages.get("ui.undo.change", lowerFirst(messages.get(key)));
    }

    private static String fieldKey(String path) {
        return switch (path) {
            case "title" -> "ui.editor.field.title";
            case "status" -> "ui.detail.field.status";
            case "issuingBody.parentBody" -> "ui.editor.field.parentBody";
            case "issuingBody.name", "issuingBody" -> "ui.editor.field.bodyName";
            case "issuingBody.abbreviation" -> "ui.editor.field.abbreviation";
            case "document.number" -> "ui.editor.field.documentNumber";
            case "document.symbol" -> "ui.editor.field.documentSymbol";
            case "document.place" -> "ui.editor.field.documentPlace";
            case "document.date" -> "ui.editor.field.documentDate";
            case "document" -> "ui.editor.section.document";
            case "departurePlace" -> "ui.editor.field.departure";
            case "startDate" -> "ui.editor.field.startDate";
            case "endDate" -> "ui.editor.field.endDate";
            case "plannedSize" -> "ui.editor.field.plannedSize";
            case "transportModes" -> "ui.detail.field.transport";
            case "fundingSource" -> "ui.detail.field.funding";
            case "signer.authorityPrefix" -> "ui.editor.signer.prefix";
            case "signer.principalTitle" -> "ui.editor.signer.principal";
            case "signer.title" -> "ui.editor.signer.title";
            case "signer.name" -> "ui.editor.signer.name";
            case "signer" -> "ui.detail.field.signer";
            default -> null;
        };
    }

    // ---- words -----------------------------------------------------------------------------------------

    /** "thành viên Nguyễn Văn An", or "thành viên" while the name is empty. */
    private String named(String nounKey, String name) {
        String noun = messages.get(nounKey);
        return name == null || name.isBlank() ? noun : messages.get("ui.undo.named", noun, shorten(name));
    }

    /** "hoạt động “Làm việc với Sở…”", or "hoạt động" while the text is empty. */
    private String quoted(String nounKey, String text) {
        String noun = messages.get(nounKey);
        return text == null || text.isBlank() ? noun : messages.get("ui.undo.quoted", noun, shorten(text));
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST - 1).stripTrailing() + "…";
    }

    /** "Số CCCD/CMND" becomes "số CCCD/CMND" inside a sentence; "CCCD" stays. */
    static String lowerFirst(String label) {
        if (label.length() >= 2 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** An activity with its date: the programme as one list. */
    private record Placed(LocalDate date, Activity activity) {
    }
}
