package vn.delegationdesk.plan;

/** What was achieved of a target and where it stands: "22 cuộc (20–30): đạt". */
public record TargetProgress(Target target, long achieved, Attainment attainment) {
}
