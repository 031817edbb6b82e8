package vn.delegationdesk.app.cli;

/** Reads a delegation's or a plan's id operand. */
final class CliIds {
    private CliIds() {
    }

    static long parse(String operand) {
        return parse(operand, "cli.error.badId");
    }

    /** Reads a plan id operand; a wrong one is refused naming plans, not delegations. */
    static long parsePlan(String operand) {
        return parse(operand, "cli.error.badPlanId");
    }

    private static long parse(String operand, String refusal) {
        try {
            long id = Long.parseLong(operand.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, with the operand named
        }
        throw new CliFailure(refusal, operand);
    }
}
