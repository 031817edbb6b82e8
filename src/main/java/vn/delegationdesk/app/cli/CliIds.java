package vn.delegationdesk.app.cli;

/** Reads a delegation id operand. */
final class CliIds {
    private CliIds() {
    }

    static long parse(String operand) {
        try {
            long id = Long.parseLong(operand.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, with the operand named
        }
        throw new CliFailure("cli.error.badId", operand);
    }
}
