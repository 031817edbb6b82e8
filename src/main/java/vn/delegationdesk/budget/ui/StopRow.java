package vn.delegationdesk.budget.ui;

import vn.delegationdesk.budget.StopCategory;

/** A stop of the trip in the estimate's header: its place, its rate category and whether the host gives rooms. */
public record StopRow(String place, StopCategory category, boolean hostProvidesRooms) {
}
