package vn.delegationdesk.exchange;

/**
 * What importing a plan package stored: the new plan's id and title, and how many of its activities are delegations
 * whose link was not carried over (they stay as activities of kind "đoàn công tác" to be linked again with "Gắn đoàn
 * công tác…").
 */
public record PlanImport(long id, String title, int unlinkedDelegations) {
}
