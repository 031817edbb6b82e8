package vn.delegationdesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.delegationdesk.common.ValidationError;

/**
 * Joins decoding errors with the errors of {@code DelegationValidator} (or {@code PlanValidator}), which runs even on a package with
 * decoding errors so that ALL problems are reported at once. The validator then sees placeholders where
 * values were wrong; the errors those placeholders cause are dropped here, so that each problem is
 * reported once, where it is.
 */
final class ValidatorErrorFilter {
    private static final Pattern TRIP_DATES = Pattern.compile(
            "startDate|endDate|legs(\\[\\d+](\\.(startDate|endDate))?)?|programme(\\[\\d+](\\.date)?)?"
                    + "|nights(\\[\\d+](\\.date)?)?");

    /**
     * Cross-element rules and the values they compare: when any of those values was broken, the rule's
     * verdict is about a placeholder, not about the file.
     */
    static final Map<String, Pattern> DELEGATION = Map.of(
            "validation.legsOverlap", Pattern.compile("legs(\\[\\d+](\\.(startDate|endDate))?)?"),
            "validation.duplicateDay", Pattern.compile("programme(\\[\\d+](\\.date)?)?"),
            "validation.unknownGroup", Pattern.compile("groups(\\[\\d+](\\.id)?)?"),
            "validation.unknownConference", Pattern.compile("conferences(\\[\\d+](\\.id)?)?"),
            // The nights are checked against the trip's dates, which come from the dates, legs and programme.
            "validation.nightMissing", TRIP_DATES,
            "validation.nightOutsideTrip", TRIP_DATES,
            "validation.nightNoNights", TRIP_DATES,
            "validation.nightTwice", Pattern.compile("nights(\\[\\d+](\\.date)?)?"),
            "validation.nightNoLeg", Pattern.compile("legs(\\[\\d+](\\.place)?)?"));

    /** The same for {@code PlanValidator}: the plan's period, the ids tasks and activities refer to, the tasks' numbers. */
    static final Map<String, Pattern> PLAN = Map.of(
            "validation.plan.period.half", Pattern.compile("period(\\.(from|to))?"),
            "validation.plan.period.order", Pattern.compile("period(\\.(from|to))?"),
            "validation.plan.task.outside", Pattern.compile("period(\\.(from|to))?"),
            "validation.plan.task.noTarget", Pattern.compile("targets(\\[\\d+](\\.id)?)?"),
            "validation.plan.task.duplicateNumber", Pattern.compile("tasks(\\[\\d+](\\.number)?)?"),
            "validation.plan.activity.noTask", Pattern.compile("tasks(\\[\\d+](\\.id)?)?"));

    private ValidatorErrorFilter() {
    }

    static List<ValidationError> merge(List<ValidationError> decodeErrors, List<ValidationError> validatorErrors) {
        return merge(decodeErrors, validatorErrors, DELEGATION);
    }

    /** {@code crossChecks}: for each cross-element rule's message key, the paths of the values it compares. */
    static List<ValidationError> merge(List<ValidationError> decodeErrors, List<ValidationError> validatorErrors,
            Map<String, Pattern> crossChecks) {
        List<ValidationError> all = new ArrayList<>(decodeErrors);
        for (ValidationError error : validatorErrors) {
            if (!causedByPlaceholder(error, decodeErrors, crossChecks)) {
                all.add(error);
            }
        }
        return all;
    }

    private static boolean causedByPlaceholder(ValidationError error, List<ValidationError> decodeErrors,
            Map<String, Pattern> crossChecks) {
        Pattern inputs = crossChecks.get(error.messageKey());
        for (ValidationError broken : decodeErrors) {
            if (isAtOrUnder(error.path(), broken.path())) {
                return true;
            }
            if (inputs != null && inputs.matcher(broken.path()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAtOrUnder(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }
}
