package vn.delegationdesk.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads a file operand. */
final class CliPaths {
    private CliPaths() {
    }

    static Path of(String operand) {
        try {
            return Path.of(operand).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new CliFailure("cli.error.badPath", operand);
        }
    }
}
