package vn.delegationdesk.plan;

import java.time.LocalDate;

/** A line of the plans' list: enough to find a plan without loading its tasks and activities. */
public record PlanSummary(long id, String issuingBodyName, PlanKind kind, String numberAndSymbol, LocalDate issuedOn,
        String title, LocalDate periodFrom, LocalDate periodTo, int tasks, int activities) {
}
