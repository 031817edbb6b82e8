package vn.delegationdesk.delegation.editor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Says where a rule problem is in words a clerk knows: "Thành viên 4 (Nguyễn Văn An) – Số CCCD/CMND: phải gồm 9
 * hoặc 12 chữ số" instead of the field path "members[3].idNumber". Unknown paths fall back to the path itself.
 */
final class ProblemDescriber {
    private static final Pattern INDEXED = Pattern.compile("([a-zA-Z]+)\\[(\\d+)]\\.?(.*)");

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
            return messages.get("ui.problem.stay", problem);
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
            case "members" -> messages.get("ui.problem.member", i + 1, i < d.members().size() ? d.members().get(i).fullName() : "",
                    memberField(rest));
            case "legs" -> messages.get("ui.problem.leg", i + 1, i < d.legs().size() ? d.legs().get(i).place() : "", legField(rest));
            case "legalBases" -> messages.get("ui.problem.legalBasis", i + 1);
            case "groups" -> messages.get("ui.problem.group", i + 1, i < d.groups().size() ? d.groups().get(i).name() : "");
            case "conferences" -> messages.get("ui.problem.conference", i + 1,
                    i < d.conferences().size() ? d.conferences().get(i).title() : "");
            case "programme" -> messages.get("ui.problem.programme", i + 1);
            case "responsibilities" -> messages.get("ui.problem.responsibility", i + 1,
                    i < d.responsibilities().size() ? d.responsibilities().get(i).unit() : "");
            default -> path;
        };
    }

    private String topLevel(String path) {
        return switch (path == null ? "" : path) {
            case "title" -> messages.get("ui.editor.field.title");
            case "plannedSize" -> messages.get("ui.editor.field.plannedSize");
            case "startDate" -> messages.get("ui.editor.field.startDate");
            case "endDate" -> messages.get("ui.editor.field.endDate");
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
            default -> field;
        };
    }

    private String legField(String field) {
        return switch (field) {
            case "place" -> messages.get("ui.editor.leg.place");
            case "startDate" -> messages.get("ui.editor.leg.start");
            case "endDate" -> messages.get("ui.editor.leg.end");
            default -> field;
        };
    }
}
