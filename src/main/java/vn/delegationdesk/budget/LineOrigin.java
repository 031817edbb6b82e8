package vn.delegationdesk.budget;

/** Whether a line was computed from the plan (and possibly edited since) or typed in by the user. */
public enum LineOrigin {
    GENERATED, EDITED, MANUAL
}
