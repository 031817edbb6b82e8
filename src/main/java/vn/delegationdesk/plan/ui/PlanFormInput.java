package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Reads what is typed in the plan's editor: a day, a count, the grounds, the next free id. A problem is worded naming
 * the field and, in the row forms (targets, tasks, activities), the row ({@code where}).
 */
final class PlanFormInput {
    private final Messages messages;

    PlanFormInput(Messages messages) {
        this.messages = messages;
    }

    /** The day typed in a field of the general page (null when blank or when it is not one: then the problem goes to {@code errors}). */
    LocalDate date(String text, String fieldKey, List<String> errors) {
        if (PlanTexts.blank(text)) {
            return null;
        }
        Optional<LocalDate> parsed = PlanTexts.parseDate(text);
        if (parsed.isEmpty()) {
            errors.add(messages.get("ui.plan.error.date", messages.get(fieldKey), text.strip()));
            return null;
        }
        return parsed.get();
    }

    /** The grounds typed one a line, opening with "Thực hiện" or "Căn cứ" (a line opening with neither is a "Căn cứ"). */
    List<Ground> grounds(String text) {
        String implementsWord = messages.get(GroundKind.IMPLEMENTS.labelKey());
        String basedOnWord = messages.get(GroundKind.BASED_ON.labelKey());
        List<Ground> found = new ArrayList<>();
        for (String line : PlanTexts.lines(text)) {
            if (line.startsWith(implementsWord + " ")) {
                found.add(new Ground(GroundKind.IMPLEMENTS, line.substring(implementsWord.length() + 1)));
            } else if (line.startsWith(basedOnWord + " ")) {
                found.add(new Ground(GroundKind.BASED_ON, line.substring(basedOnWord.length() + 1)));
            } else {
                found.add(new Ground(GroundKind.BASED_ON, line));
            }
        }
        return found;
    }

    /** The day typed in a row form (null when blank); when it is not one, the problem goes to {@code errors} and null is returned. */
    LocalDate dateOf(String text, String where, String fieldKey, List<String> errors) {
        if (PlanTexts.blank(text)) {
            return null;
        }
        Optional<LocalDate> parsed = PlanTexts.parseDate(text);
        if (parsed.isEmpty()) {
            errors.add(messages.get("ui.plan.error.rowDate", where, messages.get(fieldKey), text.strip()));
        }
        return parsed.orElse(null);
    }

    /** The count typed ("1.200" reads 1200); when it is not a count of zero or more, the problem goes to {@code error}. */
    Long count(String text, String where, String fieldKey, Consumer<String> error) {
        Long value = parseLong(text);
        if (value == null || value < 0) {
            error.accept(messages.get("ui.plan.error.count", where, messages.get(fieldKey), text == null ? "" : text.strip()));
            return null;
        }
        return value;
    }

    static Long parseLong(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code prefix} and one more than the highest number after it among {@code ids} ("t-3" after "t-1", "t-2"). */
    static String nextId(String prefix, List<String> ids) {
        int max = 0;
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // another shape of id: not counted
                }
            }
        }
        return prefix + (max + 1);
    }
}
