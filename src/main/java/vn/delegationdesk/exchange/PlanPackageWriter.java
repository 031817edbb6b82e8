package vn.delegationdesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.exchange.json.AtomicFiles;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.json.PackageJson;
import vn.delegationdesk.plan.Plan;

/**
 * Writes a plan as a plan package file: UTF-8 JSON laid out as the delegation package is (two-space indent, Vietnamese
 * letters as they are, fields in the documented order, a final newline), so two exports of one plan differ only in
 * {@code exportedAt}. Whole or not at all ({@link AtomicFiles}). Thread-safe.
 */
public final class PlanPackageWriter {
    private final Clock clock;

    /** Stamps {@code exportedAt} with the local time and offset of this computer. */
    public PlanPackageWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives {@code exportedAt}; a fixed clock makes the output byte-for-byte reproducible. */
    public PlanPackageWriter(Clock clock) {
        this.clock = clock;
    }

    /** A failed export leaves {@code file} as it was (absent or the previous version), never half written. */
    public void write(Plan plan, Path file) throws IOException {
        AtomicFiles.write(toBytes(plan), file);
    }

    public byte[] toBytes(Plan plan) {
        ObjectNode root = PackageJson.envelope(PlanPackageFormat.NAME, PlanPackageFormat.VERSION, clock);
        root.set(JsonPaths.PLAN_FIELD, PlanEncoder.plan(plan));
        return PackageJson.bytes(root);
    }
}
