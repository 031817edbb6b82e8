package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.List;

/** One row of the delegation list: enough to find a delegation without loading it whole. */
public record DelegationSummary(
        long id,
        String title,
        LocalDate firstDate,
        LocalDate lastDate,
        List<String> places,
        int membersFilled,
        int plannedSize,
        DelegationStatus status,
        boolean sample) {
    public DelegationSummary {
        places = List.copyOf(places);
    }
}
