package vn.delegationdesk.plan;

/** How a plan cites a ground: "Thực hiện …" (the document it carries out) or "Căn cứ …" (a basis it rests on). */
public enum GroundKind {
    IMPLEMENTS,
    BASED_ON;

    /** The words the plan's text opens the ground with. */
    public String labelKey() {
        return switch (this) {
            case IMPLEMENTS -> "plan.ground.implements";
            case BASED_ON -> "plan.ground.basedOn";
        };
    }
}
