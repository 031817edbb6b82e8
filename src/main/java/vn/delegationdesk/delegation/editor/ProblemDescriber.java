package vn.delegationdesk.delegation.editor;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * Says where a rule problem is in words a clerk knows: "Thành viên 4 (Nguyễn Văn An) – Số CCCD/CMND: phải gồm 9
 * hoặc 12 chữ số" instead of the field path "members[3].idNumber". An item is named by its number, and by its name in
 * brackets when it has one ("Phân công 1 – Đơn vị thực hiện: chưa nhập…", never "Phân công 1 ():"); the field is
 * always named, by the label the form shows for it. Unknown paths fall back to the path itself.
 */
final class ProblemDescriber {
    private static final Pattern INDEXED = Pattern.compile("([a-zA-Z]+)\\[(\\d+)]\\.?(.*)");
    private static final Pattern NIGHT_FIELD = Pattern.compile("nights\\[(\\d+)]\\.(place|hotel|address|phone)");

    /** How much of an item's name is quoted in brackets: enough to recognise it, never a whole paragraph. */
    private static final int MAX_NAME = 80;

    private final Messages messages;

    ProblemDescriber(Messages messages) {
        this.messages = messages;
    }

    List<String> describe(List<ValidationError> errors, Delegation d) {
        return errors.stream().map(e -> describe(e, d)).toList();
    }

    String describe(ValidationError error, Delegation d) {
        String problem = messages.get(error.messageKey(), error.args().toArray());
        if (error.path() != null && error.path().startsWith("nights")) {
            // The stay plan's messages name their night ("Đêm 16/10/2025: chưa chọn nơi nghỉ"): say the tab before it.
            // A text's message does not: the night and the field come first ("Lưu trú – Đêm 16/10/2025 – Khách sạn: …").
            String night = TextRules.isTextProblem(error.messageKey()) ? nightField(error.path(), d) : null;
            return messages.get("ui.problem.stay", night == null ? problem : messages.get("ui.problem.line", night, problem));
        }
        return messages.get("ui.problem.line", where(error.path(), d), problem);
    }

