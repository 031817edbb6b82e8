package vn.delegationdesk.conferencedesk.importing;

import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.delegation.member.roster.RejectedRow;

/**
 * A delegate workbook read with a mapping, before anything changes: the accepted rows and the rejected rows with every
 * reason (the member import's {@link RejectedRow}: "Dòng 12: Thứ tự ưu tiên “abc” không phải số …"), in row order.
 */
public record DelegateImportPreview(List<ImportedDelegate> accepted, List<RejectedRow> rejected) {
    public static final DelegateImportPreview EMPTY = new DelegateImportPreview(List.of(), List.of());

    public DelegateImportPreview {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** The delegates to add, in row order. */
    public List<Delegate> delegates() {
        return accepted.stream().map(ImportedDelegate::delegate).toList();
    }

    public long duplicateCount() {
        return accepted.stream().filter(ImportedDelegate::duplicate).count();
    }
}
