package vn.delegationdesk.documents.ui;

import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.platform.i18n.Messages;

/** The names the documents' files are saved under, by "Văn bản" and by the revisions frozen at a submission. */
public final class DocumentFileNames {
    private DocumentFileNames() {
    }

    /**
     * "Ke-hoach_Dak-Lak-Lam-Dong_10-2025.pdf": the document and the trip ({@link FileNames}); the travel orders of one
     * member are named for that member too ("Giay-di-duong_Dang-Thi-Hang_Dak-Lak-Lam-Dong_10-2025.pdf").
     */
    public static String of(Messages messages, DocumentFile file, Delegation delegation, String memberId) {
        String member = "";
        if (file.kind() == DocumentKind.TRAVEL_ORDERS && memberId != null) {
            member = delegation.members().stream().filter(m -> memberId.equals(m.id())).map(Member::fullName).findFirst()
                    .orElse("");
        }
        return FileNames.forDelegation(messages.get(nameKey(file.kind())), member, delegation, file.format().extension());
    }

    /** The words a document's file name starts with. */
    private static String nameKey(DocumentKind kind) {
        return switch (kind) {
            case PLAN -> "ui.fileName.plan";
            case DECISION -> "ui.fileName.decision";
            case TRAVEL_ORDERS -> "ui.fileName.travelOrders";
            case ITINERARY -> "ui.fileName.itinerary";
            case ESTIMATE -> "ui.fileName.estimate";
            case MEMBER_LIST -> "ui.fileName.memberList";
            case RESULTS_REPORT -> "ui.fileName.resultsReport";
        };
    }
}