    private String where(String path, Delegation d) {
        Matcher m = INDEXED.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return topLevel(path);
        }
        int i = Integer.parseInt(m.group(2));
        String rest = m.group(3);
        return switch (m.group(1)) {
            case "members" -> item("ui.problem.member", i, name(d.members(), i, member -> member.fullName()), memberField(rest));
            case "legs" -> item("ui.problem.leg", i, name(d.legs(), i, leg -> leg.place()), legField(rest));
            case "legalBases" -> item("ui.problem.legalBasis", i, name(d.legalBases(), i, basis -> basis.number()),
                    legalBasisField(rest));
            case "groups" -> item("ui.problem.group", i, name(d.groups(), i, group -> group.name()), groupField(rest));
            case "conferences" -> item("ui.problem.conference", i, name(d.conferences(), i, conference -> conference.title()),
                    conferenceField(rest));
            case "programme" -> item("ui.problem.programme", i,
                    name(d.programme(), i, day -> VietnameseDates.format(day.date())), programmeField(rest));
            case "responsibilities" -> item("ui.problem.responsibility", i,
                    name(d.responsibilities(), i, responsibility -> responsibility.unit()), responsibilityField(rest));
            case "purposes" -> row("ui.detail.field.purposes", i);
            case "exchangeTopics" -> row("ui.detail.field.exchangeTopics", i);
            case "recipients" -> row("ui.detail.field.recipients", i);
            default -> path;
        };
    }

    /** "Mục đích, yêu cầu (dòng 2)". */
    private String row(String labelKey, int index) {
        return messages.get("ui.problem.row", messages.get(labelKey), index + 1);
    }

    /** "Đêm 16/10/2025 – Khách sạn"; null when the path is not a night's field. */
    private String nightField(String path, Delegation d) {
        Matcher m = NIGHT_FIELD.matcher(path);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        String night = i < d.nights().size() ? messages.get("ui.problem.night", VietnameseDates.format(d.nights().get(i).date()))
                : messages.get("ui.problem.night", i + 1);
        String field = switch (m.group(2)) {
            case "place" -> messages.get("ui.stay.column.place");
            case "hotel" -> messages.get("ui.stay.column.hotel");
            case "address" -> messages.get("ui.stay.column.address");
            default -> messages.get("ui.stay.column.phone");
        };
        return messages.get("ui.problem.field", night, field);
    }

    /** "Thành viên 4 (Nguyễn Văn An) – Số CCCD/CMND", "Phân công 1 – Đơn vị thực hiện". */
    private String item(String key, int index, String name, String field) {
        String item = messages.get(key, index + 1);
        String named = name.isBlank() ? item : messages.get("ui.problem.named", item, TextRules.forDisplay(name.strip(), MAX_NAME));
        return field.isEmpty() ? named : messages.get("ui.problem.field", named, field);
    }

    private static <T> String name(List<T> items, int index, Function<T, String> name) {
        if (index >= items.size()) {
            return "";
        }
        String value = name.apply(items.get(index));
        return value == null ? "" : value;
    }

    private String topLevel(String path) {
        return switch (path == null ? "" : path) {
            case "title" -> messages.get("ui.editor.field.title");
            case "plannedSize" -> messages.get("ui.editor.field.plannedSize");
            case "startDate" -> messages.get("ui.editor.field.startDate");
            case "endDate" -> messages.get("ui.editor.field.endDate");
            case "issuingBody.parentBody" -> messages.get("ui.editor.field.parentBody");
            case "issuingBody.name" -> messages.get("ui.editor.field.bodyName");
            case "issuingBody.abbreviation" -> messages.get("ui.editor.field.abbreviation");
            case "document.number" -> messages.get("ui.editor.field.documentNumber");
            case "document.symbol" -> messages.get("ui.editor.field.documentSymbol");
            case "document.place" -> messages.get("ui.editor.field.documentPlace");
            case "departurePlace" -> messages.get("ui.editor.field.departure");
            case "fundingSource" -> messages.get("ui.detail.field.funding");
            case "signer.authorityPrefix" -> messages.get("ui.editor.signer.prefix");
            case "signer.principalTitle" -> messages.get("ui.editor.signer.principal");
            case "signer.title" -> messages.get("ui.editor.signer.title");
            case "signer.name" -> messages.get("ui.editor.signer.name");
            default -> path;
        };
    }

    private String memberField(String field) {
        return switch (field) {
            case "fullName" -> messages.get("ui.members.column.fullName");
            case "idNumber" -> messages.get("ui.members.column.idNumber");
            case "phone" -> messages.get("ui.members.column.phone");
            case "allowanceCoefficient" -> messages.get("ui.members.column.coefficient");
            case "role" -> messages.get("ui.members.column.role");
            case "groupId" -> messages.get("ui.members.column.group");
            case "dateOfBirth" -> messages.get("ui.members.column.dateOfBirth");
            case "position" -> messages.get("ui.members.column.position");
            case "sendingUnit" -> messages.get("ui.members.column.unit");
            case "notes" -> messages.get("ui.members.column.notes");
            default -> common(field);
        };
    }

    private String legField(String field) {
        return switch (field) {
            case "place" -> messages.get("ui.editor.leg.place");
            case "startDate" -> messages.get("ui.editor.leg.start");
            case "endDate" -> messages.get("ui.editor.leg.end");
            case "city" -> messages.get("ui.editor.leg.city");
            case "summary" -> messages.get("ui.editor.leg.summary");
            default -> common(field);
        };
    }

    private String legalBasisField(String field) {
        return switch (field) {
            case "kind" -> messages.get("ui.editor.legalBasis.kind");
            case "number" -> messages.get("ui.editor.legalBasis.number");
            case "issuer" -> messages.get("ui.editor.legalBasis.issuer");
            case "subject" -> messages.get("ui.editor.legalBasis.subject");
            default -> common(field);
        };
    }

    /** "Tên nhóm", "Đơn vị cử (dòng 2)". */
    private String groupField(String field) {
        if ("name".equals(field)) {
            return messages.get("ui.groups.column.name");
        }
        if ("description".equals(field)) {
            return messages.get("ui.groups.description");
        }
        Matcher quota = INDEXED.matcher(field);
        if (quota.matches() && quota.group(1).equals("quotas")) {
            int row = Integer.parseInt(quota.group(2)) + 1;
            return switch (quota.group(3)) {
                case "sendingUnit" -> messages.get("ui.problem.row", messages.get("ui.groups.column.unit"), row);
                case "seats" -> messages.get("ui.problem.row", messages.get("ui.groups.column.seats"), row);
                default -> messages.get("ui.problem.row", quota.group(3), row);
            };
        }
        return common(field);
    }

    private String conferenceField(String field) {
        return switch (field) {
            case "title" -> messages.get("ui.conference.editor.field.title");
            case "expectedDelegates" -> messages.get("ui.conference.editor.field.delegates");
            case "venue" -> messages.get("ui.conference.editor.field.venue");
            case "venueStandard" -> messages.get("ui.conference.editor.field.venueStandard");
            case "coOrganiser" -> messages.get("ui.conference.editor.field.coOrganiser");
            default -> agendaField(field);
        };
    }

    /** "Nội dung hội nghị – Người trình bày (dòng 2)". */
    private String agendaField(String field) {
        Matcher agenda = INDEXED.matcher(field);
        if (!agenda.matches() || !agenda.group(1).equals("agenda")) {
            return common(field);
        }
        int row = Integer.parseInt(agenda.group(2)) + 1;
        String column = switch (agenda.group(3)) {
            case "content" -> messages.get("ui.conference.editor.agenda.column.content");
            case "presenter" -> messages.get("ui.conference.editor.agenda.column.presenter");
            case "durationMinutes" -> messages.get("ui.conference.editor.agenda.column.duration");
            default -> agenda.group(3);
        };
        return messages.get("ui.problem.field", messages.get("ui.conference.agenda"), messages.get("ui.problem.row", column, row));
    }

    /** "Ngày", "Hoạt động 2 – Đến giờ". */
    private String programmeField(String field) {
        if ("date".equals(field)) {
            return messages.get("ui.problem.date");
        }
        Matcher activity = INDEXED.matcher(field);
        if (activity.matches() && activity.group(1).equals("activities")) {
            String which = messages.get("ui.problem.activity", Integer.parseInt(activity.group(2)) + 1);
            String part = switch (activity.group(3)) {
                case "conferenceId" -> messages.get("ui.programme.editor.field.conference");
                case "startTime" -> messages.get("ui.programme.editor.field.start");
                case "endTime" -> messages.get("ui.programme.editor.field.end");
                case "description" -> messages.get("ui.programme.editor.field.description");
                case "place" -> messages.get("ui.programme.editor.field.place");
                case "host" -> messages.get("ui.programme.editor.field.host");
                case "notes" -> messages.get("ui.programme.editor.field.notes");
                default -> activity.group(3);
            };
            return part.isEmpty() ? which : messages.get("ui.problem.field", which, part);
        }
        return common(field);
    }

    private String responsibilityField(String field) {
        if ("unit".equals(field)) {
            return messages.get("ui.responsibility.editor.field.unit");
        }
        Matcher duty = INDEXED.matcher(field);
        if (duty.matches() && duty.group(1).equals("duties") && duty.group(3).isEmpty()) {
            return row("ui.responsibility.editor.field.duties", Integer.parseInt(duty.group(2)));
        }
        return common(field);
    }

    /** The fields every item has: its internal code (made by the application, so a problem there is rare). */
    private String common(String field) {
        return "id".equals(field) ? messages.get("ui.problem.id") : field;
    }
}
