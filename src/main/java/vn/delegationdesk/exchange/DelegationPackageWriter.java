package vn.delegationdesk.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.persistence.WorksheetJson;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.persistence.DocumentSettingsJson;
import vn.delegationdesk.exchange.json.AtomicFiles;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * Writes a delegation as a package file: UTF-8 JSON, pretty-printed, fields always in the same order
 * (so two exports of the same delegation differ only in {@code exportedAt}), ending with a newline.
 * The stored id is not written. Thread-safe.
 */
public final class DelegationPackageWriter {
    private final Clock clock;

    /** Stamps {@code exportedAt} with the local time and offset of this computer. */
    public DelegationPackageWriter() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives {@code exportedAt}; a fixed clock makes the output byte-for-byte reproducible. */
    public DelegationPackageWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes atomically: the bytes go to a temporary file in the same folder, are flushed to disk, and the
     * temporary file is then renamed over {@code file}. A failed export leaves {@code file} as it was
     * (absent or the previous version), never half written.
     */
    public void write(Delegation delegation, Path file) throws IOException {
        write(new DelegationPackage(delegation, null, null), file);
    }

    /** Like {@link #write(Delegation, Path)}, with the estimate worksheet and document settings when there are any. */
    public void write(DelegationPackage content, Path file) throws IOException {
        AtomicFiles.write(toBytes(content), file);
    }

    /** The package file's bytes: UTF-8 without escapes, so Vietnamese text is readable in any editor. */
    public byte[] toBytes(Delegation delegation) {
        return toBytes(new DelegationPackage(delegation, null, null));
    }

    /**
     * The package file's bytes with the worksheet and the settings as the optional {@code estimateWorksheet} and
     * {@code documentSettings} objects, each left out while it holds nothing (so a plain delegation's file is
     * as before), in the store's own versioned JSON form, and the outbound plan as {@code outbound} when the
     * delegation has one.
     */
    public byte[] toBytes(DelegationPackage content) {
        Delegation delegation = content.delegation();
        ObjectNode root = PackageJson.envelope(PackageFormat.NAME, PackageFormat.VERSION, clock);
        root.set("delegation", DelegationEncoder.delegation(delegation));
        if (!content.worksheet().equals(EstimateWorksheet.EMPTY)) {
            root.set(PackageAttachments.WORKSHEET, PackageAttachments.tree(WorksheetJson.write(content.worksheet())));
        }
        if (!content.documents().equals(DocumentSettings.defaults())) {
            root.set(PackageAttachments.DOCUMENTS, PackageAttachments.tree(DocumentSettingsJson.write(content.documents())));
        }
        if (content.outbound() != null) {
            root.set(OutboundDecoder.FIELD, OutboundEncoder.outbound(content.outbound()));
        }
        return PackageJson.bytes(root);
    }
}
